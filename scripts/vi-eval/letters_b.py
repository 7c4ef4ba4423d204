# Thông báo, kế hoạch, báo cáo. Each letter is written on its own; see make-vi-eval.py.
LETTERS = [
dict(
    file='thong-bao-ket-luan-pct-ubnd-giai-phong-mat-bang', kind='thong-bao', client='outlook-ex', date='2025-06-27 17:05',
    **{'from': 'Văn phòng UBND tỉnh Sông Hồng <vanthu@songhong.gov.vn>'},
    to=['vanthu@stc.songhong.gov.vn', 'vanthu@bengiang.songhong.gov.vn', 'vanthu@hoanglong.songhong.gov.vn'],
    subject='Thông báo kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại cuộc họp về giải phóng mặt bằng tuyến đường vành đai 2',
    text='''Kính gửi: Sở Tài chính; UBND thành phố Bến Giang; UBND huyện Hoàng Long.

Văn phòng UBND tỉnh gửi Thông báo số 214/TB-UBND ngày 27/6/2025 kết luận của đồng chí Vương Quốc Khánh, Phó Chủ tịch UBND tỉnh tại cuộc họp ngày 24/6/2025 về tháo gỡ vướng mắc giải phóng mặt bằng dự án đường vành đai 2.

Một số nội dung chính:
1. Giao UBND thành phố Bến Giang hoàn thành chi trả bồi thường cho 46 hộ còn lại tại phường Ngọc Lâm trước ngày 31/7/2025; các trường hợp không nhận tiền thực hiện gửi vào Kho bạc theo quy định.
2. Giao UBND huyện Hoàng Long phối hợp với chủ đầu tư di chuyển đường điện trung thế tại xã An Phú, hoàn thành trong tháng 8/2025.
3. Giao Sở Tài chính thẩm định, trình phê duyệt bổ sung kinh phí bồi thường, hỗ trợ tái định cư trước ngày 15/7/2025.

Đề nghị các cơ quan, đơn vị khẩn trương triển khai, báo cáo kết quả về UBND tỉnh (qua Văn phòng).

Văn phòng UBND tỉnh Sông Hồng''',
    att=[('pdf', 'TB 214-UBND ket luan GPMB vanh dai 2.pdf', [
        'UY BAN NHAN DAN TINH SONG HONG', 'So: 214/TB-UBND    Song Hong, ngay 27 thang 6 nam 2025', '', 'THONG BAO',
        'Ket luan cua dong chi Vuong Quoc Khanh, Pho Chu tich UBND tinh', 'tai cuoc hop ve giai phong mat bang du an duong vanh dai 2', '',
        '1. UBND thanh pho Ben Giang hoan thanh chi tra boi thuong truoc 31/7/2025.',
        '2. UBND huyen Hoang Long phoi hop di chuyen duong dien trung the trong thang 8/2025.',
        '3. So Tai chinh tham dinh kinh phi truoc 15/7/2025.', '', 'TL. CHU TICH', 'KT. CHANH VAN PHONG', 'PHO CHANH VAN PHONG'])],
),
dict(
    file='thong-bao-stttt-lich-truc-tet-at-ty', kind='thong-bao', client='zimbra', date='2025-01-20 15:30',
    **{'from': 'Văn phòng Sở TT&TT <vanphong@stttt.songhong.gov.vn>'},
    to=['Toàn thể cán bộ Sở <canbo@stttt.songhong.gov.vn>'],
    cc=['vanthu@songhong.gov.vn'],
    subject='Lịch trực Tết Nguyên đán Ất Tỵ 2025',
    text='''Kính gửi: Lãnh đạo Sở, các phòng, đơn vị thuộc Sở.

Văn phòng thông báo lịch trực Tết Nguyên đán Ất Tỵ năm 2025 (từ ngày 25/01 đến hết ngày 02/02/2025) như sau:

[[table:0]]

Yêu cầu:
- Cán bộ trực có mặt tại cơ quan từ 7h30 đến 17h00; ngoài giờ trực qua điện thoại, bảo đảm liên lạc 24/24;
- Trực kỹ thuật Trung tâm dữ liệu theo ca riêng của Trung tâm CNTT-TT;
- Báo cáo tình hình trước 15h hằng ngày về Văn phòng UBND tỉnh qua hộp thư trucban@songhong.gov.vn.

Chúc toàn thể cán bộ và gia đình đón Tết vui vẻ, an toàn.

Văn phòng Sở''',
    tables=[[
        ['Ngày', 'Lãnh đạo trực', 'Cán bộ trực', 'Điện thoại'],
        ['25/01 (26 Tết)', 'Vũ Thanh Bình', 'Lê Minh Hiếu', '0912 300 415'],
        ['26/01 (27 Tết)', 'Vũ Thanh Bình', 'Nguyễn Thị Lan', '0986 114 902'],
        ['27/01 (28 Tết)', 'Đặng Hữu Nghĩa', 'Phan Minh Quân', '0915 338 021'],
        ['28/01 (29 Tết)', 'Đặng Hữu Nghĩa', 'Trần Thu Trang', '0904 217 663'],
        ['29/01 (Mùng 1)', 'Giám đốc Sở', 'Hoàng Văn Tới', '0983 556 120'],
        ['30/01 (Mùng 2)', 'Đặng Hữu Nghĩa', 'Bùi Thị Ngân', '0936 482 017'],
        ['31/01 (Mùng 3)', 'Vũ Thanh Bình', 'Lê Minh Hiếu', '0912 300 415'],
        ['01/02 (Mùng 4)', 'Đặng Hữu Nghĩa', 'Phan Minh Quân', '0915 338 021'],
        ['02/02 (Mùng 5)', 'Vũ Thanh Bình', 'Nguyễn Thị Lan', '0986 114 902']]],
),
dict(
    file='thong-bao-stc-cat-dien-bao-duong-tram-bien-ap', kind='thong-bao', client='roundcube', date='2025-08-13 16:12',
    **{'from': 'Phòng Hành chính - Văn phòng Sở Tài chính <hanhchinh@stc.songhong.gov.vn>'},
    to=['canbo@stc.songhong.gov.vn'],
    subject='TB: tạm ngừng cấp điện tại trụ sở sáng thứ Bảy 16/8',
    text='''Thông báo tới toàn thể cán bộ, công chức, người lao động Sở Tài chính:

Điện lực Bến Giang thông báo tạm ngừng cung cấp điện để bảo dưỡng trạm biến áp Trần Phú 2 từ 6h00 đến 11h30 thứ Bảy, ngày 16/8/2025. Trong thời gian này trụ sở Sở mất điện hoàn toàn, máy phát dự phòng chỉ cấp cho phòng máy chủ và thang máy số 1.

Đề nghị các phòng:
- Tắt máy tính, máy in, điều hòa trước khi ra về chiều thứ Sáu 15/8;
- Không hẹn tiếp khách, làm thêm giờ tại trụ sở sáng thứ Bảy;
- Cán bộ cần truy cập phần mềm TABMIS, quản lý ngân sách trong thời gian trên vui lòng báo trước để Tổ CNTT kiểm tra đường truyền dự phòng.

Phần mềm, hộp thư công vụ vẫn hoạt động bình thường (máy chủ đặt tại Trung tâm dữ liệu tỉnh).

Phòng Hành chính - Văn phòng Sở''',
),
dict(
    file='thong-bao-snv-nghi-le-quoc-khanh', kind='thong-bao', client='outlook', date='2025-08-25 10:47',
    **{'from': 'Sở Nội vụ tỉnh Sông Hồng <vanthu@snv.songhong.gov.vn>'},
    to=['vanthu@stttt.songhong.gov.vn', 'vanthu@stc.songhong.gov.vn', 'vanthu@syt.songhong.gov.vn', 'vanthu@sgddt.songhong.gov.vn', 'vanthu@hoanglong.songhong.gov.vn', 'vanthu@bengiang.songhong.gov.vn'],
    subject='Thông báo nghỉ Lễ Quốc khánh 02/9/2025',
    text='''Kính gửi: Các Sở, ban, ngành; UBND các huyện, thành phố.

Thực hiện quy định của Bộ luật Lao động và thông báo của Bộ Nội vụ, Sở Nội vụ thông báo lịch nghỉ Lễ Quốc khánh năm 2025 đối với cán bộ, công chức, viên chức và người lao động trong các cơ quan hành chính, đơn vị sự nghiệp của tỉnh như sau:

Thời gian nghỉ: 02 ngày, từ thứ Hai 01/9/2025 đến hết thứ Ba 02/9/2025 (nghỉ bù ngày 01/9 do ghép với ngày nghỉ hằng tuần). Cán bộ đi làm trở lại từ thứ Tư, ngày 03/9/2025.

Các cơ quan, đơn vị bố trí lịch trực, bảo đảm an ninh, an toàn cơ quan, phòng chống cháy nổ; gửi lịch trực lãnh đạo về Văn phòng UBND tỉnh trước ngày 29/8/2025.

Đối với những cơ quan, đơn vị không thể nghỉ theo lịch chung (bệnh viện, trung tâm y tế, đơn vị trực chiến), thủ trưởng đơn vị bố trí cho cán bộ nghỉ bù theo quy định.

Trân trọng thông báo./.

Sở Nội vụ tỉnh Sông Hồng''',
),
dict(
    file='thong-bao-hoanglong-ket-luan-giao-ban-tuan', kind='thong-bao', tags=['district'], client='zimbra', date='2025-03-10 17:26',
    **{'from': 'Văn phòng HĐND và UBND huyện Hoàng Long <vanphong@hoanglong.songhong.gov.vn>'},
    to=['tckh@hoanglong.songhong.gov.vn', 'noivu@hoanglong.songhong.gov.vn', 'pgd@hoanglong.songhong.gov.vn', 'ubnd@anphu.hoanglong.songhong.gov.vn'],
    subject='Kết luận giao ban lãnh đạo UBND huyện tuần 11',
    text='''Kính gửi các phòng, ban chuyên môn và UBND các xã, thị trấn,

Văn phòng gửi Thông báo kết luận của Chủ tịch UBND huyện tại cuộc giao ban lãnh đạo UBND huyện sáng thứ Hai 10/3/2025 (file đính kèm). Tóm tắt các việc giao:

- Phòng Tài chính - Kế hoạch: rà soát nguồn thu tiền sử dụng đất quý I, tham mưu điều hành chi khi thu không đạt; báo cáo ngày 17/3.
- Phòng Nội vụ: hoàn thiện hồ sơ đề nghị xét tuyển viên chức giáo dục năm 2025; trình Chủ tịch trước 20/3.
- Phòng GD&ĐT: kiểm tra công tác bán trú tại các trường mầm non xã An Phú, Đông Hưng sau phản ánh của phụ huynh.
- UBND xã An Phú: báo cáo việc chậm bàn giao mặt bằng đường điện trung thế (thuộc dự án vành đai 2).

Đề nghị các đơn vị thực hiện đúng thời hạn.

VP HĐND-UBND huyện Hoàng Long''',
    att=[('docx', 'TB ket luan giao ban tuan 11.docx', [
        'UBND HUYỆN HOÀNG LONG', 'VĂN PHÒNG HĐND VÀ UBND', 'Số: 41/TB-VP',
        '**THÔNG BÁO**', 'Kết luận của Chủ tịch UBND huyện tại cuộc giao ban lãnh đạo UBND huyện ngày 10/3/2025',
        'Ngày 10/3/2025, đồng chí Đặng Văn Khoa, Chủ tịch UBND huyện chủ trì giao ban lãnh đạo UBND huyện. Sau khi nghe các phòng báo cáo, Chủ tịch UBND huyện kết luận như sau:',
        '1. Phòng Tài chính - Kế hoạch rà soát nguồn thu tiền sử dụng đất quý I/2025.',
        '2. Phòng Nội vụ hoàn thiện hồ sơ xét tuyển viên chức giáo dục năm 2025.',
        '3. Phòng GD&ĐT kiểm tra công tác bán trú tại các trường mầm non.',
        'Văn phòng HĐND và UBND huyện thông báo để các đơn vị biết, thực hiện./.'])],
),
dict(
    file='thong-bao-stc-lich-cong-tac-tuan-42', kind='thong-bao', client='outlook', date='2025-10-11 11:20',
    **{'from': 'Văn phòng Sở Tài chính <vanphong@stc.songhong.gov.vn>'},
    to=['canbo@stc.songhong.gov.vn'],
    subject='Lịch công tác tuần 42 (từ 13/10 đến 17/10/2025) của Lãnh đạo Sở',
    text='''Văn phòng Sở thông báo lịch công tác tuần 42 của Lãnh đạo Sở:

[[table:0]]

Lịch có thể thay đổi, các phòng theo dõi cập nhật trên Hệ thống QLVB mục "Lịch công tác".

Văn phòng Sở Tài chính''',
    tables=[[
        ['Thứ/ngày', 'Thời gian', 'Nội dung', 'Chủ trì/Dự', 'Địa điểm'],
        ['Thứ Hai 13/10', '8h00', 'Giao ban Lãnh đạo Sở', 'Giám đốc Sở', 'Phòng họp tầng 3'],
        ['Thứ Hai 13/10', '14h00', 'Họp thẩm định giá đất cụ thể dự án KĐT Ngọc Lâm', 'PGĐ Phạm Quang Vinh', 'Phòng họp tầng 2'],
        ['Thứ Ba 14/10', 'Cả ngày', 'Kiểm tra quyết toán tại huyện Hoàng Long', 'PGĐ Lê Thị Duyên', 'Huyện Hoàng Long'],
        ['Thứ Tư 15/10', '8h30', 'Dự họp UBND tỉnh thường kỳ tháng 10', 'Giám đốc Sở', 'UBND tỉnh'],
        ['Thứ Năm 16/10', '14h00', 'Làm việc với Kho bạc Nhà nước về đối chiếu số liệu 9 tháng', 'PGĐ Phạm Quang Vinh', 'Sở Tài chính'],
        ['Thứ Sáu 17/10', '8h00', 'Tiếp công dân định kỳ', 'Giám đốc Sở', 'Trụ sở tiếp công dân tỉnh']]],
),
dict(
    file='thong-bao-sgddt-tuyen-dung-vien-chuc', kind='thong-bao', tags=['hr'], client='thunderbird', date='2025-06-09 08:33',
    **{'from': 'Phòng Tổ chức cán bộ - Sở GD&ĐT <tccb@sgddt.songhong.gov.vn>'},
    to=['thpt.bengiang@edu.songhong.gov.vn', 'thpt.hoanglong@edu.songhong.gov.vn', 'thpt.chuyensonghong@edu.songhong.gov.vn'],
    subject='Thông báo tuyển dụng viên chức giáo dục năm 2025 - niêm yết tại đơn vị',
    text='''Kính gửi Hiệu trưởng các trường THPT trực thuộc,

Sở GD&ĐT đã ban hành Thông báo số 96/TB-SGDĐT về tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp công lập thuộc Sở năm 2025, với tổng chỉ tiêu 87 giáo viên THPT và 6 nhân viên (kế toán, thiết bị - thí nghiệm, y tế học đường).

Đề nghị các trường:
1. Niêm yết công khai thông báo (file PDF đính kèm) tại bảng tin của trường trong suốt thời gian nhận phiếu đăng ký;
2. Đăng tải trên trang thông tin điện tử của trường, dẫn liên kết về trang của Sở: https://sgddt.songhong.gov.vn/tuyen-dung-2025;
3. Không nhận phiếu đăng ký tại trường; thí sinh nộp trực tiếp hoặc qua bưu chính về Phòng TCCB.

Thời gian nhận phiếu: từ 10/6 đến hết 09/7/2025 (trong giờ hành chính).

Trân trọng.

--
Đoàn Văn Lực
Phó Trưởng phòng Tổ chức cán bộ
Sở Giáo dục và Đào tạo Sông Hồng - 0221.3856.212''',
    att=[('pdf', 'TB 96 tuyển dụng viên chức 2025.pdf', [
        'UBND TINH SONG HONG', 'SO GIAO DUC VA DAO TAO', 'So: 96/TB-SGDDT', '', 'THONG BAO',
        'Tuyen dung vien chuc lam viec tai cac don vi su nghiep cong lap thuoc So nam 2025', '',
        '1. Chi tieu: 87 giao vien THPT, 06 nhan vien.', '2. Thoi gian nhan phieu: 10/6 - 09/7/2025.',
        '3. Dia diem: Phong To chuc can bo, So GD&DT.', '', 'GIAM DOC', 'Cao Thi Bich Lien'])],
),
dict(
    file='thong-bao-vpubnd-nghi-tet-duong-lich-2026', kind='thong-bao', client='roundcube', alt=True, enc='qp', date='2025-12-26 14:48',
    **{'from': 'Phòng Hành chính - Tổ chức, VP UBND tỉnh <hcto@songhong.gov.vn>'},
    to=['canbo@songhong.gov.vn'],
    subject='Nghỉ Tết Dương lịch 2026 và phân công trực cơ quan',
    text='''Thông báo tới cán bộ, công chức, người lao động Văn phòng UBND tỉnh:

1. Nghỉ Tết Dương lịch năm 2026: 01 ngày, thứ Năm 01/01/2026. Thứ Sáu 02/01/2026 làm việc bình thường.

2. Phân công trực cơ quan ngày 01/01/2026:
- Lãnh đạo trực: đ/c Lương Văn Tuấn, Phó Chánh Văn phòng (0913 208 447);
- Trực hành chính: đ/c Hà Thị Loan, phòng HC-TC;
- Trực bảo vệ, lái xe: theo lịch của Đội xe - bảo vệ.

3. Trước khi nghỉ, các phòng kiểm tra ngắt điện, khóa cửa; văn thư các phòng không để văn bản mật trên bàn làm việc.

Phòng Hành chính - Tổ chức''',
),
dict(
    file='thong-bao-syt-ket-qua-xet-thang-hang', kind='thong-bao', tags=['hr'], client='outlook', date='2025-11-05 09:08',
    **{'from': 'Phòng Tổ chức cán bộ - Sở Y tế <tccb@syt.songhong.gov.vn>'},
    to=['Bệnh viện đa khoa tỉnh <bvdk@syt.songhong.gov.vn>', 'Trung tâm Kiểm soát bệnh tật <cdc@syt.songhong.gov.vn>', 'TTYT huyện Hoàng Long <ttyt@hoanglong.songhong.gov.vn>'],
    subject='Thông báo kết quả xét thăng hạng chức danh nghề nghiệp bác sĩ chính năm 2025',
    text='''Kính gửi: Thủ trưởng các đơn vị trực thuộc Sở Y tế.

Hội đồng xét thăng hạng chức danh nghề nghiệp viên chức chuyên ngành y tế năm 2025 đã họp ngày 31/10/2025. Phòng Tổ chức cán bộ thông báo kết quả: có 42/45 viên chức đủ điều kiện, tiêu chuẩn được công nhận trúng tuyển thăng hạng bác sĩ chính (hạng II); 03 trường hợp chưa đủ điều kiện do thiếu minh chứng về đề tài nghiên cứu khoa học cấp cơ sở.

Danh sách chi tiết kèm theo. Đề nghị các đơn vị thông báo đến viên chức; trường hợp có ý kiến phúc khảo gửi văn bản về Sở Y tế (qua Phòng TCCB) trong thời hạn 10 ngày làm việc kể từ ngày thông báo.

Trân trọng!

Phòng Tổ chức cán bộ, Sở Y tế
ĐT: 0221.3852.640''',
    att=[('xlsx', 'KQ xét thăng hạng BS chính 2025.xlsx', [
        ['STT', 'Họ và tên', 'Đơn vị', 'Chức danh hiện giữ', 'Kết quả'],
        [1, 'Nguyễn Hữu Thắng', 'BVĐK tỉnh', 'Bác sĩ (hạng III)', 'Đạt'],
        [2, 'Phạm Thị Hồng Nhung', 'BVĐK tỉnh', 'Bác sĩ (hạng III)', 'Đạt'],
        [3, 'Lê Đình Quý', 'TTYT Hoàng Long', 'Bác sĩ (hạng III)', 'Đạt'],
        [4, 'Trương Thị Mỹ Linh', 'CDC tỉnh', 'Bác sĩ y học dự phòng (hạng III)', 'Chưa đạt - thiếu minh chứng NCKH'],
        [5, 'Hà Văn Cường', 'TTYT Hoàng Long', 'Bác sĩ (hạng III)', 'Đạt']], 'Ket qua')],
),

# ------------------------------------------------------------------ kế hoạch
dict(
    file='ke-hoach-stttt-tuyen-truyen-chuyen-doi-so-gop-y', kind='ke-hoach', client='outlook', date='2025-01-09 15:55',
    **{'from': 'Trần Thu Trang - Phòng Chuyển đổi số <trangtt@stttt.songhong.gov.vn>'},
    to=['vanthu@snv.songhong.gov.vn', 'vanthu@sgddt.songhong.gov.vn', 'vanthu@syt.songhong.gov.vn'],
    subject='Xin ý kiến dự thảo Kế hoạch tuyên truyền chuyển đổi số năm 2025',
    text='''Kính gửi quý Sở,

Sở Thông tin và Truyền thông đang xây dựng Kế hoạch tuyên truyền về chuyển đổi số trên địa bàn tỉnh năm 2025. Để kế hoạch sát với thực tế của từng ngành, Sở gửi kèm dự thảo và đề nghị quý Sở cho ý kiến, nhất là các nội dung:
- Mục II.3 về tuyên truyền sử dụng dịch vụ công trực tuyến toàn trình trong lĩnh vực của ngành;
- Phụ lục phân công: tên nhiệm vụ, thời gian thực hiện, đơn vị phối hợp;
- Kinh phí: các hoạt động do ngành tự bảo đảm từ dự toán được giao.

Ý kiến góp ý xin gửi vào file dự thảo (chế độ Track Changes) hoặc văn bản riêng, về địa chỉ trangtt@stttt.songhong.gov.vn trước ngày 17/01/2025. Quá thời hạn trên, Sở TT&TT xin phép hiểu là quý Sở thống nhất với dự thảo.

Trân trọng cảm ơn!

Trần Thu Trang
Chuyên viên Phòng Chuyển đổi số - Sở TT&TT Sông Hồng
ĐT: 0904 217 663''',
    att=[('docx', 'Dự thảo KH tuyên truyền CĐS 2025 (v2).docx', [
        'UBND TỈNH SÔNG HỒNG', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'DỰ THẢO 2',
        '**KẾ HOẠCH**', 'Tuyên truyền về chuyển đổi số trên địa bàn tỉnh Sông Hồng năm 2025',
        'I. MỤC ĐÍCH, YÊU CẦU',
        'Nâng cao nhận thức của cán bộ, công chức và người dân về chuyển đổi số; phấn đấu 60% hồ sơ thủ tục hành chính được nộp trực tuyến.',
        'II. NỘI DUNG TUYÊN TRUYỀN', '1. Chính quyền số. 2. Kinh tế số. 3. Xã hội số và kỹ năng số cho người dân.',
        'III. HÌNH THỨC', 'Báo Sông Hồng, Đài Phát thanh - Truyền hình tỉnh, hệ thống truyền thanh cơ sở, mạng xã hội của các cơ quan.',
        'IV. KINH PHÍ', 'Từ nguồn chi thường xuyên được giao năm 2025 của các cơ quan, đơn vị.'])],
),
dict(
    file='ke-hoach-hoanglong-kiem-tra-cai-cach-hanh-chinh', kind='ke-hoach', tags=['district'], client='zimbra', date='2025-04-01 10:10',
    **{'from': 'Phòng Nội vụ huyện Hoàng Long <noivu@hoanglong.songhong.gov.vn>'},
    to=['ubnd@anphu.hoanglong.songhong.gov.vn'],
    cc=['vanphong@hoanglong.songhong.gov.vn'],
    subject='KH kiểm tra công tác cải cách hành chính năm 2025 tại UBND các xã',
    text='''Kính gửi: UBND các xã, thị trấn

Phòng Nội vụ gửi Kế hoạch số 58/KH-UBND ngày 31/3/2025 của UBND huyện về kiểm tra công tác cải cách hành chính, công vụ năm 2025.

Lịch kiểm tra dự kiến đối với xã An Phú: sáng thứ Năm 17/4/2025.
Nội dung: việc niêm yết thủ tục hành chính; tỷ lệ hồ sơ giải quyết đúng hạn, trả kết quả qua dịch vụ bưu chính công ích; số hóa hồ sơ, kết quả giải quyết TTHC; chấp hành giờ giấc, văn hóa công vụ tại bộ phận một cửa.

Đề nghị xã chuẩn bị báo cáo theo đề cương (Phụ lục II của kế hoạch) và các hồ sơ minh chứng, bố trí lãnh đạo UBND xã, công chức văn phòng - thống kê làm việc với đoàn.

Phòng Nội vụ huyện Hoàng Long
Người liên hệ: Mai Thị Thu, 0977 402 518''',
    att=[('pdf', 'KH 58-UBND kiem tra CCHC 2025.pdf', [
        'UY BAN NHAN DAN HUYEN HOANG LONG', 'So: 58/KH-UBND    Hoang Long, ngay 31 thang 3 nam 2025', '', 'KE HOACH',
        'Kiem tra cong tac cai cach hanh chinh, cong vu nam 2025', '',
        'I. Muc dich: danh gia ket qua thuc hien CCHC tai UBND cac xa, thi tran.',
        'II. Noi dung: niem yet TTHC; ty le ho so dung han; so hoa ho so; van hoa cong vu.',
        'III. Thoi gian: tu 14/4 den 30/5/2025 (lich cu the tai Phu luc I).', '', 'KT. CHU TICH', 'PHO CHU TICH', 'Ly Thi Hoa'])],
),
dict(
    file='ke-hoach-sgddt-thi-hoc-sinh-gioi-tinh', kind='ke-hoach', client='roundcube', enc='qp', date='2025-10-02 07:58',
    **{'from': 'Phòng Khảo thí và Quản lý chất lượng <khaothi@sgddt.songhong.gov.vn>'},
    to=['pgd@hoanglong.songhong.gov.vn', 'pgd@bengiang.songhong.gov.vn', 'thpt.chuyensonghong@edu.songhong.gov.vn', 'thpt.bengiang@edu.songhong.gov.vn'],
    subject='Kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2025-2026',
    text='''Kính gửi: Trưởng phòng GD&ĐT các huyện, thành phố; Hiệu trưởng các trường THPT.

Sở GD&ĐT gửi Kế hoạch số 312/KH-SGDĐT tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2025-2026. Các mốc chính:

- Đăng ký dự thi trên phần mềm: từ 20/10 đến 31/10/2025 (mỗi trường tối đa 06 thí sinh/môn, trường chuyên tối đa 10 thí sinh/môn);
- Ngày thi: 18 và 19/11/2025, tại Hội đồng thi Trường THPT chuyên Sông Hồng;
- Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Giáo dục kinh tế và pháp luật;
- Công bố kết quả dự kiến: 05/12/2025.

Lưu ý: năm nay môn Tin học thi trên máy tính, các trường kiểm tra trước phiên bản ngôn ngữ lập trình mà học sinh sử dụng (C++, Python, Pascal) theo danh mục tại Phụ lục 3.

Trân trọng.
Phòng Khảo thí và QLCL - Sở GD&ĐT''',
    att=[('pdf', 'KH 312 thi HSG lop 12 nam hoc 2025-2026.pdf', [
        'SO GIAO DUC VA DAO TAO TINH SONG HONG', 'So: 312/KH-SGDDT', '', 'KE HOACH',
        'To chuc ky thi chon hoc sinh gioi cap tinh lop 12 THPT nam hoc 2025-2026', '',
        '1. Dang ky du thi: 20/10 - 31/10/2025.', '2. Ngay thi: 18 va 19/11/2025.', '3. Cong bo ket qua: 05/12/2025.',
        '', 'KT. GIAM DOC', 'PHO GIAM DOC'])],
),
dict(
    file='ke-hoach-tuan-toi-gui-tu-dien-thoai-khong-dau', kind='ke-hoach', tags=['no-diacritics', 'phone'], client='iphone', date='2025-11-14 21:37',
    **{'from': 'Le Minh Hieu <hieulm@stttt.songhong.gov.vn>'},
    to=['Vu Thanh Binh <binhvt@stttt.songhong.gov.vn>'],
    cc=['quanpm@stttt.songhong.gov.vn'],
    subject='Ke hoach tuan toi phong CNTT',
    text='''Gui anh chi ke hoach tuan toi cua phong a.

Thu 2: hop giao ban, chot danh sach may tram chua cai agent phong chong ma doc (con 37 may o huyen Hoang Long)
Thu 3-4: di kiem tra phong may chu UBND TP Ben Giang cung doan cua So
Thu 5: test sao luu du phong he thong QLVB, Quan phu trach
Thu 6: tong hop bao cao ATTT thang 11 gui UBND tinh

Anh xem co gi bo sung thi nhan em nhe. File chi tiet em dinh kem.

Gửi từ iPhone của tôi''',
    att=[('xlsx', 'Lich cong tac tuan 47.xlsx', [
        ['Ngày', 'Nội dung', 'Người thực hiện', 'Ghi chú'],
        ['17/11', 'Giao ban phòng; chốt danh sách máy chưa cài agent', 'Cả phòng', ''],
        ['18/11', 'Kiểm tra phòng máy chủ UBND TP Bến Giang', 'Hiếu, Quân', 'Xe Sở'],
        ['19/11', 'Kiểm tra phòng máy chủ UBND TP Bến Giang (tiếp)', 'Hiếu, Quân', ''],
        ['20/11', 'Thử sao lưu/khôi phục hệ thống QLVB', 'Quân', 'Ngoài giờ'],
        ['21/11', 'Tổng hợp báo cáo ATTT tháng 11', 'Hiếu', 'Gửi UBND tỉnh']], 'Tuan 47')],
),
dict(
    file='ke-hoach-syt-tiem-chung-mo-rong-2026', kind='ke-hoach', client='outlook-ex', date='2026-01-13 16:20',
    **{'from': 'Trung tâm Kiểm soát bệnh tật tỉnh Sông Hồng <cdc@syt.songhong.gov.vn>'},
    to=['ttyt@hoanglong.songhong.gov.vn', 'ttyt@bengiang.songhong.gov.vn'],
    cc=['nvy@syt.songhong.gov.vn'],
    subject='Kế hoạch triển khai Tiêm chủng mở rộng năm 2026',
    text='''Kính gửi: Trung tâm Y tế các huyện, thành phố.

Trung tâm Kiểm soát bệnh tật tỉnh gửi Kế hoạch triển khai hoạt động Tiêm chủng mở rộng năm 2026 đã được Sở Y tế phê duyệt. Chỉ tiêu chủ yếu:
- Tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ các loại vắc xin: ≥ 95%;
- Tỷ lệ trẻ 18 tháng tiêm vắc xin sởi - rubella: ≥ 95%;
- Tỷ lệ phụ nữ có thai tiêm đủ mũi uốn ván: ≥ 90%.

Vắc xin phân bổ quý I/2026 sẽ cấp theo lịch tại Phụ lục 2; các đơn vị nhận tại kho CDC tỉnh từ ngày 20/01/2026, mang theo thùng lạnh và nhiệt kế điện tử.

Báo cáo kết quả tiêm chủng hằng tháng trên Hệ thống thông tin tiêm chủng quốc gia trước ngày 05 tháng sau.

Trân trọng!

Khoa Phòng chống bệnh truyền nhiễm - CDC Sông Hồng''',
    att=[('pdf', 'Kế hoạch TCMR năm 2026.pdf', [
        'SO Y TE TINH SONG HONG', 'TRUNG TAM KIEM SOAT BENH TAT', 'So: 09/KH-KSBT', '', 'KE HOACH',
        'Trien khai hoat dong Tiem chung mo rong nam 2026', '',
        'Chi tieu: tre duoi 1 tuoi tiem chung day du >= 95%; soi - rubella 18 thang >= 95%.',
        'Phan bo vac xin quy I/2026: theo Phu luc 2.', '', 'GIAM DOC', 'BS.CKII Ngo Thi Thanh'])],
),
dict(
    file='ke-hoach-snv-dao-tao-boi-duong-2026', kind='ke-hoach', tags=['hr'], client='outlook', date='2025-11-20 10:15',
    **{'from': 'Phòng Công chức, viên chức - Sở Nội vụ <ccvc@snv.songhong.gov.vn>'},
    to=['vanthu@stttt.songhong.gov.vn', 'vanthu@stc.songhong.gov.vn', 'vanthu@syt.songhong.gov.vn', 'vanthu@sgddt.songhong.gov.vn', 'vanthu@hoanglong.songhong.gov.vn', 'vanthu@bengiang.songhong.gov.vn'],
    subject='Đăng ký nhu cầu đào tạo, bồi dưỡng cán bộ, công chức năm 2026',
    text='''Kính gửi: Các Sở, ban, ngành; UBND các huyện, thành phố.

Để xây dựng Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức tỉnh năm 2026, Sở Nội vụ đề nghị các cơ quan, đơn vị rà soát và đăng ký nhu cầu theo biểu mẫu đính kèm, gồm:

- Bồi dưỡng theo tiêu chuẩn ngạch (chuyên viên, chuyên viên chính, chuyên viên cao cấp);
- Bồi dưỡng lãnh đạo, quản lý cấp phòng và tương đương;
- Bồi dưỡng kỹ năng số, an toàn thông tin cho công chức;
- Đào tạo trình độ thạc sĩ theo chính sách thu hút của tỉnh (ghi rõ chuyên ngành, cơ sở đào tạo dự kiến).

Đề nghị không đăng ký các trường hợp còn dưới 02 năm công tác đến tuổi nghỉ hưu (trừ bồi dưỡng bắt buộc). Biểu đăng ký gửi về Sở trước ngày 05/12/2025, bản Excel gửi qua hộp thư này.

Trân trọng./.

Phòng Công chức, viên chức - Sở Nội vụ tỉnh Sông Hồng''',
    att=[('xlsx', 'Biểu đăng ký nhu cầu ĐTBD 2026.xlsx', [
        ['STT', 'Nội dung đào tạo, bồi dưỡng', 'Đối tượng', 'Số lượng đăng ký', 'Thời gian dự kiến', 'Ghi chú'],
        [1, 'Bồi dưỡng ngạch chuyên viên', 'Công chức', '', '', ''],
        [2, 'Bồi dưỡng ngạch chuyên viên chính', 'Công chức', '', '', ''],
        [3, 'Bồi dưỡng lãnh đạo cấp phòng', 'Trưởng, phó phòng', '', '', ''],
        [4, 'Kỹ năng số, an toàn thông tin', 'CBCCVC', '', '', ''],
        [5, 'Đào tạo thạc sĩ', 'Công chức, viên chức', '', '', 'Ghi rõ chuyên ngành']], 'Dang ky')],
),
dict(
    file='ke-hoach-bengiang-chinh-trang-do-thi-don-tet', kind='ke-hoach', tags=['district'], client='thunderbird', date='2025-12-03 15:02',
    **{'from': 'UBND thành phố Bến Giang <vanthu@bengiang.songhong.gov.vn>'},
    to=['Văn phòng UBND tỉnh <vanthu@songhong.gov.vn>'],
    cc=['Sở Tài chính <vanthu@stc.songhong.gov.vn>'],
    subject='Báo cáo Kế hoạch chỉnh trang đô thị, trang trí đón Tết Bính Ngọ 2026',
    text='''Kính gửi: Văn phòng UBND tỉnh

UBND thành phố Bến Giang gửi Kế hoạch số 275/KH-UBND ngày 02/12/2025 về chỉnh trang đô thị, trang trí điện chiếu sáng, cờ, băng rôn đón Tết Nguyên đán Bính Ngọ 2026 để báo cáo UBND tỉnh.

Nội dung chủ yếu:
- Trang trí đèn LED nghệ thuật trên 6 tuyến phố chính, quảng trường 3/2 và cầu Trà Giang;
- Tổ chức chợ hoa xuân tại khu vực công viên Ven Sông từ 20 đến 30 tháng Chạp;
- Dọn dẹp vệ sinh, sơn sửa vỉa hè, trồng bổ sung hoa tại các dải phân cách;
- Bắn pháo hoa tầm thấp đêm Giao thừa tại quảng trường (chờ ý kiến chấp thuận của UBND tỉnh).

Tổng kinh phí dự kiến 4,86 tỷ đồng từ ngân sách thành phố và nguồn xã hội hóa. Đề nghị Văn phòng báo cáo lãnh đạo UBND tỉnh cho ý kiến về nội dung bắn pháo hoa.

Trân trọng.

Văn phòng HĐND và UBND thành phố Bến Giang''',
),
dict(
    file='ke-hoach-stc-kiem-tra-quyet-toan-2025', kind='ke-hoach', tags=['finance'], client='zimbra', date='2026-02-24 09:25',
    **{'from': 'Thanh tra - Phòng Quản lý ngân sách Sở Tài chính <qlns@stc.songhong.gov.vn>'},
    to=['vanthu@syt.songhong.gov.vn', 'vanthu@sgddt.songhong.gov.vn', 'vanthu@hoanglong.songhong.gov.vn'],
    subject='Kế hoạch kiểm tra công tác quản lý tài chính, quyết toán ngân sách năm 2025',
    text='''Kính gửi: Sở Y tế; Sở Giáo dục và Đào tạo; UBND huyện Hoàng Long.

Sở Tài chính thông báo Kế hoạch kiểm tra công tác quản lý, sử dụng ngân sách và quyết toán ngân sách năm 2025 (kèm theo Quyết định số 41/QĐ-STC ngày 23/02/2026).

Thời kỳ kiểm tra: năm ngân sách 2025.
Thời gian kiểm tra tại mỗi đơn vị: không quá 05 ngày làm việc, lịch cụ thể:
  - Sở Y tế (và 02 đơn vị trực thuộc): từ 09/3/2026;
  - Sở GD&ĐT (và 03 trường THPT): từ 23/3/2026;
  - UBND huyện Hoàng Long: từ 06/4/2026.

Đề nghị đơn vị chuẩn bị: báo cáo quyết toán năm 2025; sổ kế toán, chứng từ; hồ sơ mua sắm tài sản trên 100 triệu đồng; hồ sơ các khoản chi từ nguồn cải cách tiền lương.

Sở Tài chính sẽ thông báo thành phần Đoàn kiểm tra trước 03 ngày.

Trân trọng!
Phòng Quản lý ngân sách - Sở Tài chính''',
    att=[('pdf', 'QĐ 41-STC kèm Kế hoạch kiểm tra.pdf', [
        'UBND TINH SONG HONG', 'SO TAI CHINH', 'So: 41/QD-STC', '', 'QUYET DINH',
        'Ve viec kiem tra cong tac quan ly tai chinh, quyet toan ngan sach nam 2025', '',
        'Dieu 1. Kiem tra tai So Y te, So GD&DT, UBND huyen Hoang Long.',
        'Dieu 2. Thoi gian kiem tra khong qua 05 ngay lam viec tai moi don vi.', '', 'GIAM DOC', 'Nguyen Dinh Hoan'])],
),

# ------------------------------------------------------------------ báo cáo
dict(
    file='bao-cao-xa-anphu-kinh-te-xa-hoi-thang-9', kind='bao-cao', tags=['commune', 'odd-charset'], client='roundcube',
    charset='windows-1252', enc='8bit', flowed=False, xmailer='Roundcube Webmail/1.4.15', date='2025-09-29 16:31',
    **{'from': 'UBND xa An Phu <ubnd@anphu.hoanglong.songhong.gov.vn>'},
    to=['vanphong@hoanglong.songhong.gov.vn'],
    subject='Bao cao KT-XH thang 9 xa An Phu',
    text='''Kính gửi Văn phòng HĐND-UBND huyện,

UBND xã An Phú báo cáo nhanh tình hình kinh tế - xã hội tháng 9/2025:

- Thu ngân sách xã: 612 triệu đồng, lũy kế 9 tháng 3,94 tỷ đồng, đạt 81% dự toán.
- Thu hoạch lúa mùa được 62% diện tích, năng suất ước 56 tạ/ha.
- Giải quyết 214 hồ sơ TTHC, trong đó 171 hồ sơ trực tuyến; không có hồ sơ quá hạn.
- Tổ chức Tết Trung thu cho 1.150 cháu thiếu nhi tại 7 thôn.
- Tiếp nhận 2 đơn kiến nghị về ranh giới đất ở thôn Bến Đò, đang xác minh.

Báo cáo đầy đủ có chữ ký xã sẽ gửi qua hệ thống QLVB.

Văn phòng - Thống kê UBND xã An Phú''',
),
dict(
    file='bao-cao-stttt-tinh-hinh-attt-quy-3', kind='bao-cao', tags=['it-security'], client='outlook', date='2025-10-07 17:48',
    **{'from': 'Sở Thông tin và Truyền thông tỉnh Sông Hồng <vanthu@stttt.songhong.gov.vn>'},
    to=['Văn phòng UBND tỉnh <vanthu@songhong.gov.vn>'],
    subject='Báo cáo tình hình an toàn thông tin mạng quý III/2025',
    text='''Kính gửi: Ủy ban nhân dân tỉnh (qua Văn phòng UBND tỉnh)

Sở Thông tin và Truyền thông báo cáo tình hình bảo đảm an toàn thông tin mạng trên địa bàn tỉnh quý III/2025 như sau:

1. Kết quả giám sát tại Trung tâm giám sát, điều hành an toàn thông tin (SOC) của tỉnh:

[[table:0]]

2. Các sự cố đáng chú ý: 02 trang thông tin điện tử cấp xã (dùng mã nguồn cũ, chưa chuyển về nền tảng tập trung) bị chèn liên kết quảng cáo; đã gỡ bỏ và khôi phục trong ngày. 01 máy tính tại Phòng Tài chính - Kế hoạch huyện Hoàng Long nhiễm mã độc qua USB, đã cách ly và xử lý.

3. Đề xuất: yêu cầu các xã hoàn thành chuyển trang thông tin điện tử về Cổng thông tin tỉnh trước 31/12/2025; bố trí kinh phí gia hạn bản quyền phần mềm phòng chống mã độc tập trung năm 2026.

Báo cáo chi tiết kèm theo.

Sở Thông tin và Truyền thông''',
    tables=[[
        ['Chỉ tiêu', 'Quý II/2025', 'Quý III/2025', 'Tăng/giảm'],
        ['Lượt tấn công, dò quét bị ngăn chặn', '18.406', '21.973', '+19,4%'],
        ['Thư điện tử độc hại bị chặn tại cổng thư', '6.512', '7.088', '+8,8%'],
        ['Cảnh báo lỗ hổng đã gửi các đơn vị', '14', '19', '+5'],
        ['Sự cố phải ứng cứu', '2', '3', '+1'],
        ['Máy trạm cài agent giám sát', '3.820', '4.217', '+397']]],
    att=[('pdf', 'BC ATTT quy III-2025.pdf', [
        'UBND TINH SONG HONG', 'SO THONG TIN VA TRUYEN THONG', 'So: 1637/BC-STTTT', '', 'BAO CAO',
        'Tinh hinh an toan thong tin mang quy III/2025', '',
        'Luot tan cong, do quet bi ngan chan: 21.973 (tang 19,4%).', 'Thu dien tu doc hai bi chan: 7.088.',
        'Su co phai ung cuu: 3.', 'May tram cai agent giam sat: 4.217.', '', 'GIAM DOC', 'Ta Van Long'])],
),
dict(
    file='bao-cao-stc-thu-chi-9-thang', kind='bao-cao', tags=['finance'], client='outlook-ex', date='2025-10-10 11:36',
    **{'from': 'Phòng Quản lý ngân sách - Sở Tài chính <qlns@stc.songhong.gov.vn>'},
    to=['Văn phòng UBND tỉnh <vanthu@songhong.gov.vn>'],
    cc=['Phạm Quang Vinh <vinhpq@stc.songhong.gov.vn>'],
    subject='BC tình hình thực hiện thu, chi ngân sách 9 tháng năm 2025',
    text='''Kính gửi: Văn phòng UBND tỉnh

Sở Tài chính gửi số liệu tình hình thực hiện dự toán thu, chi ngân sách nhà nước 9 tháng năm 2025 để tổng hợp báo cáo phiên họp UBND tỉnh tháng 10:

[[table:0]]

Nhận xét: thu nội địa đạt khá nhờ thu tiền sử dụng đất từ 3 dự án khu đô thị; thu thuế từ khu vực doanh nghiệp ngoài quốc doanh còn thấp (đạt 61%). Chi đầu tư phát triển mới đạt 54,2% kế hoạch vốn, chủ yếu do vướng mặt bằng các dự án giao thông.

Bảng chi tiết theo từng huyện gửi kèm.

Phòng Quản lý ngân sách''',
    tables=[[
        ['Nội dung', 'Dự toán năm (tỷ đồng)', 'Thực hiện 9 tháng (tỷ đồng)', 'Tỷ lệ (%)'],
        ['Tổng thu NSNN trên địa bàn', '10.250', '7.839', '76,5'],
        ['- Thu nội địa', '9.180', '7.112', '77,5'],
        ['- Thu từ hoạt động xuất nhập khẩu', '1.070', '727', '67,9'],
        ['Tổng chi ngân sách địa phương', '15.960', '9.804', '61,4'],
        ['- Chi đầu tư phát triển', '4.720', '2.558', '54,2'],
        ['- Chi thường xuyên', '10.870', '7.246', '66,7']]],
    att=[('xlsx', 'Thu chi NS 9 thang 2025 theo huyen.xlsx', [
        ['Đơn vị', 'Thu NSNN (triệu đồng)', 'Tỷ lệ DT (%)', 'Chi NSĐP (triệu đồng)', 'Tỷ lệ DT (%)'],
        ['TP Bến Giang', 2140500, 82.4, 1865300, 64.1], ['Huyện Hoàng Long', 486200, 71.9, 742800, 59.3],
        ['Huyện Tân Lập', 301700, 68.0, 615400, 60.2], ['Khối tỉnh', 4910600, 76.1, 6580500, 61.7]], 'Theo huyen')],
),
dict(
    file='bao-cao-ttyt-hoanglong-sot-xuat-huyet-tuan-32', kind='bao-cao', tags=['district'], client='zimbra', date='2025-08-08 15:10',
    **{'from': 'TTYT huyện Hoàng Long - Khoa KSBT <ttyt@hoanglong.songhong.gov.vn>'},
    to=['nvy@syt.songhong.gov.vn', 'cdc@syt.songhong.gov.vn'],
    subject='Báo cáo tình hình SXH tuần 32 (từ 04/8 đến 08/8/2025)',
    text='''Kính gửi: Phòng Nghiệp vụ Y - Sở Y tế; CDC tỉnh

Trung tâm Y tế huyện Hoàng Long báo cáo tình hình sốt xuất huyết tuần 32:

[[table:0]]

Các hoạt động đã triển khai: phun hóa chất tại 2 ổ dịch mới ở thị trấn (khu 3, khu 5), tổ chức chiến dịch diệt bọ gậy tại xã An Phú với 1.240 hộ được kiểm tra, chỉ số Breteau trước chiến dịch là 38, sau chiến dịch còn 12.

Khó khăn: hóa chất phun còn đủ cho khoảng 2 tuần, đề nghị CDC tỉnh cấp bổ sung 40 lít.

Người báo cáo: ĐD. Chu Thị Nga - Khoa Kiểm soát bệnh tật, 0948 637 119''',
    tables=[[
        ['Xã/thị trấn', 'Ca mắc trong tuần', 'Cộng dồn từ đầu năm', 'Ổ dịch đang hoạt động'],
        ['Thị trấn Hoàng Long', 17, 142, 3],
        ['Xã An Phú', 6, 48, 1],
        ['Xã Đông Hưng', 2, 21, 0],
        ['Xã Tân Lập', 1, 9, 0],
        ['Cộng', 26, 220, 4]]],
),
dict(
    file='bao-cao-sgddt-so-lieu-dau-nam-hoc', kind='bao-cao', client='thunderbird', date='2025-09-18 10:40',
    **{'from': 'Phòng Kế hoạch - Tài chính, Sở GD&ĐT <khtc@sgddt.songhong.gov.vn>'},
    to=['Văn phòng UBND tỉnh <tonghop@songhong.gov.vn>'],
    subject='Số liệu thống kê đầu năm học 2025-2026 (gửi bổ sung bản Excel)',
    text='''Kính gửi Phòng Tổng hợp - Văn phòng UBND tỉnh,

Theo đề nghị của Phòng qua điện thoại sáng nay, Phòng KHTC Sở GD&ĐT gửi bổ sung bảng số liệu thống kê đầu năm học 2025-2026 dạng Excel để tiện tổng hợp.

Một số số liệu chính: toàn tỉnh có 512 trường (mầm non 189, tiểu học 168, THCS 121, THPT 34); tổng số học sinh 318.640 em, tăng 1,8% so với năm học trước; thiếu 412 giáo viên so với định mức, tập trung ở cấp mầm non và môn Tin học, Tiếng Anh cấp tiểu học.

Số liệu đã khớp với báo cáo chính thức số 1714/BC-SGDĐT gửi UBND tỉnh ngày 15/9.

Trân trọng,
--
Hoàng Đức Trung
Chuyên viên Phòng KH-TC, Sở GD&ĐT Sông Hồng''',
    att=[('xlsx', 'Thống kê đầu năm học 2025-2026.xlsx', [
        ['Cấp học', 'Số trường', 'Số lớp', 'Số học sinh', 'Số giáo viên', 'Thiếu so định mức'],
        ['Mầm non', 189, 2410, 71250, 4380, 196], ['Tiểu học', 168, 3322, 109830, 5012, 118],
        ['THCS', 121, 2180, 88710, 4105, 64], ['THPT', 34, 1126, 48850, 2540, 34],
        ['Tổng', 512, 9038, 318640, 16037, 412]], 'Dau nam')],
),
dict(
    file='bao-cao-hoanglong-dich-vu-cong-truc-tuyen', kind='bao-cao', tags=['district'], client='outlook', date='2025-07-04 08:52',
    **{'from': 'Văn phòng UBND huyện Hoàng Long <vanphong@hoanglong.songhong.gov.vn>'},
    to=['Sở Nội vụ <vanthu@snv.songhong.gov.vn>'],
    cc=['Sở TT&TT <vanthu@stttt.songhong.gov.vn>'],
    subject='Báo cáo kết quả cung cấp dịch vụ công trực tuyến 6 tháng đầu năm 2025',
    text='''Kính gửi: Sở Nội vụ tỉnh Sông Hồng

UBND huyện Hoàng Long báo cáo kết quả cung cấp và sử dụng dịch vụ công trực tuyến 6 tháng đầu năm 2025 như sau:

- Tổng số hồ sơ tiếp nhận tại cấp huyện và cấp xã: 18.215 hồ sơ; trong đó trực tuyến 12.390 hồ sơ (68,0%), tăng 14,6 điểm % so với cùng kỳ.
- Hồ sơ trực tuyến toàn trình: 7.102 hồ sơ (39,0%).
- Hồ sơ giải quyết đúng hạn: 17.944/18.020 hồ sơ đã giải quyết (99,6%); 76 hồ sơ quá hạn, chủ yếu lĩnh vực đất đai do phải xác minh nguồn gốc.
- Thanh toán trực tuyến phí, lệ phí: 5.318 giao dịch.
- Số hóa hồ sơ, kết quả giải quyết TTHC: đạt 91% ở cấp huyện, 84% ở cấp xã.

Khó khăn: một số xã vùng bãi sóng điện thoại yếu; người cao tuổi còn ngại nộp trực tuyến; tài khoản định danh điện tử của một bộ phận người dân chưa kích hoạt mức 2.

UBND huyện Hoàng Long''',
),
dict(
    file='bao-cao-snv-bien-che-va-tinh-gian', kind='bao-cao', tags=['hr'], client='outlook', enc='b64', date='2026-03-16 14:25',
    **{'from': 'Phòng Tổ chức, biên chế - Sở Nội vụ <tcbc@snv.songhong.gov.vn>'},
    to=['Văn phòng UBND tỉnh <vanthu@songhong.gov.vn>'],
    subject='BC tình hình sử dụng biên chế và kết quả tinh giản biên chế năm 2025',
    text='''Kính gửi: Văn phòng UBND tỉnh

Phòng Tổ chức, biên chế gửi dự thảo Báo cáo tình hình quản lý, sử dụng biên chế và kết quả tinh giản biên chế năm 2025 để Văn phòng trình lãnh đạo UBND tỉnh cho ý kiến trước khi ký ban hành.

[[table:0]]

Năm 2025 toàn tỉnh giải quyết tinh giản 318 trường hợp (nghỉ hưu trước tuổi 201, thôi việc 117), vượt 6% so với kế hoạch. Số lượng người làm việc hưởng lương từ ngân sách tại các đơn vị sự nghiệp giảm 2,3% so với năm 2021.

Phòng TCBC - Sở Nội vụ''',
    tables=[[
        ['Khối', 'Biên chế được giao', 'Có mặt 31/12/2025', 'Chưa sử dụng'],
        ['Cơ quan hành chính cấp tỉnh', '1.284', '1.219', '65'],
        ['Cơ quan hành chính cấp huyện', '1.106', '1.071', '35'],
        ['Sự nghiệp giáo dục', '15.320', '14.908', '412'],
        ['Sự nghiệp y tế', '3.410', '3.297', '113'],
        ['Sự nghiệp khác', '1.265', '1.203', '62']]],
),
dict(
    file='bao-cao-bengiang-chi-so-chuyen-doi-so', kind='bao-cao', tags=['district'], client='roundcube', alt=True, date='2025-03-03 16:05',
    **{'from': 'Phòng Văn hóa và Thông tin TP Bến Giang <vhtt@bengiang.songhong.gov.vn>'},
    to=['Phòng Chuyển đổi số - Sở TT&TT <cds@stttt.songhong.gov.vn>'],
    subject='Gửi số liệu tự đánh giá chỉ số DTI cấp huyện năm 2024 - TP Bến Giang',
    text='''Kính gửi Phòng Chuyển đổi số,

Phòng VH&TT thành phố gửi số liệu tự đánh giá chỉ số chuyển đổi số cấp huyện năm 2024 của TP Bến Giang:

[[table:0]]

Tài liệu kiểm chứng (35 file) đã tải lên hệ thống đánh giá DTI của tỉnh tại https://dti.songhong.gov.vn theo tài khoản của thành phố. Riêng tiêu chí 3.4 (tỷ lệ hộ gia đình có cáp quang) chúng tôi lấy số liệu của doanh nghiệp viễn thông đến tháng 11/2024, mong Phòng hướng dẫn thêm nếu cần số liệu tháng 12.

Trân trọng,
Đinh Thị Hòa - Phòng VH&TT TP Bến Giang''',
    tables=[[
        ['Trụ cột', 'Điểm tối đa', 'Tự đánh giá 2024', 'Năm 2023'],
        ['Chuyển đổi nhận thức', '60', '51,5', '44,0'],
        ['Kiến tạo thể chế số', '50', '41,0', '37,5'],
        ['Hạ tầng và nền tảng số', '80', '63,2', '55,8'],
        ['Nhân lực số', '70', '49,7', '42,1'],
        ['Chính quyền số', '150', '121,6', '103,9'],
        ['Kinh tế số, xã hội số', '90', '58,4', '49,3']]],
),
]
