# IT security notices, training invitations, surveys. Each letter is written on its own; see make-vi-eval.py.
LETTERS = [
dict(
    file='attt-doi-mat-khau-thu-cong-vu-dinh-ky', kind='an-toan-thong-tin', tags=['it-security', 'hard-ham'], client='outlook', date='2025-04-01 08:05',
    **{'from': 'Trung tâm CNTT-TT - Sở TT&TT <ttcntt@stttt.songhong.gov.vn>'},
    to=['canbo@songhong.gov.vn', 'canbo@stc.songhong.gov.vn', 'canbo@snv.songhong.gov.vn'],
    subject='Nhắc đổi mật khẩu hộp thư công vụ định kỳ quý II/2025',
    text='''Kính gửi cán bộ, công chức sử dụng hộp thư công vụ tỉnh,

Theo Quy chế quản lý, sử dụng hệ thống thư điện tử công vụ của tỉnh, mật khẩu hộp thư phải được thay đổi ít nhất 6 tháng/lần. Hệ thống ghi nhận nhiều tài khoản chưa đổi mật khẩu từ năm 2024.

Cách đổi: đăng nhập webmail tại địa chỉ quen thuộc https://mail.songhong.gov.vn (gõ trực tiếp trên trình duyệt, không bấm vào đường dẫn trong các thư lạ), vào Tùy chọn > Đổi mật khẩu.

Yêu cầu mật khẩu mới: tối thiểu 10 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt; không dùng lại 3 mật khẩu gần nhất; không dùng ngày sinh, số điện thoại.

Lưu ý quan trọng:
- Trung tâm CNTT-TT KHÔNG BAO GIỜ yêu cầu cán bộ gửi mật khẩu qua thư, điện thoại hay tin nhắn Zalo;
- Thư này không chứa đường dẫn đăng nhập nào khác ngoài địa chỉ webmail chính thức nêu trên;
- Nếu nhận được thư "hộp thư sắp bị khóa", "xác minh tài khoản" từ địa chỉ lạ, đề nghị chuyển tiếp về attt@stttt.songhong.gov.vn.

Hỗ trợ: 0221.3800.888 (giờ hành chính).

Trung tâm Công nghệ thông tin và Truyền thông''',
),
dict(
    file='attt-canh-bao-chien-dich-thu-gia-mao', kind='an-toan-thong-tin', tags=['it-security', 'hard-ham'], client='zimbra', date='2025-09-17 10:42',
    **{'from': 'Phòng CNTT - Sở Thông tin và Truyền thông <cntt@stttt.songhong.gov.vn>'},
    to=['vanthu@stc.songhong.gov.vn', 'vanthu@syt.songhong.gov.vn', 'vanthu@sgddt.songhong.gov.vn', 'vanthu@snv.songhong.gov.vn', 'vanthu@hoanglong.songhong.gov.vn', 'vanthu@bengiang.songhong.gov.vn'],
    subject='CẢNH BÁO: chiến dịch thư giả mạo văn bản của UBND tỉnh kèm tệp độc hại',
    text='''Kính gửi các cơ quan, đơn vị,

Từ ngày 15/9/2025, Trung tâm giám sát ATTT của tỉnh phát hiện một chiến dịch gửi thư giả mạo nhắm vào hộp thư công vụ. Đặc điểm nhận biết:
- Tiêu đề dạng "Công văn hỏa tốc về việc rà soát cán bộ", "Quyết định khen thưởng năm 2025", "Thông báo lương tháng 9";
- Người gửi hiển thị tên "Văn phòng UBND tỉnh" nhưng địa chỉ thực là tên miền lạ, không phải @songhong.gov.vn;
- Tệp đính kèm nén (.rar, .zip) có mật khẩu ghi trong nội dung thư, bên trong là tệp .exe hoặc .lnk giả biểu tượng Word, PDF;
- Một số thư dẫn tới trang đăng nhập giả giao diện webmail để lấy mật khẩu.

Đề nghị:
1. Không mở tệp đính kèm, không nhập mật khẩu theo các thư có dấu hiệu trên; xóa thư và báo về attt@stttt.songhong.gov.vn;
2. Cán bộ đã lỡ mở tệp: ngắt mạng máy tính ngay và gọi Tổ ứng cứu: 0915 338 021;
3. Văn thư các đơn vị lưu ý văn bản chính thức của UBND tỉnh đều gửi qua hệ thống QLVB và trục liên thông, có chữ ký số.

Cổng thư đã chặn tên miền và mẫu tệp đính kèm của chiến dịch; tuy nhiên kẻ tấn công thường thay đổi nhanh nên cần cảnh giác.

Phòng CNTT - Sở TT&TT Sông Hồng''',
),
dict(
    file='attt-cap-nhat-ban-va-microsoft-thang-2', kind='an-toan-thong-tin', tags=['it-security'], client='outlook-ex', date='2026-02-12 15:15',
    **{'from': 'Sở Thông tin và Truyền thông <vanthu@stttt.songhong.gov.vn>'},
    to=['vanthu@stc.songhong.gov.vn', 'vanthu@syt.songhong.gov.vn', 'vanthu@sgddt.songhong.gov.vn', 'vanthu@snv.songhong.gov.vn'],
    subject='V/v khẩn trương cập nhật bản vá bảo mật tháng 02/2026 cho hệ điều hành Windows',
    text='''Kính gửi: Các Sở, ban, ngành

Ngày 10/02/2026, Microsoft phát hành bản cập nhật bảo mật định kỳ, khắc phục nhiều lỗ hổng trong Windows, Office và Exchange Server, trong đó có 02 lỗ hổng mức nghiêm trọng đã có mã khai thác công khai.

Sở TT&TT đề nghị:
- Bộ phận CNTT các đơn vị kiểm tra và cài đặt bản vá cho 100% máy chủ, máy trạm chạy Windows trước ngày 20/02/2026; ưu tiên máy chủ có kết nối Internet;
- Đơn vị dùng máy chủ WSUS nội bộ duyệt bản vá ngay trong tuần;
- Các máy trạm đang dùng Windows 10 không còn được hỗ trợ: lập danh sách, đề xuất nâng cấp trong kế hoạch mua sắm năm 2026;
- Báo cáo kết quả (số máy đã vá/tổng số máy) qua hộp thư attt@stttt.songhong.gov.vn.

Danh sách chi tiết mã lỗ hổng và hướng dẫn kèm theo công văn.

Trân trọng./.
Sở Thông tin và Truyền thông tỉnh Sông Hồng''',
    att=[('pdf', 'CV 188-STTTT cập nhật bản vá 02-2026.pdf', [
        'UBND TINH SONG HONG', 'SO THONG TIN VA TRUYEN THONG', 'So: 188/STTTT-CNTT', '',
        'V/v khan truong cap nhat ban va bao mat thang 02/2026', '',
        'De nghi cac don vi cai dat ban va cho 100% may chu, may tram Windows truoc 20/02/2026.',
        'Phu luc: danh sach ma loi hong (CVE) va huong dan kiem tra.', '', 'KT. GIAM DOC', 'PHO GIAM DOC', 'Vu Thanh Binh'])],
),
dict(
    file='attt-trien-khai-xac-thuc-hai-lop', kind='an-toan-thong-tin', tags=['it-security', 'hard-ham'], client='roundcube', alt=True, date='2025-06-16 09:00',
    **{'from': 'Quản trị hệ thống thư điện tử công vụ <quantri.mail@stttt.songhong.gov.vn>'},
    to=['canbo@sgddt.songhong.gov.vn', 'canbo@syt.songhong.gov.vn'],
    subject='Từ 01/7/2025 bắt buộc xác thực hai lớp khi đăng nhập thư công vụ',
    text='''Kính gửi cán bộ, công chức, viên chức,

Thực hiện Kế hoạch bảo đảm an toàn thông tin năm 2025, từ ngày 01/7/2025 hệ thống thư điện tử công vụ tỉnh áp dụng bắt buộc xác thực hai lớp (mật khẩu + mã OTP) khi đăng nhập từ bên ngoài mạng nội bộ.

Các bước kích hoạt (làm một lần, khoảng 3 phút):
1. Cài ứng dụng tạo mã OTP trên điện thoại (bất kỳ ứng dụng xác thực phổ biến nào);
2. Đăng nhập webmail https://mail.songhong.gov.vn, vào Cài đặt > Bảo mật > Xác thực hai lớp;
3. Quét mã QR hiển thị trên màn hình, nhập mã 6 số để xác nhận;
4. Lưu lại 10 mã dự phòng ở nơi an toàn (không chụp ảnh gửi qua mạng xã hội).

Tài liệu hướng dẫn có hình ảnh: https://stttt.songhong.gov.vn/huong-dan/xac-thuc-hai-lop

Cán bộ cần hỗ trợ trực tiếp có thể đến phòng 204, Sở TT&TT vào các buổi chiều thứ Ba, thứ Năm trong tháng 6.

Quản trị hệ thống thư điện tử công vụ tỉnh''',
),
dict(
    file='attt-bao-tri-he-thong-thu-toi-thu-bay', kind='an-toan-thong-tin', tags=['it-security'], client='zimbra', date='2024-12-11 16:30',
    **{'from': 'Trung tâm CNTT-TT Sông Hồng <ttcntt@stttt.songhong.gov.vn>'},
    to=['vanthu@songhong.gov.vn', 'vanthu@stc.songhong.gov.vn', 'vanthu@syt.songhong.gov.vn', 'vanthu@hoanglong.songhong.gov.vn', 'vanthu@bengiang.songhong.gov.vn'],
    subject='Thông báo bảo trì, nâng cấp hệ thống thư điện tử công vụ tối thứ Bảy 14/12/2024',
    text='''Kính gửi các cơ quan, đơn vị,

Trung tâm CNTT-TT thông báo bảo trì, nâng cấp phần mềm máy chủ thư điện tử công vụ:
- Thời gian: từ 20h00 thứ Bảy 14/12/2024 đến 02h00 Chủ nhật 15/12/2024;
- Ảnh hưởng: không đăng nhập được webmail và ứng dụng thư trên điện thoại; thư gửi đến trong thời gian này được giữ ở máy chủ trung gian và chuyển vào hộp thư sau khi hoàn thành, không bị mất;
- Sau nâng cấp: giao diện webmail có thay đổi nhỏ; cán bộ dùng Outlook có thể phải nhập lại mật khẩu một lần.

Trung tâm sẽ không gửi bất kỳ thư nào yêu cầu "xác nhận tài khoản sau bảo trì". Nếu nhận được thư như vậy, đó là thư giả mạo.

Xin lỗi các đơn vị vì sự bất tiện.

Trung tâm Công nghệ thông tin và Truyền thông - Sở TT&TT''',
),
dict(
    file='attt-ais-canh-bao-lo-hong-thiet-bi-vpn', kind='an-toan-thong-tin', tags=['it-security', 'ministry'], client='outlook-ex', date='2024-04-15 11:20', dkim=True,
    **{'from': 'Trung tâm Giám sát an toàn không gian mạng quốc gia <ncsc@ais.gov.vn>'},
    to=['Sở Thông tin và Truyền thông tỉnh Sông Hồng <cntt@stttt.songhong.gov.vn>'],
    subject='[NCSC] Cảnh báo lỗ hổng nghiêm trọng trên thiết bị tường lửa/VPN - kiểm tra hệ thống',
    text='''Kính gửi: Sở Thông tin và Truyền thông tỉnh Sông Hồng

Qua hệ thống kỹ thuật, Trung tâm Giám sát an toàn không gian mạng quốc gia phát hiện 03 địa chỉ IP thuộc dải mạng của các cơ quan nhà nước tỉnh Sông Hồng đang sử dụng thiết bị tường lửa/VPN có phiên bản phần mềm tồn tại lỗ hổng cho phép thực thi mã từ xa không cần xác thực, đang bị các nhóm tấn công khai thác trên thế giới.

Danh sách địa chỉ và phiên bản được gửi kèm theo thư này (tệp được bảo vệ bằng cách gửi riêng cho đầu mối ATTT của Sở).

Đề nghị Sở:
1. Thông báo ngay cho đơn vị quản lý thiết bị, cập nhật bản vá của hãng hoặc tạm tắt tính năng VPN SSL trên giao diện Internet;
2. Kiểm tra nhật ký truy cập từ 01/4/2024, rà soát tài khoản quản trị lạ;
3. Phản hồi kết quả xử lý cho Trung tâm trong vòng 72 giờ qua địa chỉ ncsc@ais.gov.vn hoặc số điện thoại trực 024.3209.1616.

Trân trọng.

Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC)
Cục An toàn thông tin - Bộ Thông tin và Truyền thông''',
),
dict(
    file='attt-cai-dat-agent-phong-chong-ma-doc', kind='an-toan-thong-tin', tags=['it-security', 'district'], client='thunderbird', date='2025-10-20 14:12',
    **{'from': 'Lê Minh Hiếu - Phòng CNTT Sở TT&TT <hieulm@stttt.songhong.gov.vn>'},
    to=['Bộ phận CNTT UBND huyện Hoàng Long <cntt@hoanglong.songhong.gov.vn>'],
    subject='Danh sách 37 máy trạm chưa cài phần mềm phòng chống mã độc tập trung',
    text='''Chào anh Tùng,

Theo số liệu trên máy chủ quản trị tập trung đến sáng nay, huyện còn 37 máy trạm đã vào mạng nhưng chưa cài agent phòng chống mã độc (danh sách theo địa chỉ IP và tên máy trong file đính kèm, chủ yếu ở Phòng TC-KH, Phòng TN&MT và bộ phận một cửa).

Anh cài giúp bên em bộ cài tải trên cổng nội bộ https://soc.songhong.gov.vn/agent (chỉ truy cập được từ mạng truyền số liệu chuyên dùng), mỗi máy khoảng 5 phút, không cần khởi động lại. Máy nào dùng Windows 7 thì báo em để xử lý riêng.

Hạn giúp em trước thứ Sáu 24/10 để kịp tổng hợp báo cáo tháng.

Cảm ơn anh!
--
Lê Minh Hiếu
Phòng Công nghệ thông tin, Sở TT&TT Sông Hồng
0912 300 415''',
    att=[('xlsx', 'May tram chua cai agent - Hoang Long.xlsx', [
        ['STT', 'Tên máy', 'Địa chỉ IP', 'Đơn vị', 'Hệ điều hành', 'Lần thấy gần nhất'],
        [1, 'TCKH-PC03', '10.21.4.33', 'Phòng TC-KH', 'Windows 10', '20/10/2025 08:14'],
        [2, 'TCKH-PC07', '10.21.4.37', 'Phòng TC-KH', 'Windows 11', '20/10/2025 08:40'],
        [3, 'TNMT-PC02', '10.21.5.12', 'Phòng TN&MT', 'Windows 10', '19/10/2025 16:55'],
        [4, 'MOTCUA-05', '10.21.2.45', 'Bộ phận một cửa', 'Windows 7', '20/10/2025 07:58'],
        [5, 'MOTCUA-06', '10.21.2.46', 'Bộ phận một cửa', 'Windows 10', '20/10/2025 07:59']], 'Chua cai')],
),
dict(
    file='attt-ket-qua-kiem-tra-danh-gia-bengiang', kind='an-toan-thong-tin', tags=['it-security', 'district'], client='outlook', date='2025-11-25 16:44',
    **{'from': 'Đoàn kiểm tra ATTT - Sở TT&TT <attt@stttt.songhong.gov.vn>'},
    to=['vanphong@bengiang.songhong.gov.vn'],
    cc=['qldt@bengiang.songhong.gov.vn'],
    subject='Kết quả kiểm tra, đánh giá an toàn thông tin tại UBND TP Bến Giang',
    text='''Kính gửi: Văn phòng HĐND và UBND thành phố Bến Giang

Đoàn kiểm tra của Sở TT&TT gửi biên bản và kết quả kiểm tra an toàn thông tin tại UBND thành phố ngày 18-19/11/2025. Tóm tắt:

Điểm đạt: phòng máy chủ có điều hòa, UPS, camera giám sát; đã phân vùng mạng cho bộ phận một cửa; 100% máy trạm có phần mềm phòng chống mã độc.

Tồn tại cần khắc phục:
1. 06 tài khoản quản trị tên miền và máy chủ dùng chung mật khẩu mặc định của nhà cung cấp - phải đổi ngay;
2. Chưa có nhật ký sao lưu định kỳ phần mềm quản lý hộ tịch, dữ liệu đang lưu trên 01 ổ đĩa;
3. Trang thông tin điện tử của phường Ngọc Lâm dùng phiên bản mã nguồn cũ có lỗ hổng đã công bố;
4. Chưa phê duyệt hồ sơ cấp độ cho hệ thống camera giao thông đô thị.

Đề nghị thành phố khắc phục và báo cáo kết quả trước 15/12/2025.

Trân trọng.
Đoàn kiểm tra - Sở Thông tin và Truyền thông''',
    att=[('docx', 'Bien ban kiem tra ATTT - TP Ben Giang.docx', [
        'SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SÔNG HỒNG', 'ĐOÀN KIỂM TRA AN TOÀN THÔNG TIN', '',
        '**BIÊN BẢN KIỂM TRA**', 'Công tác bảo đảm an toàn thông tin tại UBND thành phố Bến Giang',
        'Thời gian: ngày 18 và 19/11/2025. Địa điểm: trụ sở UBND thành phố Bến Giang.',
        'I. Kết quả kiểm tra: phòng máy chủ đạt yêu cầu cơ bản; đã phân vùng mạng cho bộ phận một cửa.',
        'II. Tồn tại: tài khoản quản trị dùng mật khẩu mặc định; chưa có nhật ký sao lưu; trang thông tin phường dùng mã nguồn cũ.',
        'III. Kiến nghị: khắc phục và báo cáo trước 15/12/2025.'])],
),

# ------------------------------------------------------------------ training
dict(
    file='tap-huan-stttt-chu-ky-so-ca-nhan', kind='tap-huan', client='outlook', date='2025-03-26 09:30',
    **{'from': 'Phòng CNTT - Sở TT&TT <cntt@stttt.songhong.gov.vn>'},
    to=['vanthu@hoanglong.songhong.gov.vn', 'vanthu@bengiang.songhong.gov.vn'],
    cc=['ubnd@anphu.hoanglong.songhong.gov.vn'],
    subject='Mời cử cán bộ dự tập huấn sử dụng chữ ký số trên thiết bị di động',
    text='''Kính gửi: UBND huyện Hoàng Long; UBND thành phố Bến Giang.

Sở TT&TT tổ chức lớp tập huấn "Ký số văn bản trên thiết bị di động và ứng dụng ký số từ xa" cho lãnh đạo và văn thư cấp huyện, cấp xã.

- Thời gian: 01 buổi, 8h00 - 11h30 thứ Tư 02/4/2025 (huyện Hoàng Long); 14h00 - 17h00 cùng ngày (TP Bến Giang);
- Địa điểm: Hội trường UBND huyện Hoàng Long; Hội trường UBND TP Bến Giang;
- Thành phần: Chánh Văn phòng, văn thư cấp huyện; Chủ tịch hoặc Phó Chủ tịch và văn thư UBND các xã, phường;
- Học viên mang theo điện thoại thông minh đã cài ứng dụng ký số và thiết bị token (nếu có).

Đề nghị đơn vị gửi danh sách học viên trước 31/3/2025 về cntt@stttt.songhong.gov.vn.

Trân trọng.
Phòng Công nghệ thông tin''',
),
dict(
    file='tap-huan-snv-boi-duong-ngach-chuyen-vien-chinh', kind='tap-huan', tags=['hr'], client='zimbra', date='2025-08-04 15:20',
    **{'from': 'Phòng Công chức, viên chức - Sở Nội vụ <ccvc@snv.songhong.gov.vn>'},
    to=['vanthu@stttt.songhong.gov.vn', 'vanthu@stc.songhong.gov.vn', 'vanthu@syt.songhong.gov.vn'],
    subject='Triệu tập học viên lớp bồi dưỡng ngạch chuyên viên chính năm 2025',
    text='''Kính gửi: Sở TT&TT; Sở Tài chính; Sở Y tế.

Sở Nội vụ phối hợp với Trường Chính trị tỉnh mở lớp bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên chính năm 2025 (khóa I). Đề nghị các cơ quan cử công chức có tên trong danh sách đính kèm tham gia đầy đủ.

Khai giảng: 7h30 thứ Hai 18/8/2025 tại Trường Chính trị tỉnh (số 86 đường Nguyễn Văn Cừ).
Thời gian học: 8 tuần, học tập trung các ngày thứ Hai, thứ Ba hằng tuần.
Học phí: do ngân sách tỉnh bảo đảm theo kế hoạch đào tạo, bồi dưỡng năm 2025.

Học viên mang theo: 02 ảnh 3x4, bản sao quyết định bổ nhiệm ngạch hiện giữ.

Trân trọng!
Phòng CCVC - Sở Nội vụ''',
    att=[('xlsx', 'DS triệu tập lớp CVC khóa I-2025.xlsx', [
        ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Cơ quan'],
        [1, 'Nguyễn Thị Lan', 1986, 'Phó Trưởng phòng Chuyển đổi số', 'Sở TT&TT'],
        [2, 'Lê Minh Hiếu', 1990, 'Chuyên viên Phòng CNTT', 'Sở TT&TT'],
        [3, 'Lê Thị Thu Hằng', 1988, 'Chuyên viên Phòng HCSN', 'Sở Tài chính'],
        [4, 'Nguyễn Văn Trọng', 1985, 'Chuyên viên Phòng QLNS', 'Sở Tài chính'],
        [5, 'Đoàn Thị Hải Yến', 1987, 'Chuyên viên Phòng KHTC', 'Sở Y tế']], 'Danh sach')],
),
dict(
    file='tap-huan-stc-phan-mem-quan-ly-tai-san-cong', kind='tap-huan', tags=['finance'], client='outlook-ex', date='2024-05-08 10:50',
    **{'from': 'Phòng Quản lý giá và công sản - Sở Tài chính <qlgcs@stc.songhong.gov.vn>'},
    to=['vanthu@syt.songhong.gov.vn', 'vanthu@sgddt.songhong.gov.vn', 'vanthu@snv.songhong.gov.vn', 'vanthu@hoanglong.songhong.gov.vn'],
    subject='Tập huấn cập nhật dữ liệu vào Cơ sở dữ liệu quốc gia về tài sản công',
    text='''Kính gửi các cơ quan, đơn vị,

Sở Tài chính tổ chức tập huấn cập nhật, khai thác Phần mềm quản lý đăng ký tài sản công và Cơ sở dữ liệu quốc gia về tài sản công cho kế toán, cán bộ quản lý tài sản của các đơn vị.

Thời gian: 2 ngày 16-17/5/2024; sáng 8h00, chiều 13h30.
Địa điểm: Phòng máy tính tầng 2, Sở Tài chính (mỗi học viên một máy).
Nội dung: kê khai tài sản là nhà, đất, ô tô; điều chỉnh giá trị sau đánh giá lại; xuất báo cáo công khai tài sản; xử lý các lỗi thường gặp khi đồng bộ dữ liệu.

Mỗi đơn vị cử tối đa 02 học viên. Học viên mang theo tài khoản đăng nhập phần mềm của đơn vị (không cần mang mật khẩu cho giảng viên, học viên tự đăng nhập).

Đăng ký tham gia trước 14/5/2024 qua hộp thư này.

Phòng Quản lý giá và công sản''',
),
dict(
    file='tap-huan-ais-nhan-thuc-attt-truc-tuyen', kind='tap-huan', tags=['it-security', 'ministry'], client='zimbra', date='2024-09-04 09:14', dkim=True,
    **{'from': 'Cục An toàn thông tin - Phòng Đào tạo <daotao@ais.gov.vn>'},
    to=['cntt@stttt.songhong.gov.vn'],
    subject='Khóa học trực tuyến "Kỹ năng nhận diện và phòng tránh lừa đảo qua thư điện tử" cho cán bộ địa phương',
    text='''Kính gửi: Sở Thông tin và Truyền thông tỉnh Sông Hồng

Cục An toàn thông tin mở khóa học trực tuyến miễn phí "Kỹ năng nhận diện và phòng tránh lừa đảo qua thư điện tử" dành cho cán bộ, công chức các cơ quan nhà nước. Khóa học gồm 6 bài (khoảng 3 giờ), học trên nền tảng https://khoahoc.ais.gov.vn, có bài kiểm tra cuối khóa và chứng nhận điện tử.

Nội dung: cách kiểm tra tên miền người gửi, nhận diện đường dẫn giả mạo, tệp đính kèm nguy hiểm, thủ đoạn giả danh lãnh đạo yêu cầu chuyển tiền; thực hành báo cáo thư nghi ngờ.

Đề nghị Sở phổ biến tới các cơ quan, đơn vị trên địa bàn; mã đăng ký dành cho tỉnh: SHONG-2024-Q3 (dùng khi tạo tài khoản học viên). Thời gian mở lớp: 09/9 - 31/10/2024.

Trân trọng.
Phòng Đào tạo, Cục An toàn thông tin''',
),
dict(
    file='tap-huan-donor-data-bilingual', kind='tap-huan', tags=['mixed-en', 'donor'], client='outlook', date='2025-07-08 14:40',
    **{'from': 'Ban Quản lý dự án SH-eGov tỉnh Sông Hồng <bqlda@stttt.songhong.gov.vn>'},
    to=['vanthu@snv.songhong.gov.vn', 'vanthu@stc.songhong.gov.vn', 'vanthu@syt.songhong.gov.vn'],
    subject='Mời tham dự tập huấn "Data governance for provincial agencies" / Quản trị dữ liệu cho cơ quan cấp tỉnh',
    text='''Kính gửi quý Sở / Dear colleagues,

Trong khuôn khổ dự án SH-eGov (hỗ trợ kỹ thuật về chính phủ số), Ban QLDA tỉnh tổ chức khóa tập huấn 02 ngày về quản trị dữ liệu.

Thời gian / Date: 22-23/7/2025, 8h30-16h30
Địa điểm / Venue: Hội trường tầng 5, Sở TT&TT, số 18 Lê Lợi
Giảng viên / Trainers: chuyên gia quốc tế của dự án (trình bày bằng tiếng Anh, có phiên dịch) và chuyên gia của Cục Chuyển đổi số quốc gia.

Nội dung / Agenda:
- Day 1: Data inventory and data catalogue; xây dựng danh mục dữ liệu dùng chung của tỉnh;
- Day 2: Data quality, data sharing agreements; thực hành kết nối qua nền tảng LGSP.

Mỗi Sở cử 02 cán bộ (01 lãnh đạo phòng chuyên môn + 01 cán bộ phụ trách CNTT). Please register before 15 July via https://forms.stttt.songhong.gov.vn/sh-egov-dg-2025.

Dự án hỗ trợ tài liệu, ăn trưa, giải khát; không hỗ trợ công tác phí.

Trân trọng / Best regards,
Nguyễn Thị Lan - Điều phối viên dự án / Project Coordinator''',
    att=[('pdf', 'Agenda_Data governance training_VN-EN.pdf', [
        'SH-eGov PROJECT - SONG HONG PROVINCE', 'TRAINING AGENDA / CHUONG TRINH TAP HUAN',
        'Data governance for provincial agencies / Quan tri du lieu cho co quan cap tinh', '22-23/7/2025',
        'Day 1 08:30 Opening - Khai mac (Lanh dao So TT&TT)', 'Day 1 09:00 Data inventory and catalogue',
        'Day 1 14:00 Group work: danh muc du lieu dung chung', 'Day 2 08:30 Data quality dimensions',
        'Day 2 14:00 Hands-on: ket noi qua nen tang LGSP', 'Day 2 16:00 Closing - Be mac'])],
),
dict(
    file='tap-huan-syt-ho-so-suc-khoe-dien-tu', kind='tap-huan', client='roundcube', date='2025-04-23 11:08',
    **{'from': 'Phòng Nghiệp vụ Y - Sở Y tế <nvy@syt.songhong.gov.vn>'},
    to=['ttyt@hoanglong.songhong.gov.vn', 'ttyt@bengiang.songhong.gov.vn', 'bvdk@syt.songhong.gov.vn'],
    subject='Tập huấn triển khai hồ sơ sức khỏe điện tử và sổ sức khỏe điện tử trên VNeID',
    text='''Kính gửi: Giám đốc các bệnh viện, trung tâm y tế.

Sở Y tế tổ chức tập huấn triển khai hồ sơ sức khỏe điện tử, tích hợp sổ sức khỏe điện tử trên ứng dụng VNeID:

- Thời gian: 13h30 thứ Ba 29/4/2025;
- Hình thức: trực tiếp tại Hội trường Sở Y tế kết hợp trực tuyến tới các TTYT (phòng họp https://hop.songhong.gov.vn/phong/syt-hssk);
- Thành phần: lãnh đạo phụ trách, trưởng phòng Kế hoạch tổng hợp, cán bộ CNTT của đơn vị; trạm y tế xã tham dự trực tuyến tại TTYT.

Nội dung chính: quy trình cập nhật dữ liệu khám chữa bệnh lên hệ thống; liên thông giấy chuyển tuyến, giấy hẹn khám lại điện tử; giải đáp vướng mắc về chuẩn dữ liệu đầu ra của phần mềm HIS.

Đề nghị các đơn vị đăng ký số lượng trước 16h ngày 25/4.

Phòng Nghiệp vụ Y - Sở Y tế''',
),
dict(
    file='tap-huan-sgddt-boi-duong-thuong-xuyen-he', kind='tap-huan', client='thunderbird', date='2025-07-02 08:25',
    **{'from': 'Phòng Giáo dục Trung học <gdtrh@sgddt.songhong.gov.vn>'},
    to=['thpt.hoanglong@edu.songhong.gov.vn', 'thpt.bengiang@edu.songhong.gov.vn', 'thpt.chuyensonghong@edu.songhong.gov.vn'],
    subject='Kế hoạch bồi dưỡng giáo viên dạy môn Tin học, Công nghệ hè 2025',
    text='''Kính gửi Hiệu trưởng các trường THPT,

Sở GD&ĐT tổ chức bồi dưỡng hè năm 2025 cho giáo viên dạy môn Tin học và Công nghệ thực hiện Chương trình GDPT 2018, trọng tâm là các chủ đề lớp 12 và dạy học trí tuệ nhân tạo cơ bản.

Lớp 1 (Tin học): 14-18/7/2025 tại Trường THPT chuyên Sông Hồng, 45 giáo viên;
Lớp 2 (Công nghệ): 21-24/7/2025 tại Trường THPT Bến Giang, 38 giáo viên.

Mỗi trường cử toàn bộ giáo viên Tin học và ít nhất 01 giáo viên Công nghệ. Giáo viên mang máy tính xách tay cá nhân. Kinh phí tổ chức từ nguồn bồi dưỡng thường xuyên của Sở; tiền ăn, đi lại do trường thanh toán theo quy chế chi tiêu nội bộ.

Danh sách giáo viên gửi về gdtrh@sgddt.songhong.gov.vn trước 08/7/2025.

Trân trọng,
Phòng GDTrH - Sở GD&ĐT Sông Hồng''',
),
dict(
    file='tap-huan-hoanglong-mot-cua-cap-xa', kind='tap-huan', tags=['district', 'no-diacritics'], client='roundcube', date='2024-07-17 16:50',
    **{'from': 'Van phong UBND huyen Hoang Long <vanphong@hoanglong.songhong.gov.vn>'},
    to=['ubnd@anphu.hoanglong.songhong.gov.vn'],
    subject='Tap huan mot cua dien tu cho cong chuc cap xa - thu 3 tuan sau',
    text='''Kinh gui UBND cac xa, thi tran,

Van phong UBND huyen to chuc tap huan su dung he thong mot cua dien tu phien ban moi cho cong chuc bo phan mot cua cap xa:

Thoi gian: 8h00 thu Ba 23/7/2024
Dia diem: phong may Trung tam Chinh tri huyen
Thanh phan: moi xa 02 cong chuc (van phong - thong ke, tu phap - ho tich)

Noi dung: tiep nhan ho so truc tuyen tu Cong DVC quoc gia, so hoa ket qua, tra ket qua qua buu chinh, thanh toan le phi truc tuyen.

De nghi cac xa bao ten hoc vien truoc 16h thu Sau 19/7. (Thu gui tu may phong hop nen khong go duoc dau, mong cac xa thong cam.)

VP HDND-UBND huyen''',
),

# ------------------------------------------------------------------ surveys
dict(
    file='khao-sat-snv-muc-do-hai-long-sipas', kind='khao-sat', client='outlook', date='2025-10-01 10:20',
    **{'from': 'Sở Nội vụ tỉnh Sông Hồng <vanthu@snv.songhong.gov.vn>'},
    to=['vanthu@hoanglong.songhong.gov.vn', 'vanthu@bengiang.songhong.gov.vn'],
    subject='Triển khai khảo sát trực tuyến sự hài lòng của người dân đối với dịch vụ hành chính công năm 2025',
    text='''Kính gửi: UBND huyện Hoàng Long; UBND thành phố Bến Giang.

Thực hiện Kế hoạch cải cách hành chính năm 2025, Sở Nội vụ triển khai khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước bằng hình thức trực tuyến, song song với phiếu giấy.

Phiếu khảo sát trực tuyến: https://khaosat.snv.songhong.gov.vn/sipas-2025 (có mã QR in kèm tại Phụ lục để dán tại bộ phận một cửa).

Đề nghị UBND các huyện, thành phố:
- In và niêm yết mã QR tại bộ phận một cửa cấp huyện, cấp xã từ ngày 06/10/2025;
- Hướng dẫn người dân sau khi nhận kết quả giải quyết thủ tục hành chính tham gia khảo sát (tự nguyện, không bắt buộc cung cấp họ tên, số điện thoại);
- Không để cán bộ một cửa tự điền phiếu thay người dân.

Thời gian khảo sát: đến hết 15/11/2025.

Trân trọng./.
Sở Nội vụ''',
),
dict(
    file='khao-sat-stttt-hien-trang-ha-tang-cntt', kind='khao-sat', client='zimbra', date='2025-02-05 14:35',
    **{'from': 'Phòng CNTT - Sở TT&TT <cntt@stttt.songhong.gov.vn>'},
    to=['vanthu@stc.songhong.gov.vn', 'vanthu@syt.songhong.gov.vn', 'vanthu@sgddt.songhong.gov.vn', 'vanthu@snv.songhong.gov.vn', 'vanthu@hoanglong.songhong.gov.vn', 'vanthu@bengiang.songhong.gov.vn'],
    subject='Đề nghị cung cấp thông tin hiện trạng hạ tầng CNTT năm 2025 (biểu mẫu trực tuyến)',
    text='''Kính gửi các cơ quan, đơn vị,

Để xây dựng Kế hoạch ứng dụng CNTT, chuyển đổi số giai đoạn 2026-2030, Sở TT&TT đề nghị các cơ quan, đơn vị cung cấp thông tin hiện trạng hạ tầng CNTT tại đơn vị (số máy trạm, máy chủ, thiết bị mạng, phần mềm chuyên ngành, nhân lực CNTT).

Biểu mẫu trực tuyến: https://forms.stttt.songhong.gov.vn/hientrang-cntt-2025
Mỗi đơn vị điền 01 phiếu; có thể lưu nháp và hoàn thiện dần. Thời hạn: trước 28/02/2025.

Lưu ý: biểu mẫu không hỏi tài khoản, mật khẩu hay địa chỉ IP công khai của hệ thống. Nếu có yêu cầu như vậy từ bất kỳ nguồn nào, đề nghị báo ngay cho Sở.

Liên hệ hỗ trợ: chị Bùi Thị Ngân, 0936 482 017.

Phòng CNTT - Sở TT&TT''',
),
dict(
    file='khao-sat-mic-danh-gia-nen-tang-so', kind='khao-sat', tags=['ministry'], client='outlook-ex', date='2024-10-09 15:02', dkim=True,
    **{'from': 'Cục Chuyển đổi số quốc gia <khaosat.cds@mic.gov.vn>'},
    to=['Sở Thông tin và Truyền thông tỉnh Sông Hồng <cds@stttt.songhong.gov.vn>'],
    subject='Phiếu khảo sát đánh giá mức độ sử dụng các nền tảng số quốc gia tại địa phương',
    text='''Kính gửi: Sở Thông tin và Truyền thông tỉnh Sông Hồng

Cục Chuyển đổi số quốc gia tổ chức khảo sát mức độ sử dụng các nền tảng số quốc gia tại địa phương năm 2024 (nền tảng hội nghị truyền hình, nền tảng ký số, nền tảng định danh, nền tảng bản đồ số...).

Đề nghị quý Sở trả lời phiếu khảo sát trực tuyến tại https://khaosat.mic.gov.vn/nen-tang-so-2024 trước ngày 25/10/2024. Mỗi tỉnh, thành phố trả lời 01 phiếu; thời gian khoảng 20 phút. Kết quả khảo sát phục vụ xây dựng báo cáo, không dùng để chấm điểm chỉ số DTI.

Trân trọng cảm ơn sự phối hợp của quý Sở.

Phòng Chính phủ số - Cục Chuyển đổi số quốc gia
ĐT: 024.3556.4291''',
),
dict(
    file='khao-sat-syt-nhan-luc-y-te-co-so', kind='khao-sat', client='outlook', date='2025-05-12 16:05',
    **{'from': 'Phòng Tổ chức cán bộ - Sở Y tế <tccb@syt.songhong.gov.vn>'},
    to=['ttyt@hoanglong.songhong.gov.vn', 'ttyt@bengiang.songhong.gov.vn'],
    subject='Đề nghị điền biểu khảo sát nhân lực y tế cơ sở (trạm y tế xã)',
    text='''Kính gửi: Giám đốc TTYT các huyện, thành phố

Phòng TCCB gửi biểu khảo sát nhân lực tại các trạm y tế xã, phường, thị trấn (file Excel đính kèm). Đề nghị TTYT tổng hợp theo từng trạm: số bác sĩ, y sĩ, điều dưỡng, hộ sinh, dược; số người sẽ nghỉ hưu đến 2027; nhu cầu tuyển dụng.

Các cột tô màu vàng là bắt buộc. Đề nghị không đổi cấu trúc biểu để phòng tổng hợp tự động.

Hạn gửi: 23/5/2025.

Trân trọng!
Phòng TCCB - Sở Y tế''',
    att=[('xlsx', 'Bieu khao sat nhan luc TYT xa.xlsx', [
        ['STT', 'Trạm y tế', 'Bác sĩ', 'Y sĩ', 'Điều dưỡng', 'Hộ sinh', 'Dược', 'Nghỉ hưu đến 2027', 'Nhu cầu tuyển'],
        [1, 'TYT thị trấn Hoàng Long', '', '', '', '', '', '', ''],
        [2, 'TYT xã An Phú', '', '', '', '', '', '', ''],
        [3, 'TYT xã Đông Hưng', '', '', '', '', '', '', '']], 'Khao sat')],
),
dict(
    file='khao-sat-sgddt-nhu-cau-boi-duong-giao-vien', kind='khao-sat', client='gmail-like-roundcube' if False else 'roundcube', alt=True, enc='qp', date='2026-04-14 09:50',
    **{'from': 'Phòng Tổ chức cán bộ - Sở GD&ĐT <tccb@sgddt.songhong.gov.vn>'},
    to=['thpt.hoanglong@edu.songhong.gov.vn', 'thpt.bengiang@edu.songhong.gov.vn', 'thpt.chuyensonghong@edu.songhong.gov.vn'],
    subject='Khảo sát nhu cầu bồi dưỡng của giáo viên THPT năm 2026',
    text='''Kính gửi các trường THPT,

Sở GD&ĐT khảo sát nhu cầu bồi dưỡng chuyên môn, nghiệp vụ của giáo viên năm 2026 để xây dựng kế hoạch bồi dưỡng hè.

Mỗi giáo viên trả lời 01 phiếu trực tuyến tại: https://khaosat.sgddt.songhong.gov.vn/boiduong-2026
(Phiếu ẩn danh, chỉ chọn trường và môn giảng dạy; thời gian khoảng 7 phút.)

Đề nghị Hiệu trưởng phổ biến đến toàn thể giáo viên; hạn trả lời 30/4/2026. Phòng TCCB sẽ gửi số phiếu đã nhận theo từng trường vào ngày 24/4 để các trường đôn đốc.

Trân trọng.
Phòng TCCB - Sở GD&ĐT''',
),
dict(
    file='khao-sat-stc-namdinh-dinh-muc-chi-hoi-nghi', kind='khao-sat', tags=['other-province', 'finance'], client='zimbra', date='2024-03-19 10:35', dkim=True,
    **{'from': 'Phòng Quản lý ngân sách - Sở Tài chính Nam Định <qlns@stc.namdinh.gov.vn>'},
    to=['Sở Tài chính tỉnh Sông Hồng <vanthu@stc.songhong.gov.vn>'],
    subject='Xin thông tin về mức chi hội nghị, công tác phí đang áp dụng tại tỉnh',
    text='''Kính gửi: Sở Tài chính tỉnh Sông Hồng

Sở Tài chính tỉnh Nam Định đang tham mưu UBND tỉnh trình HĐND tỉnh sửa đổi nghị quyết quy định chế độ công tác phí, chế độ chi hội nghị. Để có cơ sở so sánh với các tỉnh trong vùng, chúng tôi kính đề nghị quý Sở điền giúp phiếu thông tin kèm theo (khoảng 1 trang) về các mức chi đang áp dụng tại tỉnh Sông Hồng và số hiệu văn bản quy định.

Phiếu xin gửi lại qua thư điện tử này trước ngày 29/3/2024.

Chúng tôi xin chân thành cảm ơn và sẵn sàng chia sẻ lại bảng tổng hợp của các tỉnh khi hoàn thành.

Trân trọng!
Trần Văn Kiên
Phó Trưởng phòng Quản lý ngân sách, Sở Tài chính Nam Định
ĐT: 0228.3649.315''',
    att=[('docx', 'Phieu thong tin muc chi hoi nghi, cong tac phi.docx', [
        'SỞ TÀI CHÍNH TỈNH NAM ĐỊNH', 'PHIẾU THÔNG TIN', 'Mức chi hội nghị, công tác phí đang áp dụng',
        'Tỉnh: ........................  Văn bản quy định (số, ngày): ........................',
        '1. Phụ cấp lưu trú (đồng/ngày): ........',
        '2. Thuê phòng nghỉ tại thành phố trực thuộc trung ương (đồng/ngày/phòng): ........',
        '3. Chi giải khát giữa giờ hội nghị (đồng/buổi/đại biểu): ........',
        '4. Mức khoán công tác phí cho công chức xã (đồng/tháng): ........'])],
),
dict(
    file='khao-sat-moha-vi-tri-viec-lam-cap-xa', kind='khao-sat', tags=['ministry', 'hr'], client='outlook-ex', date='2025-08-27 16:18', dkim=True,
    **{'from': 'Vụ Chính quyền địa phương - Bộ Nội vụ <vucqdp@moha.gov.vn>'},
    to=['Sở Nội vụ tỉnh Sông Hồng <vanthu@snv.songhong.gov.vn>'],
    subject='Khảo sát trực tuyến về bố trí công chức cấp xã sau khi tổ chức chính quyền địa phương hai cấp',
    text='''Kính gửi: Sở Nội vụ tỉnh Sông Hồng

Để có thông tin phục vụ sơ kết việc tổ chức chính quyền địa phương hai cấp, Vụ Chính quyền địa phương tổ chức khảo sát trực tuyến về tình hình bố trí cán bộ, công chức cấp xã.

Phiếu dành cho Sở Nội vụ: https://khaosat.moha.gov.vn/cqdp-2025/so-noi-vu
Phiếu dành cho UBND cấp xã (đề nghị Sở chuyển tới các xã): https://khaosat.moha.gov.vn/cqdp-2025/cap-xa

Thời hạn hoàn thành: trước ngày 12/9/2025. Số liệu tính đến ngày 31/8/2025.

Đầu mối: ông Phạm Hữu Lộc, chuyên viên chính, ĐT 080.46.215.

Trân trọng./.
Vụ Chính quyền địa phương - Bộ Nội vụ''',
),
dict(
    file='khao-sat-hoanglong-khong-dau-phong-hop-truc-tuyen', kind='khao-sat', tags=['district', 'no-diacritics', 'staff-short'], client='gmail', date='2025-05-22 12:14',
    **{'from': 'Mai Thi Thu <maithithu.noivu@gmail.com>'},
    to=['ubnd@anphu.hoanglong.songhong.gov.vn'],
    subject='Nho xa dien giup phieu khao sat phong hop truc tuyen',
    text='''Chao anh chi Van phong UBND xa An Phu,

Em Thu o Phong Noi vu huyen. Nho anh chi dien giup phieu khao sat nhu cau su dung phong hop truc tuyen cap xa (5 cau hoi) tai link nay nhe:
https://forms.hoanglong.songhong.gov.vn/khaosat-phonghop-2025

Han thu 6 tuan nay a. Em gui tu dien thoai nen khong co dau, mong anh chi thong cam.

Cam on anh chi!
Thu''',
),
]
