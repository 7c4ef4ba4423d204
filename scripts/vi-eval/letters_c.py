# Quyết định, tờ trình, replies. Each letter is written on its own; see make-vi-eval.py.
LETTERS = [
dict(
    file='quyet-dinh-ubnd-nang-luong-truoc-thoi-han', kind='quyet-dinh', tags=['hr'], client='outlook-ex', date='2025-12-17 15:33',
    **{'from': 'Văn thư UBND tỉnh Sông Hồng <vanthu@songhong.gov.vn>'},
    to=['vanthu@snv.songhong.gov.vn', 'vanthu@stttt.songhong.gov.vn', 'vanthu@stc.songhong.gov.vn'],
    subject='QĐ số 2871/QĐ-UBND nâng bậc lương trước thời hạn do lập thành tích xuất sắc năm 2025',
    text='''Kính gửi: Sở Nội vụ; Sở Thông tin và Truyền thông; Sở Tài chính.

Văn thư UBND tỉnh gửi Quyết định số 2871/QĐ-UBND ngày 16/12/2025 của Chủ tịch UBND tỉnh về việc nâng bậc lương trước thời hạn do lập thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025 đối với 09 công chức thuộc các cơ quan chuyên môn.

Đề nghị các cơ quan thông báo cho công chức có tên trong danh sách và thực hiện chế độ từ tháng 01/2026.

(Văn bản được gửi qua trục liên thông, bản này gửi để các đơn vị theo dõi.)''',
    att=[('pdf', 'QD 2871-UBND nang luong truoc han.pdf', [
        'CHU TICH UY BAN NHAN DAN TINH SONG HONG', 'So: 2871/QD-UBND    Song Hong, ngay 16 thang 12 nam 2025', '', 'QUYET DINH',
        'Ve viec nang bac luong truoc thoi han do lap thanh tich xuat sac trong thuc hien nhiem vu nam 2025', '',
        'Dieu 1. Nang bac luong truoc thoi han 12 thang doi voi 09 cong chuc co ten tai danh sach kem theo.',
        'Dieu 2. Thoi gian huong: tu ngay 01/01/2026.',
        'Dieu 3. Chanh Van phong UBND tinh, Giam doc So Noi vu va cac co quan lien quan chiu trach nhiem thi hanh.', '',
        'CHU TICH', 'Nguyen Hong Phong'])],
),
dict(
    file='quyet-dinh-stttt-thanh-lap-to-ung-cuu-su-co', kind='quyet-dinh', tags=['it-security'], client='zimbra', date='2025-02-11 11:45',
    **{'from': 'Văn phòng Sở TT&TT <vanphong@stttt.songhong.gov.vn>'},
    to=['cntt@stttt.songhong.gov.vn', 'ttcntt@stttt.songhong.gov.vn'],
    cc=['binhvt@stttt.songhong.gov.vn'],
    subject='Gửi QĐ kiện toàn Đội ứng cứu sự cố an toàn thông tin mạng tỉnh năm 2025',
    text='''Kính gửi: Phòng CNTT; Trung tâm CNTT-TT.

Văn phòng Sở gửi Quyết định số 37/QĐ-STTTT ngày 10/02/2025 của Giám đốc Sở về việc kiện toàn Đội ứng cứu sự cố an toàn thông tin mạng tỉnh Sông Hồng năm 2025 (gồm 17 thành viên, trong đó 05 thành viên là cán bộ kỹ thuật của các doanh nghiệp viễn thông trên địa bàn).

Đề nghị các thành viên cập nhật số điện thoại trực 24/7 vào nhóm điều phối và tham gia buổi diễn tập dự kiến tổ chức trong tháng 4/2025.

Văn phòng Sở TT&TT''',
    att=[('pdf', '37-QĐ-STTTT kiện toàn đội ứng cứu.pdf', [
        'UBND TINH SONG HONG', 'SO THONG TIN VA TRUYEN THONG', 'So: 37/QD-STTTT', '', 'QUYET DINH',
        'Ve viec kien toan Doi ung cuu su co an toan thong tin mang tinh Song Hong nam 2025', '',
        'Dieu 1. Kien toan Doi ung cuu su co gom 17 thanh vien (danh sach kem theo).',
        'Dieu 2. Doi co nhiem vu tiep nhan, dieu phoi, xu ly su co ATTT mang tren dia ban tinh.',
        'Dieu 3. Quyet dinh co hieu luc tu ngay ky.', '', 'GIAM DOC', 'Ta Van Long'])],
),
dict(
    file='quyet-dinh-stc-giao-du-toan-2026-don-vi', kind='quyet-dinh', tags=['finance'], client='outlook-ex', date='2026-01-06 09:14',
    **{'from': 'Phòng Tài chính HCSN - Sở Tài chính <hcsn@stc.songhong.gov.vn>'},
    to=['Phòng Kế hoạch - Tài chính Sở Y tế <khtc@syt.songhong.gov.vn>'],
    subject='Quyết định giao dự toán thu, chi ngân sách năm 2026 - Sở Y tế',
    text='''Kính gửi Phòng Kế hoạch - Tài chính, Sở Y tế,

Phòng HCSN gửi Quyết định số 12/QĐ-STC ngày 05/01/2026 giao dự toán thu, chi ngân sách nhà nước năm 2026 cho Sở Y tế và biểu chi tiết theo đơn vị dự toán trực thuộc.

Tổng dự toán chi thường xuyên giao: 1.146.380 triệu đồng, trong đó kinh phí thực hiện tự chủ 612.450 triệu đồng; kinh phí không thực hiện tự chủ 533.930 triệu đồng (gồm mua sắm, sửa chữa 87.600 triệu đồng).

Đề nghị Sở Y tế phân bổ, giao dự toán cho các đơn vị trực thuộc và công khai theo quy định trong thời hạn 15 ngày; gửi quyết định phân bổ về Sở Tài chính để thẩm tra.

Trân trọng.

Lại Văn Phúc
Trưởng phòng Tài chính HCSN''',
    att=[('pdf', 'QĐ 12-STC giao dự toán 2026 SYT.pdf', [
        'UBND TINH SONG HONG', 'SO TAI CHINH', 'So: 12/QD-STC    Song Hong, ngay 05 thang 01 nam 2026', '', 'QUYET DINH',
        'Ve viec giao du toan thu, chi ngan sach nha nuoc nam 2026', '',
        'Dieu 1. Giao du toan chi thuong xuyen nam 2026 cho So Y te: 1.146.380 trieu dong.',
        'Dieu 2. So Y te phan bo, giao du toan cho cac don vi truc thuoc trong 15 ngay.', '', 'GIAM DOC', 'Nguyen Dinh Hoan']),
         ('xlsx', 'Bieu chi tiet du toan 2026 - SYT.xlsx', [
        ['Đơn vị', 'Tự chủ (triệu đồng)', 'Không tự chủ (triệu đồng)', 'Tổng'],
        ['Văn phòng Sở Y tế', 8420, 3150, 11570], ['Bệnh viện đa khoa tỉnh', 196300, 182700, 379000],
        ['CDC tỉnh', 48900, 61220, 110120], ['TTYT các huyện, TP', 358830, 286860, 645690]], 'Du toan')],
),
dict(
    file='quyet-dinh-snv-khen-thuong-chuyen-de', kind='quyet-dinh', tags=['hr'], client='thunderbird', date='2025-09-05 16:40',
    **{'from': 'Ban Thi đua - Khen thưởng <tdkt@snv.songhong.gov.vn>'},
    to=['vanthu@sgddt.songhong.gov.vn'],
    subject='QĐ khen thưởng thành tích xuất sắc trong tổ chức Kỳ thi tốt nghiệp THPT 2025',
    text='''Kính gửi Sở Giáo dục và Đào tạo,

Ban Thi đua - Khen thưởng gửi Quyết định số 1932/QĐ-UBND ngày 04/9/2025 của Chủ tịch UBND tỉnh tặng Bằng khen cho 6 tập thể và 21 cá nhân có thành tích xuất sắc trong tổ chức Kỳ thi tốt nghiệp THPT năm 2025.

Lễ trao sẽ kết hợp tại Hội nghị tổng kết năm học của ngành (dự kiến ngày 12/9). Phôi bằng khen đã in, đề nghị Sở cử cán bộ đến nhận tại Ban trước ngày 10/9, khi đi mang theo giấy giới thiệu.

Trân trọng,
Phạm Ngọc Ánh - Chuyên viên Ban TĐKT''',
    att=[('pdf', '1932-QD-UBND khen thuong ky thi TN THPT 2025.pdf', [
        'CHU TICH UY BAN NHAN DAN TINH SONG HONG', 'So: 1932/QD-UBND', '', 'QUYET DINH',
        'Ve viec tang Bang khen cua Chu tich UBND tinh', '',
        'Dieu 1. Tang Bang khen cua Chu tich UBND tinh cho 06 tap the va 21 ca nhan (danh sach kem theo)',
        'da co thanh tich xuat sac trong to chuc Ky thi tot nghiep THPT nam 2025.',
        'Dieu 2. Kinh phi khen thuong chi tu Quy thi dua, khen thuong cua tinh.', '', 'KT. CHU TICH', 'PHO CHU TICH'])],
),
dict(
    file='quyet-dinh-hoanglong-phe-duyet-quyet-toan-du-an', kind='quyet-dinh', tags=['finance', 'district'], client='zimbra', enc='b64', html_enc='b64', date='2025-05-20 10:02',
    **{'from': 'Phòng Tài chính - Kế hoạch huyện Hoàng Long <tckh@hoanglong.songhong.gov.vn>'},
    to=['ubnd@anphu.hoanglong.songhong.gov.vn'],
    cc=['Kho bạc Nhà nước Hoàng Long <kbhoanglong@vst.gov.vn>'],
    subject='QĐ phê duyệt quyết toán dự án hoàn thành: Nhà văn hóa thôn Đông Xá, xã An Phú',
    text='''Kính gửi: UBND xã An Phú (chủ đầu tư)

Phòng Tài chính - Kế hoạch gửi Quyết định số 1190/QĐ-UBND ngày 19/5/2025 của UBND huyện phê duyệt quyết toán dự án hoàn thành công trình Nhà văn hóa thôn Đông Xá, xã An Phú:

- Giá trị đề nghị quyết toán: 2.486.714.000 đồng;
- Giá trị quyết toán được duyệt: 2.451.209.000 đồng (giảm 35.505.000 đồng do điều chỉnh khối lượng đào đắp và đơn giá thép);
- Vốn đã thanh toán: 2.300.000.000 đồng; còn phải thanh toán: 151.209.000 đồng.

Đề nghị UBND xã hoàn tất thủ tục thanh toán phần còn lại cho nhà thầu và tất toán tài khoản dự án tại Kho bạc.

Phòng TC-KH huyện Hoàng Long''',
    att=[('pdf', '1190-QD-UBND quyet toan NVH Dong Xa.pdf', [
        'UY BAN NHAN DAN HUYEN HOANG LONG', 'So: 1190/QD-UBND', '', 'QUYET DINH',
        'Phe duyet quyet toan du an hoan thanh: Nha van hoa thon Dong Xa, xa An Phu', '',
        'Gia tri quyet toan duoc duyet: 2.451.209.000 dong.', 'Von da thanh toan: 2.300.000.000 dong.',
        'Con phai thanh toan: 151.209.000 dong.', '', 'KT. CHU TICH', 'PHO CHU TICH', 'Ly Thi Hoa'])],
),
dict(
    file='quyet-dinh-sgddt-cu-can-bo-di-boi-duong', kind='quyet-dinh', tags=['hr'], client='roundcube', date='2024-10-15 14:17',
    **{'from': 'Phòng Tổ chức cán bộ - Sở GD&ĐT <tccb@sgddt.songhong.gov.vn>'},
    to=['thpt.hoanglong@edu.songhong.gov.vn'],
    subject='QĐ cử viên chức tham gia bồi dưỡng cán bộ quản lý trường phổ thông',
    text='''Kính gửi Hiệu trưởng Trường THPT Hoàng Long,

Phòng TCCB gửi Quyết định số 884/QĐ-SGDĐT ngày 14/10/2024 của Giám đốc Sở về việc cử viên chức tham gia lớp bồi dưỡng cán bộ quản lý trường phổ thông (khóa 2), trong đó trường có 02 đồng chí:
- Thầy Ngô Quốc Bảo, Tổ trưởng tổ Toán;
- Cô Lương Thị Thanh Xuân, Tổ trưởng tổ Ngữ văn.

Lớp học tại Trường Chính trị tỉnh từ 21/10 đến 29/11/2024 (học các buổi chiều thứ Năm, thứ Sáu và cả ngày thứ Bảy). Đề nghị nhà trường bố trí, sắp xếp thời khóa biểu để hai đồng chí tham gia đầy đủ.

Phòng TCCB - Sở GD&ĐT''',
    att=[('docx', 'QĐ 884 cử đi bồi dưỡng CBQL.docx', [
        'UBND TỈNH SÔNG HỒNG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 884/QĐ-SGDĐT',
        '**QUYẾT ĐỊNH**', 'Về việc cử viên chức tham gia lớp bồi dưỡng cán bộ quản lý trường phổ thông (khóa 2)',
        'Điều 1. Cử 38 viên chức (có danh sách kèm theo) tham gia lớp bồi dưỡng từ ngày 21/10 đến 29/11/2024 tại Trường Chính trị tỉnh.',
        'Điều 2. Viên chức được cử đi học được hưởng nguyên lương và các chế độ theo quy định.',
        'Điều 3. Trưởng phòng TCCB, Thủ trưởng các đơn vị có viên chức được cử đi học chịu trách nhiệm thi hành Quyết định này.'])],
),
dict(
    file='quyet-dinh-syt-quy-che-chi-tieu-noi-bo', kind='quyet-dinh', tags=['finance'], client='outlook', date='2025-03-04 08:37',
    **{'from': 'Văn phòng Sở Y tế <vanphong@syt.songhong.gov.vn>'},
    to=['canbo@syt.songhong.gov.vn'],
    subject='Ban hành Quy chế chi tiêu nội bộ năm 2025 của Văn phòng Sở',
    text='''Kính gửi toàn thể công chức, người lao động cơ quan Sở,

Văn phòng gửi Quyết định số 215/QĐ-SYT ngày 03/3/2025 ban hành Quy chế chi tiêu nội bộ và quản lý, sử dụng tài sản công năm 2025 của cơ quan Sở Y tế. Một số điểm thay đổi so với năm 2024:

1. Công tác phí khoán: tăng từ 300.000 lên 500.000 đồng/tháng đối với công chức thường xuyên đi cơ sở (danh sách do Văn phòng trình).
2. Văn phòng phẩm: khoán theo phòng, không cấp phát theo đề xuất lẻ.
3. Điện thoại công vụ: thực hiện theo mức khoán mới tại Phụ lục 3.
4. Thu nhập tăng thêm từ kinh phí tiết kiệm được chi trả 02 lần trong năm (tháng 7 và tháng 12).

Quy chế đã được thông qua tại Hội nghị cán bộ, công chức ngày 21/02/2025. Đề nghị mọi người đọc kỹ, có thắc mắc liên hệ chị Diệp, kế toán cơ quan (máy lẻ 208).

Văn phòng Sở Y tế''',
),
dict(
    file='quyet-dinh-xa-anphu-ban-chi-dao-chuyen-doi-so', kind='quyet-dinh', tags=['commune'], client='roundcube', enc='qp', date='2024-06-18 09:21',
    **{'from': 'Văn phòng UBND xã An Phú <vanphong@anphu.hoanglong.songhong.gov.vn>'},
    to=['vhtt@hoanglong.songhong.gov.vn'],
    subject='Gửi QĐ thành lập Ban chỉ đạo chuyển đổi số và Tổ công nghệ số cộng đồng xã An Phú',
    text='''Kính gửi Phòng Văn hóa và Thông tin huyện,

Thực hiện hướng dẫn của Phòng, UBND xã An Phú gửi các quyết định:
1. QĐ số 96/QĐ-UBND ngày 14/6/2024 thành lập Ban chỉ đạo chuyển đổi số xã (9 thành viên, đồng chí Chủ tịch UBND xã làm Trưởng ban);
2. QĐ số 97/QĐ-UBND ngày 14/6/2024 thành lập 7 Tổ công nghệ số cộng đồng tại 7 thôn, tổng cộng 52 thành viên (trưởng thôn, đoàn viên thanh niên, hội viên phụ nữ, công an viên).

Xã đã tổ chức ra mắt các tổ ngày 16/6 và bắt đầu hướng dẫn người dân cài ứng dụng định danh điện tử, thanh toán không dùng tiền mặt.

Trân trọng.
Phạm Thị Huế - Công chức Văn hóa - Xã hội xã An Phú''',
    att=[('pdf', 'QD 96 97 BCĐ CĐS va To CNSCĐ.pdf', [
        'UY BAN NHAN DAN XA AN PHU', 'So: 96/QD-UBND    An Phu, ngay 14 thang 6 nam 2024', '', 'QUYET DINH',
        'Ve viec thanh lap Ban chi dao chuyen doi so xa An Phu', '',
        'Dieu 1. Thanh lap Ban chi dao chuyen doi so xa An Phu gom 09 thanh vien.',
        'Dieu 2. Ban chi dao co nhiem vu chi dao, dieu phoi cac hoat dong chuyen doi so tren dia ban xa.',
        '', 'TM. UY BAN NHAN DAN', 'CHU TICH', 'Nguyen Van Son'])],
),

# ------------------------------------------------------------------ tờ trình
dict(
    file='to-trinh-stttt-nang-cap-trung-tam-du-lieu', kind='to-trinh', client='outlook-ex', date='2025-05-28 17:12',
    **{'from': 'Sở Thông tin và Truyền thông <vanthu@stttt.songhong.gov.vn>'},
    to=['Văn phòng UBND tỉnh <vanthu@songhong.gov.vn>'],
    cc=['Sở Tài chính <vanthu@stc.songhong.gov.vn>'],
    subject='Tờ trình đề nghị phê duyệt chủ trương đầu tư dự án nâng cấp Trung tâm dữ liệu tỉnh',
    text='''Kính gửi: Ủy ban nhân dân tỉnh.

Sở Thông tin và Truyền thông trình UBND tỉnh xem xét, phê duyệt chủ trương đầu tư dự án "Nâng cấp Trung tâm dữ liệu tỉnh Sông Hồng, giai đoạn 2026-2027" (Tờ trình số 58/TTr-STTTT ngày 27/5/2025 kèm hồ sơ).

Tóm tắt:
- Mục tiêu: tăng năng lực lưu trữ lên 600 TB, bổ sung hạ tầng ảo hóa dự phòng tại điểm thứ hai (trụ sở Sở Tài chính), đáp ứng yêu cầu an toàn hệ thống thông tin cấp độ 4 cho các hệ thống dùng chung;
- Tổng mức đầu tư dự kiến: 48,7 tỷ đồng, nguồn vốn ngân sách tỉnh;
- Thời gian thực hiện: 2026-2027.

Sở Tài chính đã có ý kiến thẩm định nguồn vốn tại Công văn số 1532/STC-ĐT. Kính trình UBND tỉnh xem xét, quyết định./.

Sở Thông tin và Truyền thông tỉnh Sông Hồng''',
    att=[('pdf', 'TTr 58-STTTT chu truong dau tu TTDL.pdf', [
        'UBND TINH SONG HONG', 'SO THONG TIN VA TRUYEN THONG', 'So: 58/TTr-STTTT    Song Hong, ngay 27 thang 5 nam 2025', '', 'TO TRINH',
        'De nghi phe duyet chu truong dau tu du an Nang cap Trung tam du lieu tinh Song Hong, giai doan 2026-2027', '',
        'Kinh gui: Uy ban nhan dan tinh.', '', 'Tong muc dau tu du kien: 48,7 ty dong.', 'Nguon von: ngan sach tinh.',
        'Thoi gian thuc hien: 2026-2027.', '', 'GIAM DOC', 'Ta Van Long'])],
),
dict(
    file='to-trinh-stc-bo-sung-kinh-phi-phong-chong-dich', kind='to-trinh', tags=['finance'], client='outlook', date='2025-08-12 16:30',
    **{'from': 'Phạm Quang Vinh - Sở Tài chính <vinhpq@stc.songhong.gov.vn>'},
    to=['Lương Văn Tuấn <tuanlv@songhong.gov.vn>'],
    cc=['hcsn@stc.songhong.gov.vn'],
    subject='Dự thảo Tờ trình bổ sung kinh phí phòng, chống dịch SXH - xin ý kiến VP trước khi ký',
    text='''Anh Tuấn thân mến,

Em gửi anh dự thảo Tờ trình của Sở Tài chính về việc bổ sung dự toán năm 2025 cho Sở Y tế để mua hóa chất, vật tư phòng chống sốt xuất huyết (3,2 tỷ đồng từ nguồn dự phòng ngân sách tỉnh).

Bên em đã rà soát lại theo ý kiến của Phó Chủ tịch tại cuộc họp ngày 08/8: tách riêng phần kinh phí cho các huyện tự bảo đảm, ngân sách tỉnh chỉ hỗ trợ phần hóa chất phun tại ổ dịch và test nhanh cho tuyến tỉnh.

Anh xem giúp em phần căn cứ và lời văn trước khi em trình Giám đốc ký chính thức nhé. Chiều mai em phải gửi rồi.

Cảm ơn anh!

Vinh
PGĐ Sở Tài chính - 0913 552 780''',
    att=[('docx', 'Du thao TTr bo sung KP phong chong SXH.docx', [
        'UBND TỈNH SÔNG HỒNG', 'SỞ TÀI CHÍNH', 'Số: /TTr-STC (dự thảo)',
        '**TỜ TRÌNH**', 'Về việc bổ sung dự toán năm 2025 cho Sở Y tế để thực hiện phòng, chống dịch sốt xuất huyết',
        'Kính gửi: Ủy ban nhân dân tỉnh.',
        'Căn cứ Luật Ngân sách nhà nước; căn cứ đề nghị của Sở Y tế tại Công văn số 1455/SYT-KHTC ngày 05/8/2025;',
        'Sở Tài chính kính trình UBND tỉnh xem xét bổ sung dự toán 3.200 triệu đồng từ nguồn dự phòng ngân sách tỉnh năm 2025 cho Sở Y tế.',
        'Kính trình UBND tỉnh xem xét, quyết định./.'])],
),
dict(
    file='to-trinh-snv-de-nghi-tang-huan-chuong-lao-dong', kind='to-trinh', tags=['hr'], client='zimbra', date='2025-04-22 15:50',
    **{'from': 'Ban Thi đua - Khen thưởng <tdkt@snv.songhong.gov.vn>'},
    to=['vanthu@songhong.gov.vn'],
    subject='TTr đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 03 tập thể, 02 cá nhân',
    text='''Kính gửi: Văn phòng UBND tỉnh

Ban Thi đua - Khen thưởng (Sở Nội vụ) gửi Tờ trình số 47/TTr-BTĐKT ngày 22/4/2025 đề nghị UBND tỉnh trình Thủ tướng Chính phủ đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho:
- Bệnh viện đa khoa tỉnh Sông Hồng;
- Trường THPT chuyên Sông Hồng;
- Trung tâm Công nghệ thông tin và Truyền thông (Sở TT&TT);
- Ông Nguyễn Hữu Thắng, Trưởng khoa Hồi sức tích cực, BVĐK tỉnh;
- Bà Cao Thị Bích Liên, Giám đốc Sở GD&ĐT.

Hồ sơ đã được Hội đồng Thi đua - Khen thưởng tỉnh thông qua với tỷ lệ phiếu đồng ý 100%, đã lấy ý kiến Ủy ban MTTQ tỉnh và công khai trên Cổng thông tin điện tử tỉnh 10 ngày.

Kính đề nghị Văn phòng trình lãnh đạo UBND tỉnh ký tờ trình gửi Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương) trước 30/4/2025.''',
    att=[('pdf', 'TTr 47 de nghi HCLD hang Ba.pdf', [
        'SO NOI VU TINH SONG HONG', 'BAN THI DUA - KHEN THUONG', 'So: 47/TTr-BTDKT', '', 'TO TRINH',
        'De nghi Chu tich nuoc tang Huan chuong Lao dong hang Ba', '',
        'Kinh gui: Uy ban nhan dan tinh.', 'De nghi khen thuong 03 tap the, 02 ca nhan co thanh tich xuat sac giai doan 2020-2024.',
        '', 'TRUONG BAN', 'Nguyen Thi Thanh Tam'])],
),
dict(
    file='to-trinh-hoanglong-gui-anh-ban-sua', kind='to-trinh', tags=['district', 'staff-short'], client='zimbra', date='2025-11-03 11:27',
    **{'from': 'Vương Thị Ngọc - Phòng TC-KH <ngocvt@hoanglong.songhong.gov.vn>'},
    to=['Đỗ Mạnh Cường <cuongdm@hoanglong.songhong.gov.vn>'],
    subject='Re: Tờ trình điều chỉnh dự toán xây dựng trường mầm non Đông Hưng',
    in_reply_to='<1433208871.2210457.1762070911000.JavaMail.zimbra@hoanglong.songhong.gov.vn>',
    text='''Gửi anh bản sửa, anh xem giúp em.

Em đã sửa theo ý anh: bỏ đoạn căn cứ Nghị định cũ, cập nhật số liệu khối lượng phát sinh theo biên bản hiện trường ngày 28/10, tổng dự toán sau điều chỉnh còn 11,62 tỷ (giảm 0,17 tỷ so với bản hôm thứ Sáu). Phần phụ lục em để nguyên.

Em Ngọc

----- Original Message -----
From: "Đỗ Mạnh Cường" <cuongdm@hoanglong.songhong.gov.vn>
To: "Vương Thị Ngọc" <ngocvt@hoanglong.songhong.gov.vn>
Sent: Sunday, November 2, 2025 3:08:31 PM
Subject: Tờ trình điều chỉnh dự toán xây dựng trường mầm non Đông Hưng

Ngọc ơi, sáng mai sửa lại tờ trình như anh ghi chú trong file nhé, nhất là phần căn cứ và số liệu khối lượng phát sinh. Trước 12h gửi lại anh để chiều anh trình Phó Chủ tịch.
Cường''',
    att=[('docx', 'TTr dieu chinh du toan MN Dong Hung (ban sua 03-11).docx', [
        'UBND HUYỆN HOÀNG LONG', 'PHÒNG TÀI CHÍNH - KẾ HOẠCH', 'Số: /TTr-TCKH',
        '**TỜ TRÌNH**', 'Về việc phê duyệt điều chỉnh dự toán xây dựng công trình Trường mầm non xã Đông Hưng',
        'Kính gửi: Ủy ban nhân dân huyện.',
        'Căn cứ biên bản xác nhận khối lượng phát sinh tại hiện trường ngày 28/10/2025;',
        'Phòng Tài chính - Kế hoạch kính trình UBND huyện phê duyệt điều chỉnh tổng dự toán công trình là 11.620 triệu đồng.'])],
),
dict(
    file='to-trinh-syt-mua-sam-thuoc-tap-trung', kind='to-trinh', tags=['finance'], client='outlook', date='2024-11-26 10:05',
    **{'from': 'Sở Y tế tỉnh Sông Hồng <vanthu@syt.songhong.gov.vn>'},
    to=['vanthu@songhong.gov.vn'],
    cc=['vanthu@stc.songhong.gov.vn'],
    subject='Tờ trình phê duyệt kế hoạch lựa chọn nhà thầu cung cấp thuốc tập trung cấp địa phương năm 2025-2026',
    text='''Kính gửi: Ủy ban nhân dân tỉnh

Sở Y tế gửi Tờ trình số 163/TTr-SYT ngày 25/11/2024 đề nghị phê duyệt kế hoạch lựa chọn nhà thầu gói thầu cung cấp thuốc generic thuộc danh mục mua sắm tập trung cấp địa phương năm 2025-2026 cho các cơ sở y tế công lập trên địa bàn tỉnh.

- Số lượng: 612 mặt hàng thuốc, chia 5 nhóm tiêu chí kỹ thuật;
- Giá gói thầu: 386,4 tỷ đồng;
- Hình thức lựa chọn: đấu thầu rộng rãi qua mạng, một giai đoạn hai túi hồ sơ;
- Thời gian thực hiện hợp đồng: 24 tháng.

Hồ sơ kèm theo gồm: tờ trình, dự thảo quyết định, báo cáo thẩm định của Sở Tài chính. Kính trình UBND tỉnh xem xét, phê duyệt./.

Văn thư Sở Y tế''',
    att=[('pdf', 'TTr 163-SYT KHLCNT thuoc tap trung.pdf', [
        'UBND TINH SONG HONG', 'SO Y TE', 'So: 163/TTr-SYT', '', 'TO TRINH',
        'Phe duyet ke hoach lua chon nha thau cung cap thuoc tap trung cap dia phuong nam 2025-2026', '',
        'Gia goi thau: 386,4 ty dong; 612 mat hang, 05 nhom tieu chi ky thuat.', 'Hinh thuc: dau thau rong rai qua mang.', '',
        'GIAM DOC', 'BS.CKII Luu Duc Hanh'])],
),
dict(
    file='to-trinh-bengiang-dieu-chinh-quy-hoach-phan-khu', kind='to-trinh', tags=['district'], client='thunderbird', date='2026-02-09 14:44',
    **{'from': 'UBND TP Bến Giang <vanthu@bengiang.songhong.gov.vn>'},
    to=['vanthu@songhong.gov.vn'],
    subject='TTr điều chỉnh cục bộ quy hoạch phân khu số 4 (khu vực ven sông Trà)',
    text='''Kính gửi: UBND tỉnh Sông Hồng (qua Văn phòng UBND tỉnh)

UBND thành phố Bến Giang gửi Tờ trình số 31/TTr-UBND ngày 09/02/2026 đề nghị UBND tỉnh phê duyệt điều chỉnh cục bộ Quy hoạch phân khu số 4, tỷ lệ 1/2000 (khu vực ven sông Trà).

Nội dung điều chỉnh: chuyển 2,8 ha đất hỗn hợp sang đất cây xanh công cộng và bãi đỗ xe; bổ sung 01 tuyến đường nội bộ rộng 13,5 m kết nối với đường vành đai 2. Việc điều chỉnh không làm tăng dân số quy hoạch, không làm thay đổi tính chất phân khu.

Hồ sơ đã lấy ý kiến cộng đồng dân cư phường Ngọc Lâm và có văn bản thống nhất của Sở Xây dựng. Bản vẽ khổ lớn được gửi qua đường bưu chính.

Trân trọng.

Văn phòng HĐND và UBND thành phố Bến Giang''',
),
dict(
    file='to-trinh-sgddt-muc-thu-hoc-phi', kind='to-trinh', tags=['finance'], client='outlook-ex', date='2025-06-30 18:05',
    **{'from': 'Sở Giáo dục và Đào tạo tỉnh Sông Hồng <vanthu@sgddt.songhong.gov.vn>'},
    to=['Văn phòng UBND tỉnh <vanthu@songhong.gov.vn>'],
    subject='Tờ trình dự thảo Nghị quyết HĐND tỉnh quy định mức thu học phí năm học 2025-2026',
    text='''Kính gửi: Ủy ban nhân dân tỉnh

Sở Giáo dục và Đào tạo kính trình UBND tỉnh dự thảo Tờ trình và dự thảo Nghị quyết của HĐND tỉnh quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2025-2026 (hồ sơ kèm theo).

Nội dung chủ yếu: giữ ổn định mức thu như năm học 2024-2025 đối với giáo dục mầm non và THPT; miễn học phí đối với học sinh THCS theo chủ trương chung; mức thu cụ thể theo 3 vùng (thành thị; nông thôn; vùng bãi ven sông) từ 50.000 đến 300.000 đồng/học sinh/tháng.

Dự thảo đã được Sở Tư pháp thẩm định và lấy ý kiến các sở, ngành, UBND các huyện. Kính đề nghị UBND tỉnh xem xét trình HĐND tỉnh tại kỳ họp thường lệ giữa năm.

Sở Giáo dục và Đào tạo''',
    att=[('docx', 'Dự thảo NQ học phí 2025-2026.docx', [
        'HỘI ĐỒNG NHÂN DÂN TỈNH SÔNG HỒNG', 'DỰ THẢO', 'Số: /2025/NQ-HĐND',
        '**NGHỊ QUYẾT**', 'Quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2025-2026',
        'Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng.',
        'Điều 2. Mức thu học phí: thành thị 300.000 đồng; nông thôn 150.000 đồng; vùng bãi ven sông 50.000 đồng/học sinh/tháng (THPT).',
        'Điều 3. Tổ chức thực hiện.'])],
),
dict(
    file='to-trinh-xa-anphu-nong-thon-moi-nang-cao', kind='to-trinh', tags=['commune', 'odd-charset'], client='outlook',
    charset='windows-1258', enc='qp', alt=False, xmailer='Microsoft Outlook 14.0', date='2025-10-21 09:40',
    **{'from': 'UBND xã An Phú <ubnd@anphu.hoanglong.songhong.gov.vn>'},
    to=['Văn phòng Điều phối NTM huyện <nongthonmoi@hoanglong.songhong.gov.vn>'],
    subject='TTr đề nghị thẩm tra, xét công nhận xã An Phú đạt chuẩn nông thôn mới nâng cao năm 2025',
    text='''Kính gửi: UBND huyện Hoàng Long (qua Văn phòng Điều phối nông thôn mới huyện)

UBND xã An Phú gửi Tờ trình số 52/TTr-UBND ngày 20/10/2025 đề nghị thẩm tra, xét công nhận xã đạt chuẩn nông thôn mới nâng cao năm 2025.

Kết quả tự đánh giá: xã đạt 19/19 tiêu chí nông thôn mới nâng cao; thu nhập bình quân đầu người năm 2025 ước đạt 68,4 triệu đồng; tỷ lệ hộ nghèo đa chiều còn 1,2%; 100% thôn có nhà văn hóa đạt chuẩn; tỷ lệ người dân tham gia bảo hiểm y tế 96,8%.

Hồ sơ gồm: tờ trình; báo cáo kết quả xây dựng NTM nâng cao; biên bản họp lấy ý kiến của MTTQ và các đoàn thể; báo cáo tổng hợp ý kiến tham gia của nhân dân. Bản giấy xã sẽ nộp trực tiếp tại Văn phòng Điều phối.

Trân trọng!
Nguyễn Văn Sơn - Chủ tịch UBND xã''',
),

# ------------------------------------------------------------------ replies
dict(
    file='tra-loi-da-em-nhan-duoc-roi-a', kind='tra-loi', tags=['staff-short'], client='outlook', date='2025-11-03 09:31',
    **{'from': 'Bùi Thị Ngân <nganbt@stttt.songhong.gov.vn>'},
    to=['Đặng Hữu Nghĩa <nghiadh@stttt.songhong.gov.vn>'],
    subject='RE: Tài liệu họp giao ban quý IV',
    in_reply_to='<0a1c01dc4c5b$1e2f3a40$5a8dae c0$@stttt.songhong.gov.vn>'.replace(' ', ''),
    text='''Dạ em nhận được rồi ạ. Em in 15 bộ để sẵn ở phòng họp tầng 3 trước 13h30 anh nhé.

Ngân

From: Đặng Hữu Nghĩa <nghiadh@stttt.songhong.gov.vn>
Sent: Monday, November 3, 2025 9:15 AM
To: Bùi Thị Ngân <nganbt@stttt.songhong.gov.vn>
Subject: Tài liệu họp giao ban quý IV

Ngân in giúp anh tài liệu họp giao ban chiều nay nhé (file báo cáo quý III và dự thảo chương trình công tác quý IV anh để trên thư mục chung của phòng).

Anh Nghĩa''',
),
dict(
    file='tra-loi-gmail-ca-nhan-gui-lai-file', kind='tra-loi', tags=['personal-gmail', 'staff-short'], client='gmail', enc='b64', date='2025-07-19 20:48',
    **{'from': 'Hoàng Văn Tới <toihv.1989@gmail.com>'},
    to=['Đặng Hữu Nghĩa <nghiadh@stttt.songhong.gov.vn>'],
    subject='Re: Số liệu điểm cầu hội nghị truyền hình cấp xã',
    in_reply_to='<3c2d01dbf88a$55a0b1c0$00e21540$@stttt.songhong.gov.vn>',
    text='''Dạ anh, em ở nhà nên dùng mail cá nhân, em gửi lại anh file số liệu đã cập nhật 42 điểm cầu cấp xã ạ. Thứ Hai em lên cơ quan sẽ gửi lại qua hộp thư công vụ để lưu.

Em Tới

Vào Th 7, 19 thg 7, 2025 vào lúc 17:02 Đặng Hữu Nghĩa <nghiadh@stttt.songhong.gov.vn> đã viết:
> Tới ơi, tối nay em gửi anh bảng số liệu điểm cầu cấp xã bản mới nhất nhé, sáng mai anh phải báo cáo Giám đốc.
> Anh Nghĩa''',
    att=[('xlsx', 'Diem cau HNTH cap xa - cap nhat 19-7.xlsx', [
        ['STT', 'Xã/phường', 'Huyện/TP', 'Đường truyền', 'Thiết bị', 'Tình trạng'],
        [1, 'Xã An Phú', 'Hoàng Long', 'TSLCD 20 Mbps', 'Camera + mic', 'Hoạt động'],
        [2, 'Xã Đông Hưng', 'Hoàng Long', 'TSLCD 20 Mbps', 'Camera + mic', 'Hoạt động'],
        [3, 'Phường Ngọc Lâm', 'Bến Giang', 'Cáp quang 100 Mbps', 'Bộ hội nghị', 'Hoạt động'],
        [4, 'Xã Tân Lập', 'Tân Lập', 'TSLCD 10 Mbps', 'Camera + mic', 'Chập chờn, đã báo VNPT']], 'Diem cau')],
),
dict(
    file='tra-loi-thaibinh-xac-nhan-lich-lam-viec', kind='tra-loi', tags=['other-province'], client='outlook-ex', date='2024-08-14 08:50', dkim=True,
    **{'from': 'Bùi Đức Thịnh - Sở TT&TT Thái Bình <thinhbd@stttt.thaibinh.gov.vn>'},
    to=['Vũ Thanh Bình <binhvt@stttt.songhong.gov.vn>'],
    cc=['vanphong@stttt.thaibinh.gov.vn'],
    subject='RE: V/v trao đổi kinh nghiệm vận hành hệ thống hội nghị truyền hình ba cấp',
    in_reply_to='<6e1a01daed42$7b9d1f10$72d75d30$@stttt.songhong.gov.vn>',
    text='''Kính gửi anh Bình,

Thay mặt đoàn công tác, em xin cảm ơn anh và Sở đã sắp xếp lịch làm việc. Đoàn Thái Bình xin xác nhận:
- Thời gian: 8h30 thứ Năm, 22/8/2024;
- Thành phần: 05 người, do anh Ngô Minh Đức - Giám đốc Sở trực tiếp dẫn đoàn (thay đổi so với công văn ban đầu);
- Đoàn mong được tham quan phòng điều khiển MCU và một điểm cầu cấp xã gần trung tâm, nếu thuận tiện.

Đoàn đi xe riêng, dự kiến ra về sau bữa trưa.

Trân trọng,
Bùi Đức Thịnh
Trưởng phòng BCVT&CNTT, Sở TT&TT Thái Bình
ĐT: 0227.3641.208

-----Original Message-----
From: Vũ Thanh Bình <binhvt@stttt.songhong.gov.vn>
Sent: Tuesday, August 13, 2024 4:40 PM
To: thinhbd@stttt.thaibinh.gov.vn
Subject: RE: V/v trao đổi kinh nghiệm vận hành hệ thống hội nghị truyền hình ba cấp

Chào anh Thịnh,
Sở TT&TT Sông Hồng sẵn sàng đón đoàn vào sáng thứ Năm 22/8. Anh xác nhận giúp thành phần đoàn để bên em chuẩn bị.
Bình''',
),
dict(
    file='tra-loi-khong-dau-tu-dien-thoai-chieu-gui', kind='tra-loi', tags=['no-diacritics', 'phone', 'staff-short'], client='iphone', date='2025-04-10 12:06',
    **{'from': 'Phan Minh Quan <quanpm@stttt.songhong.gov.vn>'},
    to=['Trần Thu Trang <trangtt@stttt.songhong.gov.vn>'],
    subject='Re: Gui so lieu may chu',
    in_reply_to='<2f0b4c1e-8d7a-4a55-b3a1-6c0e9d71f2aa@stttt.songhong.gov.vn>',
    text='''Ok chi, chieu nay e ve co quan e gui a. Sang nay e dang o huyen Hoang Long kiem tra phong may.

Gửi từ iPhone của tôi

> Vào 11:42, 10 thg 4, 2025, Trần Thu Trang <trangtt@stttt.songhong.gov.vn> đã viết:
>
> Quân ơi gửi chị số liệu máy chủ ảo đang chạy ở TTDL nhé, chị cần cho báo cáo DTI.''',
),
dict(
    file='tra-loi-donor-project-mixed-en', kind='tra-loi', tags=['mixed-en', 'donor'], client='outlook', date='2025-05-15 17:22',
    **{'from': 'Nguyễn Thị Lan - Sở TT&TT <lannt@stttt.songhong.gov.vn>'},
    to=['Ban QLDA Chính phủ điện tử <bqlda.cpdt@mpi.gov.vn>'],
    cc=['Vũ Thanh Bình <binhvt@stttt.songhong.gov.vn>'],
    subject='RE: [SH-eGov] Mid-term review mission - lịch làm việc tại Sông Hồng',
    in_reply_to='<7C41D09E2BA54F1F9E3A60B8C2D51F07@EXCH01.mpi.gov.vn>',
    text='''Dear Ms. Helen, dear chị Mai,

Thank you for the draft agenda. Sông Hồng DIC confirms the mission schedule as follows:

- 27 May (Tue) 08:30-11:30: working session with the provincial PMU at Sở TT&TT, meeting room 3rd floor;
- 27 May 14:00-16:30: site visit to the one-stop shop (Bộ phận Một cửa) of Hoàng Long district;
- 28 May 08:30-10:00: wrap-up with Phó Chủ tịch UBND tỉnh (to be confirmed by Văn phòng UBND tỉnh).

Về phía tỉnh, thành phần gồm: anh Vũ Thanh Bình (PGĐ Sở, Giám đốc dự án tỉnh), chị Lan (điều phối), đại diện Sở Tài chính và Sở Nội vụ. We will prepare the progress report (Vietnamese and English) and send it by 23 May.

Regarding interpretation: we will arrange an interpreter for the site visit; for the other sessions the PMU staff can support.

Best regards,
Nguyễn Thị Lan
Project Coordinator, Sông Hồng Department of Information and Communications
M: +84 986 114 902

From: Trịnh Thị Mai <bqlda.cpdt@mpi.gov.vn>
Sent: Wednesday, May 14, 2025 10:05 AM
To: lannt@stttt.songhong.gov.vn
Subject: [SH-eGov] Mid-term review mission - lịch làm việc tại Sông Hồng

Dear Lan,
The mid-term review mission will visit Sông Hồng on 27-28 May. Please find the draft agenda below and confirm or propose changes by Friday.
Chị Lan xem giúp chị lịch và báo lại nhé.
Mai''',
),
dict(
    file='tra-loi-hoanglong-dang-ky-so-luong-tap-huan', kind='tra-loi', tags=['district'], client='zimbra', date='2025-09-09 10:18',
    **{'from': 'Phòng Nội vụ huyện Hoàng Long <noivu@hoanglong.songhong.gov.vn>'},
    to=['ccvc@snv.songhong.gov.vn'],
    subject='Re: Đăng ký học viên lớp bồi dưỡng kỹ năng số cho công chức cấp xã',
    in_reply_to='<1187349902.4410231.1757037810000.JavaMail.zimbra@snv.songhong.gov.vn>',
    text='''Kính gửi Phòng CCVC - Sở Nội vụ,

Phòng Nội vụ huyện Hoàng Long gửi danh sách đăng ký học viên lớp bồi dưỡng kỹ năng số như sau:

[[table:0]]

Trường hợp lớp ở TP Bến Giang còn chỗ, huyện xin đăng ký thêm 04 công chức văn phòng - thống kê của các xã vùng bãi.

Trân trọng.
Mai Thị Thu - Phòng Nội vụ huyện

----- Original Message -----
From: ccvc@snv.songhong.gov.vn
To: "noivu" <noivu@hoanglong.songhong.gov.vn>
Sent: Friday, September 5, 2025 9:03:30 AM
Subject: Đăng ký học viên lớp bồi dưỡng kỹ năng số cho công chức cấp xã

Đề nghị Phòng Nội vụ đăng ký số lượng học viên (tối đa 25 người/huyện) trước 10/9.''',
    tables=[[
        ['Đơn vị', 'Số học viên', 'Chức danh'],
        ['Thị trấn Hoàng Long', 4, 'Văn phòng - thống kê, tư pháp - hộ tịch'],
        ['Xã An Phú', 3, 'Văn phòng - thống kê, văn hóa - xã hội'],
        ['Xã Đông Hưng', 3, 'Văn phòng - thống kê, địa chính'],
        ['Các xã còn lại', 15, 'Theo danh sách chi tiết'],
        ['Cộng', 25, '']]],
),
dict(
    file='tra-loi-da-nhan-cam-on-chi', kind='tra-loi', tags=['staff-short'], client='roundcube', date='2025-12-02 15:04',
    **{'from': 'Lê Thị Thu Hằng <hangltt@stc.songhong.gov.vn>'},
    to=['Bùi Thị Phương <phuongbt@syt.songhong.gov.vn>'],
    subject='Re: Bổ sung báo giá máy siêu âm',
    in_reply_to='<9b1de1a05f2c4e6d8a3f7c2b1e0d4a96@syt.songhong.gov.vn>',
    text='''Đã nhận đủ 3 báo giá, cảm ơn chị. Em sẽ tổng hợp vào biên bản thẩm định trong tuần này.

Hằng - Phòng HCSN

Vào 2025-12-02 14:37, Bùi Thị Phương đã viết:
> Chị gửi em 3 báo giá máy siêu âm bổ sung theo công văn của Sở Tài chính nhé.
> Phương - P.KHTC Sở Y tế''',
),
dict(
    file='tra-loi-chuoi-re-re-lich-kiem-tra', kind='tra-loi', client='thunderbird', alt=True, date='2026-03-05 16:48',
    **{'from': 'Đoàn Thị Hải Yến <yendth@syt.songhong.gov.vn>'},
    to=['Nguyễn Văn Trọng <trongnv@stc.songhong.gov.vn>'],
    cc=['khtc@syt.songhong.gov.vn'],
    subject='Re: Re: Lịch kiểm tra quyết toán tại Sở Y tế',
    in_reply_to='<5d2e8c14-77a0-4c19-9b3e-0f81d6e2a5c3@stc.songhong.gov.vn>',
    references='<a9c3e1b2-4f60-4d8e-b7a1-2e5c9d0f8b14@syt.songhong.gov.vn> <5d2e8c14-77a0-4c19-9b3e-0f81d6e2a5c3@stc.songhong.gov.vn>',
    text='''Anh Trọng,

Em đã báo lãnh đạo Sở, thống nhất Đoàn làm việc từ 9/3 theo kế hoạch. Riêng ngày 11/3 Kế toán trưởng bận dự họp ở Bộ Y tế, bên em cử chị Diệp (kế toán tổng hợp) làm việc thay. Hai đơn vị trực thuộc được chọn là BVĐK tỉnh và TTYT huyện Hoàng Long - em đã báo các đơn vị chuẩn bị hồ sơ.

Phòng họp tầng 4 bên em đã đặt cho Đoàn cả tuần.

Yến

Vào 05/03/2026 14:10, Nguyễn Văn Trọng đã viết:
> Chào Yến,
> Đoàn vẫn giữ lịch từ thứ Hai 9/3 nhé. Bên Yến cho anh biết đơn vị trực thuộc nào được chọn để bên anh bố trí người.
>
> Vào 04/03/2026 08:55, Đoàn Thị Hải Yến đã viết:
>> Anh Trọng ơi, lịch kiểm tra quyết toán có thay đổi gì không anh, để em báo lãnh đạo.''',
),
dict(
    file='tra-loi-gmail-ca-nhan-vao-th-2-da-viet', kind='tra-loi', tags=['personal-gmail', 'staff-short'], client='gmail', date='2026-11-02 22:10',
    **{'from': 'Trịnh Quốc Việt <trinhquocviet.hl@gmail.com>'},
    to=['Lý Thị Hoa <hoalt@hoanglong.songhong.gov.vn>'],
    subject='Re: Bài phát biểu khai mạc Hội nghị tổng kết NTM',
    in_reply_to='<2093118472.1830465.1762047012000.JavaMail.zimbra@hoanglong.songhong.gov.vn>',
    text='''Dạ chị, em sửa lại phần số liệu như chị dặn (thu nhập bình quân 63,5 triệu, 9/14 xã đạt NTM nâng cao) và rút ngắn đoạn cuối còn khoảng 5 phút đọc. Em gửi từ mail cá nhân vì máy ở nhà không vào được hộp thư công vụ, sáng mai em gửi lại bản chính thức ạ.

Em Việt

Vào Th 2, 2 thg 11, 2026 lúc 16:45 Lý Thị Hoa <hoalt@hoanglong.songhong.gov.vn> đã viết:
> Việt xem lại giúp chị bài phát biểu, cập nhật số liệu mới của Văn phòng Điều phối và cắt bớt cho gọn nhé. Tối nay gửi chị được không em?
> Chị Hoa''',
    att=[('docx', 'Bai phat bieu khai mac HN tong ket NTM (sua).docx', [
        'BÀI PHÁT BIỂU KHAI MẠC', 'Hội nghị tổng kết chương trình xây dựng nông thôn mới huyện Hoàng Long', '(Dự thảo - bản sửa 02/11)',
        'Kính thưa các đồng chí lãnh đạo tỉnh, thưa các vị đại biểu, thưa toàn thể hội nghị!',
        'Sau 5 năm triển khai, huyện Hoàng Long đã có 9/14 xã đạt chuẩn nông thôn mới nâng cao; thu nhập bình quân đầu người đạt 63,5 triệu đồng.',
        'Thay mặt UBND huyện, tôi xin tuyên bố khai mạc Hội nghị. Chúc Hội nghị thành công tốt đẹp!'])],
),
dict(
    file='tra-loi-stc-giai-trinh-so-lieu-chenh-lech', kind='tra-loi', tags=['finance'], client='outlook', date='2025-01-14 15:40',
    **{'from': 'Phòng Quản lý ngân sách - Sở Tài chính <qlns@stc.songhong.gov.vn>'},
    to=['Đỗ Thị Kim Oanh <ketoan.kv4@vst.gov.vn>'],
    subject='RE: Đối chiếu số liệu thu, chi ngân sách địa phương năm 2024 (lần 1)',
    in_reply_to='<8D3E21A74F0B4C6AA19D5E2F7B3C8E41@EX01.vst.gov.vn>',
    text='''Kính gửi chị Oanh,

Phòng QLNS đã đối chiếu, cơ bản khớp số liệu Kho bạc gửi. Có 02 khoản chênh lệch cần hai bên thống nhất:

1. Chi thường xuyên: số của Sở thấp hơn 12,4 tỷ đồng do khoản chi tạm ứng kinh phí diễn tập khu vực phòng thủ (huyện Hoàng Long) chưa được thanh toán tạm ứng khi lập báo cáo; đề nghị Kho bạc xác nhận lại trạng thái chứng từ;
2. Thu nội địa: chênh lệch 0,8 tỷ đồng ở khoản thu tiền thuê đất nộp một lần, do hạch toán nhầm mục lục ngân sách tại một đơn vị, Sở đã đề nghị điều chỉnh.

Bảng đối chiếu có ghi chú chi tiết gửi kèm. Nếu chị cần, sáng thứ Năm bên em có thể sang làm việc trực tiếp.

Trân trọng.
Nguyễn Văn Trọng - Phòng QLNS, Sở Tài chính
ĐT: 0915 204 688

From: Đỗ Thị Kim Oanh <ketoan.kv4@vst.gov.vn>
Sent: Wednesday, January 8, 2025 2:15 PM
To: qlns@stc.songhong.gov.vn
Subject: Đối chiếu số liệu thu, chi ngân sách địa phương năm 2024 (lần 1)

Kính gửi: Phòng Quản lý ngân sách - Sở Tài chính tỉnh Sông Hồng
Kho bạc Nhà nước gửi quý Phòng số liệu thu, chi ngân sách địa phương năm 2024 để đối chiếu lần 1...''',
    att=[('xlsx', 'Doi chieu NSDP 2024 - ghi chu STC.xlsx', [
        ['Chỉ tiêu', 'Số KBNN (triệu đồng)', 'Số Sở Tài chính (triệu đồng)', 'Chênh lệch', 'Ghi chú'],
        ['Tổng thu NSNN trên địa bàn', 9846200, 9845400, 800, 'Hạch toán nhầm mục lục - đã đề nghị điều chỉnh'],
        ['Tổng chi NSĐP', 15203500, 15191100, 12400, 'Tạm ứng diễn tập KVPT Hoàng Long'],
        ['- Chi thường xuyên', 10514900, 10502500, 12400, '']], 'Doi chieu')],
),
]
