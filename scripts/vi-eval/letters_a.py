# Công văn and giấy mời. Each letter is written on its own; see make-vi-eval.py.
LETTERS = [
dict(
    file='cong-van-stttt-dau-moi-attt', kind='cong-van', client='outlook', date='2025-03-18 09:12',
    **{'from': 'Văn thư Sở Thông tin và Truyền thông <vanthu@stttt.songhong.gov.vn>'},
    to=['vanthu@stc.songhong.gov.vn', 'vanthu@syt.songhong.gov.vn', 'vanthu@sgddt.songhong.gov.vn', 'vanthu@snv.songhong.gov.vn'],
    cc=['vanphong@hoanglong.songhong.gov.vn', 'vanphong@bengiang.songhong.gov.vn'],
    subject='CV 412/STTTT-CNTT V/v rà soát, cập nhật cán bộ đầu mối an toàn thông tin năm 2025',
    text='''Kính gửi: Các Sở, ban, ngành; UBND các huyện, thành phố.

Sở Thông tin và Truyền thông gửi Công văn số 412/STTTT-CNTT ngày 17/3/2025 về việc rà soát, cập nhật danh sách cán bộ đầu mối phụ trách an toàn thông tin mạng (file đính kèm).

Đề nghị các cơ quan, đơn vị cập nhật thông tin theo mẫu tại Phụ lục kèm theo công văn (họ tên, chức vụ, số điện thoại di động, hộp thư công vụ) và gửi về Sở trước ngày 28/3/2025 qua hộp thư cntt@stttt.songhong.gov.vn. Trường hợp không thay đổi so với năm 2024 cũng đề nghị xác nhận lại bằng thư điện tử.

Văn bản điện tử được ký số, không gửi bản giấy.

Trân trọng./.
--
Văn thư - Văn phòng Sở Thông tin và Truyền thông tỉnh Sông Hồng
Số 18 đường Lê Lợi, TP Bến Giang. ĐT: 0221.3852.114''',
    att=[('pdf', '412-STTTT-CNTT.signed.pdf', [
        'UBND TINH SONG HONG', 'SO THONG TIN VA TRUYEN THONG', 'So: 412/STTTT-CNTT    Song Hong, ngay 17 thang 3 nam 2025',
        'V/v ra soat, cap nhat can bo dau moi an toan thong tin nam 2025', '',
        'Kinh gui: Cac So, ban, nganh; UBND cac huyen, thanh pho.', '',
        'Thuc hien Ke hoach ung pho su co an toan thong tin mang tinh Song Hong nam 2025, So Thong tin va Truyen thong',
        'de nghi cac co quan, don vi ra soat, cap nhat danh sach can bo dau moi theo Phu luc kem theo.',
        'Thoi han gui: truoc ngay 28/3/2025.', '', 'Noi nhan:', '- Nhu tren;', '- Giam doc So (b/c);', '- Luu: VT, CNTT.',
        '', 'KT. GIAM DOC', 'PHO GIAM DOC', '', 'Vu Thanh Binh'])],
),
dict(
    file='cong-van-stc-tham-dinh-du-toan-thiet-bi-y-te', kind='cong-van', tags=['finance'], client='zimbra', date='2025-06-04 15:47',
    **{'from': 'Phòng Tài chính hành chính sự nghiệp - Sở Tài chính <hcsn@stc.songhong.gov.vn>'},
    to=['Phòng Kế hoạch - Tài chính Sở Y tế <khtc@syt.songhong.gov.vn>'],
    subject='Công văn số 1876/STC-HCSN về việc hoàn thiện hồ sơ dự toán mua sắm trang thiết bị',
    text='''Kính gửi: Phòng Kế hoạch - Tài chính, Sở Y tế

Phòng HCSN gửi quý Phòng Công văn số 1876/STC-HCSN ngày 04/6/2025 của Sở Tài chính về việc hoàn thiện hồ sơ đề nghị thẩm định dự toán mua sắm trang thiết bị y tế năm 2025 cho Bệnh viện đa khoa huyện Hoàng Long.

Qua xem xét hồ sơ, Sở Tài chính đề nghị bổ sung:
1. Ít nhất 03 báo giá độc lập cho các danh mục máy siêu âm, monitor theo dõi bệnh nhân;
2. Biên bản xác định nhu cầu có chữ ký của Giám đốc bệnh viện;
3. Bảng so sánh cấu hình kỹ thuật với danh mục đã được phê duyệt tại Quyết định số 905/QĐ-SYT.

Hồ sơ bổ sung đề nghị gửi trước ngày 13/6/2025 để kịp trình UBND tỉnh.

Mọi thông tin chi tiết xin liên hệ đ/c Lê Thị Thu Hằng, chuyên viên, SĐT 0912 447 305.

Trân trọng!

Lê Thị Thu Hằng
Phòng Tài chính HCSN - Sở Tài chính Sông Hồng''',
    att=[('docx', 'CV 1876-STC-HCSN hoàn thiện hồ sơ.docx', [
        'UBND TỈNH SÔNG HỒNG', 'SỞ TÀI CHÍNH', 'Số: 1876/STC-HCSN',
        'V/v hoàn thiện hồ sơ dự toán mua sắm trang thiết bị y tế năm 2025',
        'Kính gửi: Sở Y tế tỉnh Sông Hồng.',
        'Sở Tài chính nhận được Công văn số 1102/SYT-KHTC ngày 20/5/2025 của Sở Y tế đề nghị thẩm định dự toán mua sắm trang thiết bị y tế năm 2025 cho Bệnh viện đa khoa huyện Hoàng Long.',
        'Để có cơ sở thẩm định, Sở Tài chính đề nghị Sở Y tế chỉ đạo đơn vị bổ sung hồ sơ theo các nội dung nêu tại văn bản này và gửi về Sở Tài chính trước ngày 13/6/2025.',
        'Nơi nhận: Như trên; Lưu: VT, HCSN.', '**KT. GIÁM ĐỐC**', 'PHÓ GIÁM ĐỐC', 'Phạm Quang Vinh'])],
),
dict(
    file='cong-van-hoanglong-bo-sung-bien-che', kind='cong-van', tags=['hr', 'district'], client='zimbra', date='2025-09-23 10:05', dkim=True,
    **{'from': 'UBND huyện Hoàng Long <vanthu@hoanglong.songhong.gov.vn>'},
    to=['Sở Nội vụ tỉnh Sông Hồng <vanthu@snv.songhong.gov.vn>'],
    cc=['Phòng Nội vụ huyện <noivu@hoanglong.songhong.gov.vn>'],
    subject='V/v đề nghị giao bổ sung biên chế công chức năm 2026',
    text='''Kính gửi: Sở Nội vụ tỉnh Sông Hồng.

Ủy ban nhân dân huyện Hoàng Long gửi Công văn số 2214/UBND-NV ngày 22/9/2025 về việc đề nghị giao bổ sung biên chế công chức năm 2026 (bản scan và bản điện tử có ký số kèm theo).

Tóm tắt nội dung đề nghị: năm 2026 huyện đề nghị giao 148 biên chế công chức (tăng 04 so với năm 2025) để bố trí cho Phòng Văn hóa - Thông tin (01), Phòng Tài nguyên và Môi trường (02) và Thanh tra huyện (01) do khối lượng công việc tăng sau sáp nhập đơn vị hành chính cấp xã.

Đề nghị Sở Nội vụ xem xét, tổng hợp, trình UBND tỉnh.

Nơi nhận:
- Như trên;
- Chủ tịch, các PCT UBND huyện;
- Lưu: VT, NV.

Văn thư UBND huyện Hoàng Long''',
    att=[('pdf', '2214-UBND-NV_bien che 2026.pdf', [
        'UY BAN NHAN DAN HUYEN HOANG LONG', 'So: 2214/UBND-NV', 'Hoang Long, ngay 22 thang 9 nam 2025', '',
        'V/v de nghi giao bo sung bien che cong chuc nam 2026', 'Kinh gui: So Noi vu tinh Song Hong.', '',
        'Can cu ket qua ra soat vi tri viec lam, UBND huyen de nghi giao 148 bien che cong chuc nam 2026.',
        'Trong do: Phong Van hoa - Thong tin 01; Phong Tai nguyen va Moi truong 02; Thanh tra huyen 01.', '',
        'TM. UY BAN NHAN DAN', 'CHU TICH', 'Dang Van Khoa'])],
),
dict(
    file='cong-van-stttt-thaibinh-hop-truc-tuyen', kind='cong-van', tags=['other-province'], client='outlook-ex', date='2024-08-06 14:30', dkim=True,
    **{'from': 'Sở Thông tin và Truyền thông tỉnh Thái Bình <vanphong@stttt.thaibinh.gov.vn>'},
    to=['Sở Thông tin và Truyền thông tỉnh Sông Hồng <vanthu@stttt.songhong.gov.vn>'],
    subject='V/v trao đổi kinh nghiệm vận hành hệ thống hội nghị truyền hình ba cấp',
    text='''Kính gửi: Sở Thông tin và Truyền thông tỉnh Sông Hồng

Thực hiện nhiệm vụ năm 2024, Sở Thông tin và Truyền thông tỉnh Thái Bình đang xây dựng phương án mở rộng hệ thống hội nghị truyền hình trực tuyến từ cấp tỉnh đến cấp xã. Được biết tỉnh Sông Hồng đã đưa hệ thống ba cấp vào vận hành ổn định từ năm 2023, Sở Thông tin và Truyền thông tỉnh Thái Bình trân trọng đề nghị quý Sở chia sẻ một số nội dung:

- Mô hình kết nối (MCU tập trung hay phân tán), băng thông tối thiểu bố trí cho điểm cầu cấp xã;
- Cách tổ chức đội ngũ kỹ thuật trực tại các điểm cầu;
- Chi phí duy trì hằng năm và nguồn kinh phí bố trí;
- Những khó khăn thường gặp và cách khắc phục.

Nếu thuận tiện, đoàn công tác của Sở (05 người, do đồng chí Phó Giám đốc Sở làm trưởng đoàn) mong được đến làm việc trực tiếp trong tuần từ 19/8 đến 23/8/2024; thời gian cụ thể xin theo sự sắp xếp của quý Sở.

Đầu mối liên hệ: ông Bùi Đức Thịnh, Trưởng phòng Bưu chính, Viễn thông và Công nghệ thông tin, điện thoại 0227.3641.208, thư điện tử thinhbd@stttt.thaibinh.gov.vn.

Trân trọng cảm ơn sự phối hợp của quý Sở./.

Văn phòng Sở Thông tin và Truyền thông tỉnh Thái Bình''',
    att=[('pdf', '1088-STTTT-BCVT.pdf', [
        'UBND TINH THAI BINH', 'SO THONG TIN VA TRUYEN THONG', 'So: 1088/STTTT-BCVTCNTT   Thai Binh, ngay 05 thang 8 nam 2024',
        'V/v trao doi kinh nghiem van hanh he thong hoi nghi truyen hinh ba cap', '',
        'Kinh gui: So Thong tin va Truyen thong tinh Song Hong', '',
        'So TTTT tinh Thai Binh de nghi quy So chia se kinh nghiem trien khai he thong hoi nghi truyen hinh truc tuyen.',
        'Doan cong tac du kien lam viec trong tuan tu 19/8 den 23/8/2024.', '', 'GIAM DOC', '(da ky)', 'Ngo Minh Duc'])],
),
dict(
    file='cong-van-mof-giai-ngan-von-dau-tu-cong', kind='cong-van', tags=['ministry', 'finance'], client='outlook-ex', date='2024-10-29 16:52', dkim=True,
    **{'from': 'Vụ Đầu tư - Bộ Tài chính <vudautu@mof.gov.vn>'},
    to=['Ủy ban nhân dân tỉnh Sông Hồng <vanthu@songhong.gov.vn>'],
    cc=['Sở Tài chính tỉnh Sông Hồng <vanthu@stc.songhong.gov.vn>'],
    subject='Bộ Tài chính: báo cáo tình hình giải ngân vốn đầu tư công 10 tháng năm 2024',
    text='''Kính gửi: Ủy ban nhân dân tỉnh Sông Hồng.

Bộ Tài chính gửi kèm theo đây Công văn số 11527/BTC-ĐT ngày 28/10/2024 đề nghị các bộ, cơ quan trung ương và địa phương báo cáo tình hình thực hiện, giải ngân kế hoạch vốn đầu tư công năm 2024 đến hết ngày 31/10/2024.

Báo cáo đề nghị lập theo biểu mẫu số 01, 02 kèm theo công văn và cập nhật trên Hệ thống thông tin quản lý ngân sách và kho bạc, đồng thời gửi bản điện tử về Vụ Đầu tư trước ngày 08/11/2024.

Đề nghị Quý Ủy ban chỉ đạo Sở Tài chính phối hợp với Kho bạc Nhà nước tỉnh đối chiếu số liệu trước khi gửi.

Trân trọng./.

Vụ Đầu tư - Bộ Tài chính
Số 28 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội''',
    att=[('pdf', '11527-BTC-DT.pdf', [
        'BO TAI CHINH', 'So: 11527/BTC-DT    Ha Noi, ngay 28 thang 10 nam 2024',
        'V/v bao cao tinh hinh giai ngan von dau tu cong 10 thang nam 2024', '',
        'Kinh gui: - Cac Bo, co quan trung uong; - UBND cac tinh, thanh pho truc thuoc trung uong.', '',
        'De nghi cac co quan bao cao so lieu giai ngan den het ngay 31/10/2024 theo bieu mau 01, 02.',
        'Thoi han gui bao cao truoc ngay 08/11/2024.', '', 'TL. BO TRUONG', 'KT. VU TRUONG VU DAU TU', 'PHO VU TRUONG'])],
),
dict(
    file='cong-van-sgddt-kiem-tra-hoc-ky-1', kind='cong-van', client='roundcube', date='2025-11-27 08:20',
    **{'from': 'Phòng Giáo dục Trung học - Sở GD&ĐT <gdtrh@sgddt.songhong.gov.vn>'},
    to=['pgd@hoanglong.songhong.gov.vn', 'pgd@bengiang.songhong.gov.vn', 'thpt.chuyensonghong@edu.songhong.gov.vn'],
    subject='Hướng dẫn tổ chức kiểm tra cuối học kỳ I, năm học 2025-2026',
    text='''Kính gửi: Phòng GD&ĐT các huyện, thành phố; Hiệu trưởng các trường THPT.

Sở GD&ĐT gửi Công văn số 2590/SGDĐT-GDTrH hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2025-2026. Một số điểm cần lưu ý:

- Thời gian kiểm tra: từ ngày 22/12/2025 đến ngày 03/01/2026, các trường chủ động xây dựng lịch cụ thể;
- Đề kiểm tra các môn đánh giá bằng điểm số xây dựng theo ma trận, bản đặc tả; tỷ lệ câu hỏi vận dụng không dưới 30%;
- Không tổ chức kiểm tra tập trung toàn tỉnh; các môn Ngữ văn, Toán lớp 12 thực hiện theo đề chung của cụm trường;
- Báo cáo kết quả trên phần mềm quản lý trường học trước ngày 10/01/2026.

Đề nghị các đơn vị triển khai thực hiện.

--
Phòng Giáo dục Trung học
Sở Giáo dục và Đào tạo tỉnh Sông Hồng
ĐT: 0221.3856.330''',
    att=[('pdf', '2590_SGDDT-GDTrH_HD kiem tra HKI.pdf', [
        'UBND TINH SONG HONG', 'SO GIAO DUC VA DAO TAO', 'So: 2590/SGDDT-GDTrH',
        'V/v huong dan to chuc kiem tra cuoi hoc ky I nam hoc 2025-2026', '',
        '1. Thoi gian: tu 22/12/2025 den 03/01/2026.', '2. De kiem tra xay dung theo ma tran, ban dac ta.',
        '3. Bao cao ket qua truoc ngay 10/01/2026.', '', 'KT. GIAM DOC', 'PHO GIAM DOC', 'Hoang Thi Mai Anh'])],
),
dict(
    file='cong-van-xa-anphu-ho-tro-khac-phuc-mua-lu', kind='cong-van', tags=['commune'], client='thunderbird', date='2024-09-12 17:41',
    **{'from': 'UBND xa An Phu <ubnd@anphu.hoanglong.songhong.gov.vn>'},
    to=['UBND huyện Hoàng Long <vanthu@hoanglong.songhong.gov.vn>'],
    cc=['Phòng Tài chính - Kế hoạch huyện <tckh@hoanglong.songhong.gov.vn>'],
    subject='Đề nghị hỗ trợ kinh phí khắc phục hậu quả mưa lũ do bão số 3',
    text='''Kính gửi: Ủy ban nhân dân huyện Hoàng Long

Do ảnh hưởng của hoàn lưu bão số 3, từ ngày 07/9 đến 10/9/2024 trên địa bàn xã An Phú mưa lớn kéo dài, nước sông Trà dâng cao gây ngập úng cục bộ. Theo thống kê ban đầu:
- 14,6 ha lúa mùa bị ngập trắng, 3,2 ha hoa màu bị thiệt hại trên 70%;
- 27 hộ dân ở thôn Đông Xá phải di dời tạm thời;
- Khoảng 350 m kênh mương nội đồng và đoạn đường trục thôn Bến Đò bị sạt lở.

UBND xã đã huy động lực lượng dân quân, đoàn viên thanh niên hỗ trợ nhân dân và dùng nguồn dự phòng ngân sách xã để khắc phục bước đầu. Tuy nhiên nguồn lực của xã còn hạn chế, UBND xã An Phú kính đề nghị UBND huyện xem xét hỗ trợ 420 triệu đồng để sửa chữa kênh mương, đường giao thông và hỗ trợ giống cho các hộ bị thiệt hại.

(Báo cáo chi tiết thiệt hại và bảng tổng hợp xã sẽ gửi bổ sung trong ngày 13/9.)

Trân trọng.

Nguyễn Văn Sơn
Chủ tịch UBND xã An Phú
ĐT: 0986 221 473''',
),
dict(
    file='cong-van-syt-phong-chong-sot-xuat-huyet', kind='cong-van', client='outlook', enc='b64', date='2025-07-15 11:03',
    **{'from': 'Phòng Nghiệp vụ Y - Sở Y tế <nvy@syt.songhong.gov.vn>'},
    to=['UBND thành phố Bến Giang <vanthu@bengiang.songhong.gov.vn>', 'UBND huyện Hoàng Long <vanthu@hoanglong.songhong.gov.vn>'],
    cc=['Trung tâm Kiểm soát bệnh tật tỉnh <cdc@syt.songhong.gov.vn>'],
    subject='Tăng cường các biện pháp phòng, chống bệnh sốt xuất huyết Dengue',
    text='''Kính gửi:
- UBND thành phố Bến Giang;
- UBND huyện Hoàng Long.

Từ đầu năm 2025 đến ngày 13/7/2025, toàn tỉnh ghi nhận 1.184 ca mắc sốt xuất huyết Dengue, tăng 36% so với cùng kỳ năm 2024, tập trung chủ yếu tại các phường Bến Giang, Ngọc Lâm (thành phố Bến Giang) và thị trấn Hoàng Long. Chưa ghi nhận trường hợp tử vong.

Để chủ động kiểm soát dịch trong cao điểm mùa mưa, Sở Y tế đề nghị UBND các huyện, thành phố:

1. Chỉ đạo UBND cấp xã tổ chức chiến dịch diệt lăng quăng, bọ gậy ít nhất 01 lần/tuần tại các khu vực có ổ dịch;
2. Huy động các tổ COVID cộng đồng trước đây, hội phụ nữ, đoàn thanh niên tham gia kiểm tra hộ gia đình;
3. Bố trí kinh phí phun hóa chất diệt muỗi tại ổ dịch theo đề xuất của Trung tâm Y tế;
4. Báo cáo tình hình định kỳ vào thứ Sáu hằng tuần về Sở Y tế (qua Phòng Nghiệp vụ Y).

Trân trọng./.

BS. Trịnh Thị Ngọc Hà
Phó Trưởng phòng Nghiệp vụ Y, Sở Y tế tỉnh Sông Hồng''',
),
dict(
    file='cong-van-mic-ket-noi-mang-truyen-so-lieu', kind='cong-van', tags=['ministry'], client='zimbra', date='2024-05-21 09:58', dkim=True,
    **{'from': 'Cục Bưu điện Trung ương <vanthu@cbdtw.mic.gov.vn>'},
    to=['Sở Thông tin và Truyền thông tỉnh Sông Hồng <vanthu@stttt.songhong.gov.vn>'],
    subject='V/v rà soát kết nối mạng truyền số liệu chuyên dùng cấp II tại địa phương',
    text='''Kính gửi: Sở Thông tin và Truyền thông tỉnh Sông Hồng

Thực hiện chỉ đạo của Bộ Thông tin và Truyền thông về phát triển mạng truyền số liệu chuyên dùng phục vụ các cơ quan Đảng, Nhà nước, Cục Bưu điện Trung ương đề nghị Sở phối hợp rà soát hiện trạng kết nối mạng cấp II trên địa bàn tỉnh, cụ thể:

a) Số điểm kết nối đang hoạt động tại cấp tỉnh, cấp huyện, cấp xã; tốc độ kết nối từng điểm;
b) Các điểm kết nối bị gián đoạn trên 24 giờ trong 6 tháng đầu năm 2024 và nguyên nhân;
c) Nhu cầu mở rộng kết nối đến năm 2025.

Số liệu đề nghị điền vào biểu mẫu kèm theo và gửi về Cục trước ngày 10/6/2024 qua địa chỉ thư điện tử mangcd@cbdtw.mic.gov.vn.

Cán bộ đầu mối: bà Đinh Thị Phương Thảo, Phòng Quản lý mạng, ĐT 024.3933.2817.

Trân trọng./.

Văn thư Cục Bưu điện Trung ương''',
    att=[('xlsx', 'Bieu mau ra soat mang TSLCD cap II.xlsx', [
        ['STT', 'Đơn vị', 'Cấp', 'Địa chỉ điểm kết nối', 'Tốc độ (Mbps)', 'Trạng thái', 'Ghi chú'],
        [1, '', 'Tỉnh', '', '', '', ''], [2, '', 'Huyện', '', '', '', ''], [3, '', 'Xã', '', '', '', '']], 'Mau 01')],
),
dict(
    file='cong-van-snv-haiduong-sap-xep-don-vi-hanh-chinh', kind='cong-van', tags=['other-province', 'odd-charset'], client='outlook',
    charset='windows-1258', enc='qp', alt=False, xmailer='Microsoft Office Outlook 12.0', date='2024-04-02 10:26',
    **{'from': 'Phòng Xây dựng chính quyền - Sở Nội vụ Hải Dương <xdcq@snv.haiduong.gov.vn>'},
    to=['Sở Nội vụ tỉnh Sông Hồng <vanthu@snv.songhong.gov.vn>'],
    subject='Xin tài liệu về sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025',
    text='''Kính gửi: Sở Nội vụ tỉnh Sông Hồng

Phòng Xây dựng chính quyền và công tác thanh niên, Sở Nội vụ tỉnh Hải Dương đang tham mưu xây dựng Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025 của tỉnh. Chúng tôi được biết tỉnh Sông Hồng đã hoàn thành việc lấy ý kiến cử tri và trình Ủy ban Thường vụ Quốc hội đề án của tỉnh trong quý IV/2023.

Để học hỏi kinh nghiệm, Phòng kính đề nghị quý Sở chia sẻ (nếu có thể):
- Đề cương đề án và mẫu báo cáo đánh giá tác động;
- Kế hoạch tổ chức lấy ý kiến cử tri, mẫu phiếu lấy ý kiến;
- Phương án bố trí cán bộ, công chức dôi dư sau sắp xếp.

Tài liệu xin gửi về địa chỉ thư này. Xin chân thành cảm ơn!

Trần Thị Minh Nguyệt
Trưởng phòng Xây dựng chính quyền và công tác thanh niên
Sở Nội vụ tỉnh Hải Dương - ĐT: 0220.3852.746''',
),
dict(
    file='cong-van-kbnn-doi-chieu-so-lieu-thu-chi', kind='cong-van', tags=['ministry', 'finance'], client='outlook-ex', date='2025-01-08 14:15', dkim=True,
    **{'from': 'Kho bạc Nhà nước Khu vực IV - Phòng Kế toán <ketoan.kv4@vst.gov.vn>'},
    to=['Phòng Quản lý ngân sách - Sở Tài chính <qlns@stc.songhong.gov.vn>'],
    subject='Đối chiếu số liệu thu, chi ngân sách địa phương năm 2024 (lần 1)',
    text='''Kính gửi: Phòng Quản lý ngân sách - Sở Tài chính tỉnh Sông Hồng

Kho bạc Nhà nước gửi quý Phòng số liệu thu, chi ngân sách địa phương năm 2024 (số liệu đến hết ngày 31/12/2024, chưa bao gồm thời gian chỉnh lý quyết toán) để đối chiếu lần 1.

Tổng thu ngân sách nhà nước trên địa bàn: 9.846,2 tỷ đồng; trong đó thu nội địa 8.912,7 tỷ đồng.
Tổng chi ngân sách địa phương: 15.203,5 tỷ đồng; trong đó chi đầu tư phát triển 4.387,1 tỷ đồng, chi thường xuyên 10.514,9 tỷ đồng.

Đề nghị quý Phòng kiểm tra, phản hồi các chênh lệch (nếu có) trước ngày 15/01/2025 để hai bên thống nhất số liệu phục vụ lập báo cáo quyết toán.

Trân trọng cảm ơn.

Đỗ Thị Kim Oanh
Phó Trưởng phòng Kế toán nhà nước
ĐT: 0221.3857.062''',
    att=[('xlsx', 'Doi chieu thu chi NSDP 2024 - lan 1.xlsx', [
        ['Chỉ tiêu', 'Số KBNN (triệu đồng)', 'Số Sở Tài chính (triệu đồng)', 'Chênh lệch'],
        ['Tổng thu NSNN trên địa bàn', 9846200, '', ''], ['- Thu nội địa', 8912700, '', ''],
        ['Tổng chi NSĐP', 15203500, '', ''], ['- Chi đầu tư phát triển', 4387100, '', ''],
        ['- Chi thường xuyên', 10514900, '', '']], 'Doi chieu')],
),

# ------------------------------------------------------------------ giấy mời
dict(
    file='giay-moi-ubnd-tien-do-de-an-06', kind='giay-moi', client='outlook-ex', date='2025-04-14 16:40',
    **{'from': 'Văn phòng UBND tỉnh Sông Hồng <vanthu@songhong.gov.vn>'},
    to=['vanthu@stttt.songhong.gov.vn', 'vanthu@snv.songhong.gov.vn', 'vanthu@syt.songhong.gov.vn', 'vanthu@stc.songhong.gov.vn'],
    subject='Giấy mời họp nghe báo cáo tiến độ thực hiện Đề án 06 quý I/2025',
    text='''Kính gửi: Giám đốc các Sở: Thông tin và Truyền thông, Nội vụ, Y tế, Tài chính.

Văn phòng UBND tỉnh trân trọng kính mời:

Thành phần: Giám đốc (hoặc Phó Giám đốc được ủy quyền) các Sở có tên trên; đại diện lãnh đạo Công an tỉnh.
Chủ trì: Đồng chí Trần Đức Mạnh, Phó Chủ tịch UBND tỉnh, Tổ trưởng Tổ công tác Đề án 06.
Nội dung: Nghe báo cáo tiến độ triển khai Đề án 06 quý I/2025; kết quả làm sạch dữ liệu dân cư, hộ tịch, y tế; đề xuất nhiệm vụ quý II.
Thời gian: 14 giờ 00, thứ Tư, ngày 16/4/2025.
Địa điểm: Phòng họp số 2, tầng 3, trụ sở UBND tỉnh.

Các Sở chuẩn bị báo cáo ngắn (không quá 02 trang) gửi về Văn phòng qua hộp thư tonghop@songhong.gov.vn trước 10 giờ ngày 16/4/2025.

Văn phòng UBND tỉnh trân trọng kính mời./.''',
    att=[('pdf', 'GM 188-VP họp Đề án 06.pdf', [
        'UY BAN NHAN DAN TINH SONG HONG', 'VAN PHONG', 'So: 188/GM-VP    Song Hong, ngay 14 thang 4 nam 2025', '',
        'GIAY MOI', 'Hop nghe bao cao tien do thuc hien De an 06 quy I/2025', '',
        'Chu tri: Dong chi Tran Duc Manh, Pho Chu tich UBND tinh.', 'Thoi gian: 14h00, thu Tu, ngay 16/4/2025.',
        'Dia diem: Phong hop so 2, tang 3, tru so UBND tinh.', '', 'KT. CHANH VAN PHONG', 'PHO CHANH VAN PHONG', 'Luong Van Tuan'])],
),
dict(
    file='giay-moi-stttt-hop-truc-tuyen-thu-cong-vu', kind='giay-moi', client='zimbra', date='2025-02-19 08:05',
    **{'from': 'Phòng Công nghệ thông tin - Sở TT&TT <cntt@stttt.songhong.gov.vn>'},
    to=['vanphong@hoanglong.songhong.gov.vn', 'vanphong@bengiang.songhong.gov.vn'],
    cc=['ubnd@anphu.hoanglong.songhong.gov.vn'],
    subject='Mời họp trực tuyến: chuyển đổi hộp thư công vụ cấp huyện, xã sang hệ thống mới',
    text='''Kính gửi: Văn phòng HĐND-UBND huyện Hoàng Long, thành phố Bến Giang; UBND các xã (qua huyện).

Sở Thông tin và Truyền thông mời đại diện lãnh đạo Văn phòng và cán bộ phụ trách CNTT của đơn vị tham dự cuộc họp trực tuyến:

- Nội dung: thống nhất lộ trình chuyển hộp thư công vụ cấp huyện, xã từ máy chủ cũ sang hệ thống thư điện tử tập trung của tỉnh; hướng dẫn sao lưu dữ liệu thư trước khi chuyển;
- Thời gian: 09h00 - 10h30, thứ Sáu ngày 21/02/2025;
- Hình thức: trực tuyến qua phòng họp https://hop.songhong.gov.vn/phong/cntt-chuyendoi-thu (không cần cài đặt, mở bằng trình duyệt Chrome hoặc Edge).

Đề nghị các đơn vị vào phòng họp trước 15 phút để kiểm tra âm thanh. Cần hỗ trợ kỹ thuật liên hệ anh Phan Minh Quân, 0915 338 021.

Trân trọng.

Phòng CNTT - Sở Thông tin và Truyền thông Sông Hồng''',
),
dict(
    file='giay-moi-stc-hoi-nghi-trien-khai-du-toan-2026', kind='giay-moi', tags=['finance'], client='outlook', date='2025-12-22 15:18',
    **{'from': 'Văn phòng Sở Tài chính <vanphong@stc.songhong.gov.vn>'},
    to=['vanthu@syt.songhong.gov.vn', 'vanthu@sgddt.songhong.gov.vn', 'vanthu@snv.songhong.gov.vn', 'vanthu@stttt.songhong.gov.vn', 'vanthu@hoanglong.songhong.gov.vn', 'vanthu@bengiang.songhong.gov.vn'],
    subject='Giấy mời dự Hội nghị triển khai dự toán ngân sách nhà nước năm 2026',
    text='''Kính gửi: Các Sở, ngành; UBND các huyện, thành phố.

Sở Tài chính tổ chức Hội nghị triển khai thực hiện dự toán ngân sách nhà nước năm 2026 và hướng dẫn một số điểm mới về quản lý, sử dụng kinh phí chi thường xuyên.

Thành phần mời: Lãnh đạo đơn vị và Kế toán trưởng (hoặc phụ trách kế toán) các đơn vị dự toán cấp I; Trưởng phòng Tài chính - Kế hoạch các huyện, thành phố.
Thời gian: 08 giờ 00 ngày 29/12/2025 (thứ Hai).
Địa điểm: Hội trường tầng 1, Sở Tài chính, số 05 Trần Phú, TP Bến Giang.

Tài liệu hội nghị được đăng trên Trang thông tin điện tử của Sở tại mục "Dự toán 2026" (https://stc.songhong.gov.vn/du-toan-2026), đề nghị các đại biểu nghiên cứu trước. Danh sách đại biểu dự (theo mẫu đính kèm) gửi về Văn phòng Sở trước 16h ngày 26/12/2025.

Trân trọng./.

Văn phòng Sở Tài chính tỉnh Sông Hồng''',
    att=[('docx', 'Mẫu đăng ký đại biểu dự hội nghị.docx', [
        'SỞ TÀI CHÍNH TỈNH SÔNG HỒNG', 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ', 'Triển khai dự toán ngân sách nhà nước năm 2026',
        'Tên đơn vị: .....................................................',
        '1. Họ và tên: ................................ Chức vụ: ..................... Điện thoại: ..............',
        '2. Họ và tên: ................................ Chức vụ: ..................... Điện thoại: ..............',
        'Ghi chú: gửi về Văn phòng Sở Tài chính trước 16h ngày 26/12/2025.'])],
),
dict(
    file='giay-moi-hoanglong-giao-ban-thang-10', kind='giay-moi', tags=['district'], client='roundcube', date='2025-10-27 16:55',
    **{'from': 'Văn phòng HĐND và UBND huyện Hoàng Long <vanphong@hoanglong.songhong.gov.vn>'},
    to=['ubnd@anphu.hoanglong.songhong.gov.vn'],
    subject='GM giao ban Chủ tịch UBND các xã, thị trấn tháng 10/2025',
    text='''Kính gửi: Chủ tịch UBND các xã, thị trấn.

Chủ tịch UBND huyện chủ trì giao ban với Chủ tịch UBND các xã, thị trấn đánh giá tình hình tháng 10, triển khai nhiệm vụ tháng 11/2025.

Thời gian: 7h30, thứ Năm 30/10/2025.
Địa điểm: Hội trường UBND huyện.

Đề nghị UBND các xã gửi báo cáo nhanh (nhất là tiến độ thu ngân sách, giải ngân vốn xây dựng nông thôn mới, giải quyết thủ tục hành chính quá hạn) về hộp thư này trước 15h ngày 29/10.

Riêng xã An Phú, Tân Lập, Đông Hưng chuẩn bị báo cáo riêng về việc xử lý vi phạm đất đai tại khu vực bãi bồi ven sông.

VP HĐND-UBND huyện''',
),
dict(
    file='giay-moi-snv-hoi-dong-thi-dua', kind='giay-moi', tags=['hr'], client='outlook', date='2024-12-09 10:30',
    **{'from': 'Ban Thi đua - Khen thưởng (Sở Nội vụ) <tdkt@snv.songhong.gov.vn>'},
    to=['vanthu@stttt.songhong.gov.vn', 'vanthu@stc.songhong.gov.vn', 'vanthu@syt.songhong.gov.vn', 'vanthu@sgddt.songhong.gov.vn'],
    subject='Mời họp Hội đồng Thi đua - Khen thưởng tỉnh xét khen thưởng năm 2024',
    text='''Kính gửi: Các thành viên Hội đồng Thi đua - Khen thưởng tỉnh.

Ban Thi đua - Khen thưởng trân trọng kính mời các đồng chí thành viên Hội đồng dự phiên họp xét, đề nghị khen thưởng tổng kết năm 2024:

1. Thời gian: 14h00 ngày thứ Hai, 16/12/2024.
2. Địa điểm: Phòng họp tầng 2, Sở Nội vụ.
3. Nội dung: xét đề nghị tặng Cờ thi đua của Chính phủ, Bằng khen của Thủ tướng Chính phủ; xét tặng danh hiệu Tập thể lao động xuất sắc, Chiến sĩ thi đua cấp tỉnh năm 2024.

Hồ sơ, danh sách tóm tắt thành tích các tập thể, cá nhân đề nghị khen thưởng được gửi kèm để các đồng chí nghiên cứu trước. Đề nghị các đồng chí sắp xếp thời gian dự họp đầy đủ; trường hợp vắng mặt đề nghị có ý kiến bằng văn bản.

Trân trọng!

Nguyễn Thị Thanh Tâm
Trưởng Ban Thi đua - Khen thưởng
ĐT: 0221.3851.509''',
    att=[('xlsx', 'Danh sách đề nghị khen thưởng 2024.xlsx', [
        ['STT', 'Tên tập thể/cá nhân', 'Đơn vị', 'Hình thức đề nghị', 'Số phiếu cơ sở'],
        [1, 'Phòng Công nghệ thông tin', 'Sở TT&TT', 'Tập thể lao động xuất sắc', '11/12'],
        [2, 'Bệnh viện đa khoa huyện Hoàng Long', 'Sở Y tế', 'Cờ thi đua của Chính phủ', '35/36'],
        [3, 'Ông Lại Văn Phúc', 'Sở Tài chính', 'Chiến sĩ thi đua cấp tỉnh', '19/20'],
        [4, 'Bà Đoàn Thị Hiền', 'Trường THPT Bến Giang', 'Bằng khen Thủ tướng Chính phủ', '54/57']], 'Danh sach')],
),
dict(
    file='giay-moi-syt-lien-nganh-y-te-truong-hoc', kind='giay-moi', client='zimbra', enc='b64', html_enc='b64', date='2025-08-20 14:02',
    **{'from': 'Sở Y tế tỉnh Sông Hồng <vanthu@syt.songhong.gov.vn>'},
    to=['Sở Giáo dục và Đào tạo <vanthu@sgddt.songhong.gov.vn>'],
    cc=['Trung tâm Kiểm soát bệnh tật <cdc@syt.songhong.gov.vn>'],
    subject='Giấy mời: họp liên ngành triển khai công tác y tế trường học năm học 2025-2026',
    text='''Kính gửi: Sở Giáo dục và Đào tạo

Sở Y tế phối hợp với Sở Giáo dục và Đào tạo tổ chức cuộc họp liên ngành về công tác y tế trường học năm học 2025 - 2026.

Thành phần: Lãnh đạo Sở Y tế; đại diện lãnh đạo Sở GD&ĐT và Phòng Chính trị tư tưởng (hoặc phòng được giao phụ trách công tác y tế trường học); lãnh đạo Trung tâm Kiểm soát bệnh tật tỉnh.
Nội dung: đánh giá kết quả năm học trước; thống nhất kế hoạch khám sức khỏe đầu năm, bảo đảm an toàn thực phẩm bếp ăn bán trú, tiêm vắc xin sởi - rubella bổ sung cho học sinh lớp 1.
Thời gian: 8h30 thứ Ba, ngày 26/8/2025.
Địa điểm: Phòng họp tầng 4, Sở Y tế.

Dự thảo kế hoạch liên ngành gửi kèm thư này, đề nghị quý Sở cho ý kiến tại cuộc họp.

Trân trọng.
Văn phòng Sở Y tế''',
    att=[('docx', 'Dự thảo KH liên ngành YTTH 2025-2026.docx', [
        'UBND TỈNH SÔNG HỒNG', 'SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'DỰ THẢO',
        '**KẾ HOẠCH LIÊN NGÀNH**', 'Triển khai công tác y tế trường học năm học 2025 - 2026',
        'I. MỤC ĐÍCH, YÊU CẦU', 'Bảo đảm 100% trường học tổ chức khám sức khỏe đầu năm cho học sinh; kiểm tra an toàn thực phẩm bếp ăn bán trú ít nhất 02 lần/năm học.',
        'II. NỘI DUNG', '1. Khám sức khỏe định kỳ; 2. Tiêm chủng bổ sung; 3. Truyền thông phòng chống dịch bệnh trong trường học.',
        'III. TỔ CHỨC THỰC HIỆN', 'Giao Trung tâm Kiểm soát bệnh tật tỉnh làm đầu mối chuyên môn.'])],
),
dict(
    file='giay-moi-moha-hoi-nghi-truc-tuyen-vi-tri-viec-lam', kind='giay-moi', tags=['ministry', 'hr'], client='outlook-ex', date='2024-07-03 17:25', dkim=True,
    **{'from': 'Văn phòng Bộ Nội vụ <vanthu@moha.gov.vn>'},
    to=['Sở Nội vụ tỉnh Sông Hồng <vanthu@snv.songhong.gov.vn>'],
    subject='Giấy mời dự Hội nghị trực tuyến hướng dẫn xây dựng vị trí việc làm',
    text='''Kính gửi: Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương.

Bộ Nội vụ tổ chức Hội nghị trực tuyến toàn quốc hướng dẫn triển khai xây dựng, hoàn thiện vị trí việc làm trong cơ quan hành chính và đơn vị sự nghiệp công lập.

- Chủ trì: Lãnh đạo Bộ Nội vụ.
- Thời gian: 08h00, thứ Ba ngày 09/7/2024.
- Hình thức: trực tuyến từ điểm cầu Bộ Nội vụ đến điểm cầu các tỉnh, thành phố (qua hệ thống hội nghị truyền hình của Văn phòng Chính phủ).
- Thành phần tại điểm cầu địa phương: Lãnh đạo Sở Nội vụ, lãnh đạo phòng Tổ chức biên chế, công chức, viên chức và đại diện các sở, ngành do địa phương lựa chọn.

Đề nghị Sở Nội vụ phối hợp với Sở Thông tin và Truyền thông chuẩn bị điểm cầu, kết nối thử lúc 15h00 ngày 08/7/2024. Danh sách điểm cầu gửi về Vụ Tổ chức - Biên chế qua thư điện tử vutcbc@moha.gov.vn.

Trân trọng./.

VĂN PHÒNG BỘ NỘI VỤ''',
    att=[('pdf', 'GM hội nghị trực tuyến VTVL.pdf', [
        'BO NOI VU', 'So: 352/GM-BNV    Ha Noi, ngay 03 thang 7 nam 2024', '', 'GIAY MOI',
        'Hoi nghi truc tuyen huong dan xay dung vi tri viec lam', '',
        'Thoi gian: 08h00 ngay 09/7/2024.', 'Hinh thuc: truc tuyen den cac diem cau tinh, thanh pho.', '',
        'TL. BO TRUONG', 'CHANH VAN PHONG'])],
),
dict(
    file='giay-moi-bengiang-khao-sat-thuc-te-chieu-sang', kind='giay-moi', tags=['district'], client='thunderbird', date='2025-05-06 09:44',
    **{'from': 'Phòng Quản lý đô thị TP Bến Giang <qldt@bengiang.songhong.gov.vn>'},
    to=['Sở Thông tin và Truyền thông <vanthu@stttt.songhong.gov.vn>', 'Sở Tài chính <vanthu@stc.songhong.gov.vn>'],
    subject='Mời cử cán bộ cùng khảo sát hiện trạng hệ thống chiếu sáng thông minh',
    text='''Kính gửi: Sở Thông tin và Truyền thông; Sở Tài chính.

Để hoàn thiện hồ sơ đề xuất dự án "Hệ thống điều khiển chiếu sáng công cộng thông minh thành phố Bến Giang giai đoạn 2025-2027", UBND thành phố tổ chức khảo sát thực tế tại các tuyến đường Lê Lợi, Nguyễn Trãi, đường ven sông Trà và khu đô thị mới Ngọc Lâm.

Thành phần: đại diện Phòng Công nghệ thông tin (Sở TT&TT), Phòng Quản lý giá và công sản (Sở Tài chính), Phòng QLĐT thành phố và đơn vị tư vấn.
Thời gian: 14h00 thứ Năm, ngày 08/5/2025. Tập trung tại sân UBND thành phố, xe của thành phố đưa đón.

Kính đề nghị quý Sở cử cán bộ tham gia và báo tên trước 16h ngày 07/5 cho đ/c Tạ Quang Huy (0904 773 150) để bố trí xe.

Trân trọng cảm ơn.

Tạ Quang Huy
Phó Trưởng phòng Quản lý đô thị
UBND thành phố Bến Giang''',
),
dict(
    file='giay-moi-sgddt-ninhbinh-hoi-thao-chuyen-doi-so', kind='giay-moi', tags=['other-province'], client='roundcube', alt=True, enc='qp', date='2024-11-11 10:12',
    **{'from': 'Sở Giáo dục và Đào tạo tỉnh Ninh Bình <vanphong@sgddt.ninhbinh.gov.vn>'},
    to=['Sở Giáo dục và Đào tạo tỉnh Sông Hồng <vanthu@sgddt.songhong.gov.vn>'],
    subject='Thư mời tham dự Hội thảo chuyển đổi số trong giáo dục các tỉnh đồng bằng sông Hồng',
    text='''Kính gửi: Sở Giáo dục và Đào tạo tỉnh Sông Hồng

Sở Giáo dục và Đào tạo tỉnh Ninh Bình trân trọng kính mời đại diện lãnh đạo và chuyên viên phụ trách công nghệ thông tin của quý Sở tham dự Hội thảo "Chuyển đổi số trong quản lý và dạy học - kinh nghiệm các tỉnh đồng bằng sông Hồng".

Thời gian: 01 ngày, bắt đầu 8h00 thứ Năm, ngày 28/11/2024.
Địa điểm: Hội trường Trường THPT chuyên Lương Văn Tụy, TP Ninh Bình.

Hội thảo gồm 3 phiên: học bạ số và hồ sơ điện tử; ngân hàng câu hỏi và kiểm tra trực tuyến; an toàn dữ liệu học sinh. Quý Sở có thể đăng ký tham luận (không quá 10 phút) trước ngày 20/11.

Ban tổ chức bố trí ăn trưa cho đại biểu. Xác nhận tham dự xin gửi về địa chỉ thư này hoặc liên hệ chị Vũ Thị Hồng Nhung, 0912 604 718.

Trân trọng kính mời!

Văn phòng Sở GD&ĐT Ninh Bình''',
),
]
