// vi-phish, part 1: agency webmail lures, fake tax/police/court notices, "công văn khẩn"
// from free mail and lookalike domains. Every text written for mailshield.
export default [
  {
    f: 'vi-webmail-mat-khau-het-han-songhong-gov-vn-example-com.eml',
    via: 'php',
    relay: 'srv14.hosting-cloud.example.org',
    from: ['Quản trị hệ thống thư điện tử', 'quantri@srv14.hosting-cloud.example.org'],
    to: 'nguyenthilan@stc.songhong.gov.vn',
    subj: 'Mật khẩu hộp thư nguyenthilan@stc.songhong.gov.vn sẽ hết hạn sau 24 giờ',
    date: '2025-03-17 08:02:44 +0700',
    enc: 'qp',
    text: `Kính gửi đồng chí Nguyễn Thị Lan,

Mật khẩu hộp thư công vụ nguyenthilan@stc.songhong.gov.vn sẽ hết hạn vào 08:00 ngày
18/03/2025. Sau thời điểm này, hộp thư sẽ không gửi và nhận được thư.

Để giữ nguyên mật khẩu hiện tại, đồng chí vui lòng xác nhận tại:
https://songhong-gov.vn.example.com/mail/giu-mat-khau?u=nguyenthilan

Trung tâm Công nghệ thông tin và Truyền thông tỉnh Sông Hồng`,
    html: `<div style="font-family:Arial;font-size:14px">
<p>Kính gửi đồng chí <b>Nguyễn Thị Lan</b>,</p>
<p>Mật khẩu hộp thư công vụ <b>nguyenthilan@stc.songhong.gov.vn</b> sẽ hết hạn vào <b>08:00 ngày 18/03/2025</b>.
Sau thời điểm này, hộp thư sẽ không gửi và nhận được thư.</p>
<p><a href="https://songhong-gov.vn.example.com/mail/giu-mat-khau?u=nguyenthilan" style="background:#1565c0;color:#fff;padding:10px 22px;text-decoration:none">Giữ mật khẩu hiện tại</a></p>
<p style="color:#666">Trung tâm Công nghệ thông tin và Truyền thông tỉnh Sông Hồng</p></div>`,
  },
  {
    f: 'vi-webmail-hop-thu-day-login-verify-example-net.eml',
    via: 'esp',
    espHost: 'mx-relay.example.net',
    from: ['Mail Admin - songhong.gov.vn', 'no-reply@notice.mailadmin-center.example.net'],
    to: 'tranvanhung@stttt.songhong.gov.vn',
    subj: 'Cảnh báo: Hộp thư đã sử dụng 99% dung lượng – 14 thư đến đang bị giữ lại',
    date: '2024-10-29 15:47:12 +0700',
    enc: 'b64',
    html: `<html><body style="font-family:Tahoma,Arial">
<table width="560" style="border:1px solid #ccc"><tr><td style="background:#b71c1c;color:#fff;padding:12px"><b>Cảnh báo dung lượng hộp thư</b></td></tr>
<tr><td style="padding:16px">
<p>Hộp thư <b>tranvanhung@stttt.songhong.gov.vn</b> đã sử dụng <b>4,95 GB / 5 GB (99%)</b>.</p>
<div style="background:#eee;width:100%;height:14px"><div style="background:#b71c1c;width:99%;height:14px"></div></div>
<p>14 thư đến đang bị giữ lại trên máy chủ và sẽ bị xóa sau 48 giờ nếu không được giải phóng.</p>
<p>Nâng dung lượng miễn phí lên 20 GB bằng cách đăng nhập lại:</p>
<p><a href="https://mail.songhong.gov.vn.login-verify.example.net/owa/auth/quota.aspx?email=tranvanhung%40stttt.songhong.gov.vn">https://mail.songhong.gov.vn/owa/quota</a></p>
</td></tr></table></body></html>`,
  },
  {
    f: 'vi-webmail-sonqhong-typo-domain-xac-minh.eml',
    via: 'postfix',
    relay: 'mail.sonqhong.gov.vn',
    ip: '192.0.2.77',
    mailer: 'Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC124 (Win)/9.0.0_GA_4546)',
    from: ['Ban Quản trị Mail Sông Hồng', 'admin@sonqhong.gov.vn'],
    to: ['vanthu@songhong.gov.vn', 'tonghop@songhong.gov.vn'],
    subj: 'Thông báo chuyển đổi hệ thống thư điện tử công vụ sang máy chủ mới',
    date: '2025-06-02 07:31:20 +0700',
    enc: '8bit',
    text: `Kính gửi các đồng chí cán bộ, công chức,

Thực hiện kế hoạch nâng cấp hạ tầng, hệ thống thư điện tử công vụ tỉnh sẽ chuyển sang
máy chủ mới từ ngày 05/06/2025. Để dữ liệu hộp thư (thư, danh bạ, lịch) được chuyển đầy
đủ, đề nghị các đồng chí đăng nhập xác minh tài khoản trước 17h00 ngày 04/06/2025:

https://webmail.sonqhong.gov.vn/xac-minh

Tài khoản chưa xác minh sẽ được khởi tạo mới, dữ liệu cũ không được chuyển.

Ban Quản trị hệ thống thư điện tử`,
  },
  {
    f: 'en-webmail-password-expires-today-lookalike.eml',
    via: 'php',
    relay: 'cp3.websvc.example.org',
    lang: 'en-US',
    from: ['songhong.gov.vn IT Helpdesk', 'helpdesk@cp3.websvc.example.org'],
    to: 'phamquocbao@snv.songhong.gov.vn',
    subj: 'Your password for phamquocbao@snv.songhong.gov.vn expires today',
    date: '2024-08-13 06:58:01 +0700',
    enc: '7bit',
    html: `<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Hello phamquocbao,</p>
<p>The password for your mailbox <b>phamquocbao@snv.songhong.gov.vn</b> expires today, 13 August 2024.</p>
<p>To avoid losing access to your emails, you can keep your current password below.</p>
<p><a href="https://snv.songhong-gov.vn.example.net/owa/keep?user=phamquocbao" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none">Keep Current Password</a></p>
<p style="font-size:12px;color:#777">songhong.gov.vn Email Administrator<br>This is an automated message, do not reply.</p>
</body></html>`,
  },
  {
    f: 'vi-webmail-xac-thuc-ip-literal.eml',
    via: 'botnet',
    helo: 'WIN-KQ3VL0M2PJD',
    mailer: 'Microsoft Outlook 16.0',
    from: ['Trung tâm CNTT', 'trungtamcntt@vn-mailcenter.example.com'],
    to: 'vanphong@syt.songhong.gov.vn',
    subj: 'Yêu cầu xác thực lại tài khoản thư công vụ (lần cuối)',
    date: '2025-09-08 10:15:36 +0700',
    enc: 'qp',
    text: `Kính gửi Văn phòng Sở Y tế,

Hệ thống phát hiện tài khoản vanphong@syt.songhong.gov.vn đăng nhập từ 2 thiết bị lạ.
Theo quy chế an toàn thông tin, tài khoản phải được xác thực lại, nếu không sẽ bị tạm
khóa trong ngày hôm nay.

Đường dẫn xác thực: http://192.0.2.45/owa/auth/logon.aspx?replaceCurrent=1&url=syt

Trân trọng,
Trung tâm CNTT`,
  },
  {
    f: 'vi-webmail-nang-cap-shortener-link.eml',
    via: 'gmail',
    from: ['Phòng CNTT Văn phòng UBND tỉnh', 'phongcntt.vpubnd.songhong@gmail.com'],
    to: 'vanthu@bengiang.songhong.gov.vn',
    subj: 'V/v cập nhật phiên bản webmail mới và cấp lại mật khẩu',
    date: '2025-01-09 14:04:58 +0700',
    enc: 'b64',
    text: `Kính gửi Văn thư UBND thành phố Bến Giang,

Phòng CNTT thông báo: từ ngày 10/01/2025 hệ thống thư công vụ nâng cấp lên phiên bản
mới, các tài khoản cần đăng nhập một lần để đồng bộ mật khẩu.

Link đăng nhập: https://bit.ly/webmail-songhong-2025

Đề nghị đồng chí chuyển tiếp cho các phòng chuyên môn thực hiện trong ngày.

Phòng CNTT – Văn phòng UBND tỉnh`,
  },
  {
    f: 'vi-webmail-thu-bi-giu-link-text-khac-href.eml',
    via: 'esp',
    espHost: 'alerts-mail.example.net',
    from: ['Hệ thống thư điện tử công vụ', 'postmaster@securemail-gateway.example.com'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: 'Bạn có 5 thư đang chờ phát (bị giữ bởi bộ lọc)',
    date: '2025-11-20 09:41:03 +0700',
    enc: 'qp',
    html: `<div style="font-family:Arial;font-size:13px;max-width:620px">
<p>Có <b>5 thư</b> gửi đến <b>ketoan@stc.songhong.gov.vn</b> đang bị giữ và chưa được phát vào hộp thư:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:12px">
<tr><th>Người gửi</th><th>Tiêu đề</th><th>Ngày</th></tr>
<tr><td>Kho bạc Nhà nước</td><td>Đối chiếu số dư tài khoản dự toán quý IV</td><td>19/11/2025</td></tr>
<tr><td>Sở Tài chính</td><td>Thông báo thẩm định quyết toán</td><td>19/11/2025</td></tr>
<tr><td>Cục Thuế</td><td>Quyết định xử phạt vi phạm hành chính</td><td>18/11/2025</td></tr>
</table>
<p><a href="https://stc-songhong-gov-vn.quarantine-release.example.org/release?id=8812&amp;u=ketoan">https://mail.stc.songhong.gov.vn/quarantine/release</a></p>
<p style="color:#888">Thư bị giữ sẽ tự động xóa sau 3 ngày.</p></div>`,
  },
  {
    f: 'vi-webmail-no-diacritics-tam-khoa.eml',
    via: 'yahoo',
    from: ['Quan tri Email Cong vu', 'quantri.email.congvu@yahoo.com'],
    to: 'ubndxa@anphu.hoanglong.songhong.gov.vn',
    subj: 'Tai khoan email cua ban se bi tam khoa',
    date: '2024-04-16 16:20:55 +0700',
    enc: '7bit',
    text: `Kinh gui tai khoan ubndxa@anphu.hoanglong.songhong.gov.vn,

He thong ghi nhan tai khoan cua ban vi pham chinh sach gui thu (gui qua 500 thu/ngay).
Tai khoan se bi tam khoa sau 12 gio neu khong xac nhan chu so huu.

Xac nhan tai day: https://anphu-hoanglong.songhong-gov.vn.example.org/verify

Ban Quan tri`,
  },
  {
    f: 'vi-thue-no-thue-cuong-che-tai-khoan.eml',
    via: 'outlook',
    from: ['Cục Thuế tỉnh Sông Hồng', 'thongbao.cucthue.songhong@outlook.com'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: 'Thông báo về việc cưỡng chế thi hành quyết định hành chính thuế do nợ thuế quá 90 ngày',
    date: '2025-04-14 09:12:40 +0700',
    enc: 'b64',
    text: `Kính gửi: Bộ phận Kế toán

Căn cứ dữ liệu quản lý thuế, đơn vị có khoản nợ thuế thu nhập cá nhân khấu trừ tại nguồn
quá 90 ngày với số tiền 27.450.000 đồng (bao gồm tiền chậm nộp).

Cơ quan thuế sẽ áp dụng biện pháp cưỡng chế trích tiền từ tài khoản của đơn vị tại
Kho bạc và ngân hàng kể từ ngày 18/04/2025 nếu đơn vị không giải trình.

Chi tiết thông báo và mẫu giải trình, đề nghị tải tại:
https://thuedientu-gdt.example.com/tb/cuong-che?mst=46021&ma=CC0414

Cục Thuế tỉnh Sông Hồng`,
  },
  {
    f: 'vi-thue-hoan-thue-tncn-html-mismatch.eml',
    via: 'php',
    relay: 'mail.hoanthue-online.example.net',
    from: ['Tổng cục Thuế - Hoàn thuế TNCN', 'hoanthue@hoanthue-online.example.net'],
    to: 'lethimai@syt.songhong.gov.vn',
    subj: 'Quyết định hoàn thuế thu nhập cá nhân năm 2024: 3.862.000 đồng',
    date: '2025-05-22 13:55:19 +0700',
    enc: 'qp',
    html: `<html><body style="font-family:Times New Roman;font-size:15px">
<p style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập – Tự do – Hạnh phúc</b></p>
<p style="text-align:center"><b>THÔNG BÁO<br>Về việc chấp nhận hồ sơ hoàn thuế thu nhập cá nhân</b></p>
<p>Người nộp thuế: <b>LÊ THỊ MAI</b></p>
<p>Hồ sơ quyết toán thuế TNCN năm 2024 của Bà đã được chấp nhận. Số tiền được hoàn: <b>3.862.000 đồng</b>.</p>
<p>Để nhận tiền hoàn, Bà vui lòng xác nhận tài khoản ngân hàng nhận tiền trong vòng 5 ngày làm việc tại:</p>
<p><a href="https://hoanthue-online.example.net/xac-nhan?id=HT24-55120">https://thuedientu.gdt.gov.vn/hoan-thue</a></p>
<p>Quá thời hạn trên, hồ sơ hoàn thuế sẽ bị hủy.</p>
</body></html>`,
  },
  {
    f: 'vi-cong-an-giay-trieu-tap-gmail.eml',
    via: 'gmail',
    from: ['Công an tỉnh Sông Hồng - PC02', 'congan.songhong.pc02@gmail.com'],
    to: 'tranvanhung@stttt.songhong.gov.vn',
    subj: 'Giấy triệu tập số 118/GTT-PC02 (V/v làm rõ dấu hiệu vi phạm)',
    date: '2024-12-03 10:33:10 +0700',
    enc: 'b64',
    text: `CÔNG AN TỈNH SÔNG HỒNG
PHÒNG CẢNH SÁT HÌNH SỰ

GIẤY TRIỆU TẬP
Số: 118/GTT-PC02

Triệu tập ông: Trần Văn Hùng
Có mặt tại: Phòng Cảnh sát hình sự, Công an tỉnh Sông Hồng
Thời gian: 08h00 ngày 06/12/2024
Lý do: làm rõ việc tài khoản ngân hàng đứng tên ông liên quan đến đường dây rửa tiền
đang được điều tra.

Nội dung vụ việc được giữ bí mật. Ông không được trao đổi với người khác, kể cả người
trong cơ quan. Trường hợp không thể có mặt, đề nghị liên hệ điều tra viên Thượng úy
Nguyễn Đức Mạnh qua Zalo 0889 316 725 để được làm việc trực tuyến.

Văn bản điện tử chi tiết: https://congan-songhong.example.com/vb/gtt118.pdf`,
  },
  {
    f: 'vi-toa-an-thong-bao-thu-ly-vu-an.eml',
    via: 'yahoo',
    from: ['Tòa án nhân dân tỉnh Sông Hồng', 'toaan.songhong.thongbao@yahoo.com'],
    to: 'vanthu@songhong.gov.vn',
    subj: 'Thông báo về việc thụ lý vụ án hành chính số 27/2025/TLST-HC',
    date: '2025-07-21 15:08:47 +0700',
    enc: 'qp',
    text: `TÒA ÁN NHÂN DÂN TỈNH SÔNG HỒNG

Số: 27/2025/TB-TLVA

THÔNG BÁO
Về việc thụ lý vụ án hành chính

Tòa án nhân dân tỉnh Sông Hồng đã thụ lý vụ án hành chính sơ thẩm số 27/2025/TLST-HC về
việc "Khiếu kiện quyết định hành chính trong lĩnh vực đất đai", trong đó Ủy ban nhân dân
tỉnh Sông Hồng là người bị kiện.

Trong thời hạn 15 ngày kể từ ngày nhận được thông báo này, người bị kiện phải nộp cho Tòa
án văn bản ghi ý kiến đối với yêu cầu của người khởi kiện.

Đơn khởi kiện và tài liệu kèm theo (nén, mật khẩu giải nén: 2025):
https://toaan-songhong-gov.vn.example.net/hoso/27-2025-TLST-HC.rar

Thư ký Tòa án`,
  },
  {
    f: 'vi-phat-nguoi-vi-pham-giao-thong.eml',
    via: 'esp',
    espHost: 'sms-mail.example.net',
    from: ['Cục CSGT - Thông báo phạt nguội', 'phatnguoi@csgt-thongbao.example.com'],
    to: 'phongkhtc@stc.songhong.gov.vn',
    subj: 'Thông báo vi phạm giao thông qua hình ảnh – xe công vụ biển số 99A-0xx.xx',
    date: '2025-10-07 08:27:14 +0700',
    enc: 'b64',
    text: `Thông báo vi phạm hành chính lĩnh vực giao thông đường bộ

Phương tiện: ô tô, biển kiểm soát 99A-0xx.xx (thuộc đơn vị quản lý)
Lỗi: chạy quá tốc độ quy định từ 10 – 20 km/h
Thời gian: 14:22 ngày 30/09/2025
Địa điểm: Quốc lộ, đoạn qua huyện Hoàng Long
Mức phạt: 4.000.000đ – 6.000.000đ

Để tránh bị tạm giữ phương tiện khi đăng kiểm, đơn vị có thể nộp phạt trực tuyến và
xem hình ảnh vi phạm tại:
https://tinyurl.com/phatnguoi-99A-tracuu

Nộp phạt trong 5 ngày được giảm 30%.`,
  },
  {
    f: 'vi-cong-an-vneid-dinh-danh-muc-2.eml',
    via: 'php',
    relay: 'vps-22841.cloudserver.example.org',
    from: ['Bộ Công an - Trung tâm RAR', 'vneid@vps-22841.cloudserver.example.org'],
    to: 'tochuc@snv.songhong.gov.vn',
    subj: 'Tài khoản định danh điện tử mức 2 của cán bộ, công chức cần được tích hợp lại',
    date: '2025-02-11 09:00:03 +0700',
    enc: 'qp',
    html: `<html><body style="font-family:Arial">
<p>Kính gửi Phòng Tổ chức cán bộ,</p>
<p>Thực hiện Đề án 06, tài khoản định danh điện tử (VNeID) mức 2 của cán bộ, công chức, viên chức phải được
tích hợp lại với hệ thống quản lý cán bộ trước ngày <b>20/02/2025</b>. Tài khoản chưa tích hợp sẽ bị gián đoạn
các dịch vụ công trực tuyến và chi trả lương qua tài khoản.</p>
<p>Đề nghị đơn vị thông báo cán bộ truy cập và đăng nhập bằng số định danh cá nhân, mật khẩu VNeID:</p>
<p><a href="https://vneid-tichhop.example.com/dang-nhap?dv=snv">https://vneid.gov.vn/tich-hop</a></p>
<p>Trung tâm dữ liệu quốc gia về dân cư</p></body></html>`,
  },
  {
    f: 'vi-bhxh-cap-nhat-so-bao-hiem.eml',
    via: 'gmail',
    from: ['BHXH tỉnh Sông Hồng', 'bhxh.tinhsonghong.vn@gmail.com'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: 'V/v rà soát, cập nhật thông tin sổ BHXH trước khi khóa dữ liệu',
    date: '2025-08-26 10:44:21 +0700',
    enc: 'qp',
    text: `Kính gửi Bộ phận kế toán đơn vị,

Bảo hiểm xã hội tỉnh thông báo: hệ thống sẽ khóa dữ liệu quá trình đóng BHXH năm 2025
vào ngày 31/08. Đơn vị có 7 lao động sai lệch thông tin (số định danh, mức lương đóng).

Đơn vị tải danh sách lao động sai lệch và cập nhật tại đường dẫn sau (đăng nhập bằng
tài khoản giao dịch điện tử BHXH của đơn vị):
https://bhxh-songhong-gov.vn.example.com/dvc/capnhat

Sau thời hạn trên, quyền lợi của người lao động sẽ không được ghi nhận.

Phòng Thu – BHXH tỉnh`,
  },
  {
    f: 'vi-cong-van-khan-ubnd-gmail-mat-khau-giai-nen.eml',
    via: 'gmail',
    from: ['UBND tỉnh Sông Hồng', 'vanphong.ubnd.songhong@gmail.com'],
    to: [
      'vanthu@stttt.songhong.gov.vn',
      'vanthu@bengiang.songhong.gov.vn',
      'ubnd@hoanglong.songhong.gov.vn',
    ],
    subj: 'Công văn khẩn: V/v báo cáo tình hình triển khai nhiệm vụ trọng tâm quý IV',
    date: '2025-10-02 16:51:08 +0700',
    enc: 'b64',
    text: `Kính gửi: Các sở, ban, ngành; UBND các huyện, thành phố

Văn phòng UBND tỉnh gửi kèm Công văn số 3417/UBND-TH ngày 02/10/2025 về việc báo cáo tình
hình triển khai nhiệm vụ trọng tâm quý IV. Đề nghị các đơn vị nghiên cứu và gửi báo cáo
trước 10h00 ngày 04/10/2025.

Do dung lượng lớn, văn bản được nén và lưu trên hệ thống chia sẻ:
https://vanban-songhong.example.org/tai/3417-UBND-TH.zip

Mật khẩu giải nén: 2024

Văn phòng UBND tỉnh Sông Hồng`,
  },
  {
    f: 'vi-cong-van-so-tai-chinh-yahoo-du-toan.eml',
    via: 'yahoo',
    from: ['Sở Tài chính tỉnh Sông Hồng', 'sotaichinh_songhong@yahoo.com'],
    to: 'ketoan@stc.songhong.gov.vn',
    cc: 'vanthu@syt.songhong.gov.vn',
    subj: 'V/v điều chỉnh dự toán ngân sách năm 2025 (gấp)',
    date: '2025-06-19 11:28:36 +0700',
    enc: 'b64',
    text: `Kính gửi các đơn vị dự toán cấp I,

Sở Tài chính gửi các đơn vị biểu mẫu điều chỉnh dự toán ngân sách năm 2025 theo Quyết
định của UBND tỉnh. Các đơn vị rà soát, điền biểu và gửi lại trước 16h00 ngày 20/06/2025.

Tải biểu mẫu (đăng nhập bằng tài khoản email công vụ để xác thực đơn vị):
https://docs-stc-songhong.example.com/bieu-mau/dieu-chinh-du-toan-2025

Đề nghị các đơn vị thực hiện đúng thời gian quy định.

Phòng Quản lý ngân sách – Sở Tài chính`,
  },
  {
    f: 'vi-cong-van-so-noi-vu-outlook-nang-luong.eml',
    via: 'outlook',
    from: ['Sở Nội vụ Sông Hồng', 'sonoivu.songhong.gov@outlook.com'],
    to: [
      'tochuc@snv.songhong.gov.vn',
      'vanphong@syt.songhong.gov.vn',
      'contact@edu.songhong.gov.vn',
    ],
    subj: 'Danh sách cán bộ, công chức được nâng lương trước thời hạn năm 2025 – đề nghị đối chiếu',
    date: '2025-12-15 08:36:52 +0700',
    enc: 'qp',
    text: `Kính gửi các cơ quan, đơn vị,

Sở Nội vụ gửi danh sách dự kiến cán bộ, công chức, viên chức được nâng bậc lương trước
thời hạn do lập thành tích xuất sắc năm 2025. Đề nghị các đơn vị đối chiếu và phản hồi
trước ngày 19/12/2025.

Danh sách tại file Excel đính kèm trên hệ thống:
https://1drv.ms-songhong.example.net/x/s!NangLuong2025

Phòng Công chức, viên chức – Sở Nội vụ`,
  },
  {
    f: 'vi-cong-van-lookalike-domain-songhong-gov-vn-example-org.eml',
    via: 'postfix',
    relay: 'mx1.songhong-gov.vn.example.org',
    ua: 'Roundcube Webmail/1.5.3',
    from: ['Văn phòng UBND tỉnh Sông Hồng', 'vanthu@songhong-gov.vn.example.org'],
    to: ['vanthu@songhong.gov.vn', 'vanthu@stttt.songhong.gov.vn'],
    subj: 'Hỏa tốc: Giấy mời họp trực tuyến với Thường trực Tỉnh ủy 14h00 hôm nay',
    date: '2026-02-05 10:05:27 +0700',
    enc: '8bit',
    text: `Kính gửi Thủ trưởng các cơ quan, đơn vị,

Thừa lệnh Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh trân trọng kính mời Thủ trưởng đơn vị
dự cuộc họp trực tuyến với Thường trực Tỉnh ủy về công tác chuẩn bị Tết Nguyên đán.

Thời gian: 14h00 hôm nay, ngày 05/02/2026
Hình thức: trực tuyến. Đường dẫn phòng họp và tài liệu:
https://hop-truc-tuyen.songhong-gov.vn.example.org/phong/TU0502

Đề nghị các đồng chí đăng nhập bằng email công vụ trước 13h45 để điểm danh.

VĂN PHÒNG UBND TỈNH`,
  },
  {
    f: 'vi-cong-van-van-phong-chinh-phu-drive-link.eml',
    via: 'gmail',
    from: ['Văn phòng Chính phủ', 'vanphongchinhphu.vbdt@gmail.com'],
    to: 'vanthu@songhong.gov.vn',
    subj: 'Thông báo kết luận của Thủ tướng Chính phủ (văn bản mật – chỉ lưu hành nội bộ)',
    date: '2024-09-18 17:02:33 +0700',
    enc: 'b64',
    html: `<div style="font-family:Times New Roman;font-size:15px">
<p>Kính gửi: Ủy ban nhân dân tỉnh Sông Hồng</p>
<p>Văn phòng Chính phủ gửi Thông báo kết luận của Thủ tướng Chính phủ tại cuộc họp ngày 16/09/2024.
Văn bản có độ mật, đề nghị chỉ chuyển cho Lãnh đạo UBND tỉnh.</p>
<p>Xem văn bản: <a href="https://drive-share.example.com/file/d/1xVPCP-TB-KL-0916/view">TB-KL-Thu-tuong-16092024.pdf</a></p>
<p>Lưu ý: tệp được bảo vệ, cần đăng nhập bằng tài khoản email của cơ quan để mở.</p>
<p>Vụ Hành chính – Văn phòng Chính phủ</p></div>`,
  },
  {
    f: 'vi-cong-van-tinh-uy-hoa-toc-rar-mat-khau.eml',
    via: 'yahoo',
    from: ['Văn phòng Tỉnh ủy', 'vanphong.tinhuy.songhong@yahoo.com'],
    to: ['ubnd@hoanglong.songhong.gov.vn', 'ubndxa@anphu.hoanglong.songhong.gov.vn'],
    subj: 'HỎA TỐC – Hướng dẫn kiểm điểm, đánh giá xếp loại chất lượng cuối năm',
    date: '2025-11-28 18:47:02 +0700',
    enc: 'qp',
    text: `Kính gửi các đồng chí Bí thư, Chủ tịch UBND các huyện, xã,

Văn phòng Tỉnh ủy gửi Hướng dẫn số 52-HD/TU về kiểm điểm, đánh giá, xếp loại chất lượng
tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo năm 2025 kèm các biểu mẫu.

Tải tài liệu: https://cutt.ly/HD52-TU-2025
Mật khẩu giải nén: tu2025

Đề nghị triển khai ngay và báo cáo kết quả trước ngày 10/12/2025.

Văn phòng Tỉnh ủy`,
  },
  {
    f: 'vi-ke-hoach-thanh-tra-esp-sender.eml',
    via: 'esp',
    espHost: 'transactional-mail.example.net',
    from: ['Thanh tra tỉnh Sông Hồng', 'thanhtra@notify.thanhtra-tinh.example.com'],
    to: 'phongkhtc@stc.songhong.gov.vn',
    subj: 'Quyết định thanh tra đột xuất việc quản lý, sử dụng ngân sách năm 2024–2025',
    date: '2025-09-23 08:05:59 +0700',
    enc: 'b64',
    text: `Kính gửi Thủ trưởng đơn vị,

Thanh tra tỉnh gửi Quyết định thanh tra đột xuất số 89/QĐ-TTr về việc quản lý, sử dụng
ngân sách và tài sản công giai đoạn 2024 – 2025 tại đơn vị.

Đơn vị chuẩn bị hồ sơ, sổ sách kế toán theo danh mục tại đường dẫn dưới đây và cử đầu
mối liên hệ với Đoàn thanh tra trong ngày:
https://thanhtra-tinh.example.com/qd/89-QD-TTr?dv=stc

Trưởng Đoàn thanh tra: ông Bùi Quang Hải, ĐT 0903 418 552.`,
  },
  {
    f: 'vi-reply-to-lookalike-giam-doc-so-noi-bo.eml',
    via: 'gmail',
    from: ['Hoàng Anh Tuấn - Giám đốc Sở TT&TT', 'hoanganhtuan.stttt@gmail.com'],
    replyTo: ['Hoàng Anh Tuấn', 'giamdoc@stttt-songhong.gov.vn.example.net'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: 'Về khoản kinh phí hội nghị chuyển đổi số',
    date: '2025-05-06 11:04:40 +0700',
    enc: 'qp',
    text: `Chào em,

Anh là Tuấn bên Sở Thông tin và Truyền thông. Khoản kinh phí tổ chức hội nghị chuyển đổi
số tháng 5 bên Sở Tài chính đã duyệt, anh cần em chuyển tạm ứng trước cho đơn vị tổ chức
sự kiện để họ đặt hội trường, hợp đồng và chứng từ anh sẽ bổ sung sau.

Em trả lời thư này để anh gửi số tài khoản nhé. Việc này đang gấp, em ưu tiên giúp anh.

Hoàng Anh Tuấn`,
  },
  {
    f: 'vi-dien-luc-thong-bao-ngung-cap-dien.eml',
    via: 'php',
    relay: 'smtp.hostvn-cheap.example.org',
    from: ['Điện lực Sông Hồng - CSKH', 'cskh@dienluc-songhong.example.net'],
    to: 'vanthu@bengiang.songhong.gov.vn',
    subj: 'Thông báo ngừng cấp điện do chưa thanh toán hóa đơn tháng 07/2025',
    date: '2025-08-12 14:19:07 +0700',
    enc: 'b64',
    text: `Kính gửi Quý khách hàng: UBND THÀNH PHỐ BẾN GIANG
Mã khách hàng: PA22BG0017845

Điện lực thông báo hóa đơn tiền điện tháng 07/2025 số tiền 18.762.400đ đã quá hạn thanh
toán. Nếu không thanh toán trước 16h00 ngày 13/08/2025, đơn vị sẽ tạm ngừng cấp điện theo
quy định.

Thanh toán trực tuyến và tra cứu hóa đơn tại:
https://dienluc-songhong.example.net/thanh-toan?ma=PA22BG0017845

Trường hợp đã thanh toán, vui lòng bỏ qua thông báo này.`,
  },
  {
    f: 'en-tax-authority-penalty-notice.eml',
    via: 'botnet',
    helo: 'WIN-3B8KX0P1QRN',
    mailer: 'Microsoft Outlook 16.0',
    lang: 'en-US',
    from: ['General Department of Taxation', 'notice@e-tax-vietnam.example.com'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: 'Notice of administrative penalty - electronic invoice irregularities',
    date: '2024-06-24 09:30:18 +0700',
    enc: '7bit',
    html: `<html><body style="font-family:Arial;font-size:14px">
<p>Dear Taxpayer,</p>
<p>Our automated e-invoice audit identified irregularities in 12 electronic invoices issued by your
organisation between January and May 2024. An administrative penalty of <b>VND 35,000,000</b> has
been proposed.</p>
<p>You may view the penalty decision and submit an explanation within 3 working days:</p>
<p><a href="http://192.0.2.118/etax/penalty/view.php?case=EI-240624-771">View penalty decision (PDF)</a></p>
<p>Failure to respond will result in enforcement measures.</p>
<p>General Department of Taxation<br>E-invoice Audit Division</p>
</body></html>`,
  },
];
