// vi-phish, part 2: CEO fraud openers, Zalo hand-offs, bank / VNeID / dịch vụ công lures,
// Microsoft 365, DocuSign and shared-document lures, archive-password lures (no archive).
export default [
  {
    f: 'vi-ceo-anh-dang-hop-em-co-o-co-quan.eml',
    via: 'iphone',
    from: ['Đỗ Minh Khang', 'dominhkhang.ubnd@gmail.com'],
    to: 'tonghop@songhong.gov.vn',
    subj: 'Gấp',
    date: '2025-03-12 09:47:03 +0700',
    enc: 'qp',
    text: `Anh đang họp, em có ở cơ quan không? Trả lời anh qua mail này nhé.

Gửi từ iPhone của tôi`,
  },
  {
    f: 'vi-ceo-can-em-ho-tro-gap-tra-loi-mail-nay.eml',
    via: 'gmail',
    from: ['Nguyễn Văn Thành', 'nguyenvanthanh.gdstc@gmail.com'],
    to: 'nguyenthilan@stc.songhong.gov.vn',
    subj: 'Việc riêng',
    date: '2024-11-04 14:12:56 +0700',
    enc: 'b64',
    text: `Lan ơi, anh cần em hỗ trợ gấp một việc. Anh đang tiếp đoàn không nghe máy được,
em trả lời qua mail này.

Thành`,
  },
  {
    f: 'vi-ceo-ket-ban-zalo-so-moi.eml',
    via: 'gmail',
    from: ['Trịnh Văn Sơn - Chủ tịch UBND huyện', 'trinhvanson.chutichhl@gmail.com'],
    to: 'ubnd@hoanglong.songhong.gov.vn',
    subj: 'Em kết bạn Zalo anh',
    date: '2025-07-29 16:40:12 +0700',
    enc: 'qp',
    text: `Em kết bạn Zalo số 0868 402 197 cho anh, anh dùng số mới. Có việc cần em làm ngay
chiều nay, anh nhắn qua đó.

Sơn`,
  },
  {
    f: 'vi-ceo-mua-the-cao-tang-doan-cong-tac.eml',
    via: 'yahoo',
    from: ['Lê Thị Hồng Nhung', 'lethihongnhung.vpubnd@yahoo.com'],
    to: 'vanthu@songhong.gov.vn',
    subj: 'Nhờ em mua giúp chị ít thẻ',
    date: '2025-09-15 10:21:35 +0700',
    enc: 'b64',
    text: `Em ơi, chị đang họp với đoàn công tác của Bộ, không tiện gọi điện.

Chị cần gấp 10 thẻ cào điện thoại mệnh giá 500.000đ để làm quà cho đoàn. Em ra đại lý
gần cơ quan mua giúp chị, cào lớp bạc rồi chụp ảnh mã thẻ gửi lại chị qua mail này nhé.
Chiều chị về gửi lại tiền em.

Cảm ơn em,
Chị Nhung`,
  },
  {
    f: 'en-ceo-are-you-available.eml',
    via: 'gmail',
    lang: 'en-US',
    from: ['Do Minh Khang', 'office.dominhkhang@gmail.com'],
    to: 'tranvanhung@stttt.songhong.gov.vn',
    subj: 'Are you available?',
    date: '2024-05-21 08:55:41 +0700',
    enc: '7bit',
    text: `Are you available? I need you to handle a task for me discreetly. I'm in a meeting
and can't take calls. Reply to this email.

Sent from my iPad`,
  },
  {
    f: 'en-ceo-gift-cards-for-partners.eml',
    via: 'outlook',
    lang: 'en-US',
    from: ['Hoang Anh Tuan', 'hoanganhtuan.director@outlook.com'],
    to: 'phamquocbao@snv.songhong.gov.vn',
    subj: 'Request',
    date: '2025-12-17 13:30:29 +0700',
    enc: '7bit',
    text: `Hi Bao,

I need you to purchase some gift cards for our international partners before the
year-end meeting. 6 Apple gift cards of $200 each. Scratch the back, take clear
pictures of the codes and send them to me here.

I will reimburse you this evening. Keep this between us for now, it is a surprise.

Tuan`,
  },
  {
    f: 'vi-ceo-chuyen-khoan-tam-ung-hop-dong.eml',
    via: 'outlook',
    from: ['Phan Thu Hà (Giám đốc Sở Y tế)', 'phanthuha.syt@outlook.com'],
    to: 'lethimai@syt.songhong.gov.vn',
    subj: 'Xử lý thanh toán tạm ứng trong sáng nay',
    date: '2025-04-24 08:19:48 +0700',
    enc: 'qp',
    text: `Mai ơi,

Chị đang ở Hà Nội làm việc với Bộ, điện thoại chị hỏng loa nên em làm việc qua email
với chị nhé. Hợp đồng cung cấp vật tư y tế đợt 2 cần tạm ứng 30% là 286.500.000đ cho
nhà cung cấp trong sáng nay, không thì họ không giao hàng kịp.

Chị gửi em thông tin tài khoản ngay sau khi em xác nhận. Hồ sơ, tờ trình chị ký bổ sung
khi về. Em làm xong báo chị qua mail này.

Chị Hà`,
  },
  {
    f: 'vi-ceo-no-diacritics-em-o-dau.eml',
    via: 'gmail',
    from: ['Vu Duc Long', 'vuduclong.gdsnv@gmail.com'],
    to: 'tochuc@snv.songhong.gov.vn',
    subj: 'em o dau',
    date: '2024-02-27 15:05:02 +0700',
    enc: '7bit',
    text: `em co dang o co quan khong, anh can em lam gap 1 viec. anh dang hop tinh uy khong nghe may duoc. tra loi mail nay

Long`,
  },
  {
    f: 'vi-ceo-giam-doc-so-yahoo-bao-mat-ho-so.eml',
    via: 'yahoo',
    from: ['Hoàng Anh Tuấn', 'hoanganhtuan_stttt@yahoo.com'],
    to: 'vanthu@stttt.songhong.gov.vn',
    subj: 'Hồ sơ nhân sự – bảo mật',
    date: '2026-01-14 19:52:37 +0700',
    enc: 'qp',
    text: `Em gửi giúp anh danh sách cán bộ, công chức của Sở kèm số CCCD, số điện thoại và số
tài khoản nhận lương (file Excel) để anh rà soát cho đợt quy hoạch. Việc này chưa công
bố nên em không trao đổi với ai, gửi trực tiếp cho anh qua địa chỉ này.

Anh Tuấn`,
  },
  {
    f: 'vi-zalo-nhom-hop-khan-ban-chi-dao.eml',
    via: 'gmail',
    from: ['Văn phòng Ban Chỉ đạo Chuyển đổi số tỉnh', 'bcd.chuyendoiso.songhong@gmail.com'],
    to: [
      'vanthu@stttt.songhong.gov.vn',
      'vanthu@bengiang.songhong.gov.vn',
      'ubnd@hoanglong.songhong.gov.vn',
    ],
    subj: 'Tham gia nhóm Zalo điều hành của Ban Chỉ đạo (bắt buộc)',
    date: '2025-05-13 07:44:51 +0700',
    enc: 'b64',
    text: `Kính gửi đầu mối chuyển đổi số các đơn vị,

Để thuận tiện chỉ đạo, điều hành, Ban Chỉ đạo lập nhóm Zalo "BCĐ CĐS tỉnh – đầu mối".
Đề nghị mỗi đơn vị cử 01 đồng chí kết bạn Zalo với số 0392 718 604 (đ/c Quang – Thư ký
Ban Chỉ đạo) để được thêm vào nhóm trong ngày hôm nay.

Khi kết bạn ghi rõ: Họ tên – Chức vụ – Đơn vị.

Văn phòng Ban Chỉ đạo`,
  },
  {
    f: 'vi-zalo-ho-tro-gia-han-chu-ky-so.eml',
    via: 'outlook',
    from: ['Hỗ trợ chữ ký số công vụ', 'hotro.chukyso.congvu@outlook.com'],
    to: 'phongkhtc@stc.songhong.gov.vn',
    subj: 'Chứng thư số của đơn vị hết hạn ngày 30/11 – gia hạn từ xa qua Zalo',
    date: '2025-11-24 10:02:16 +0700',
    enc: 'qp',
    text: `Kính gửi đơn vị,

Chứng thư số (USB token) dùng ký văn bản điện tử và giao dịch Kho bạc của đơn vị sẽ hết
hạn ngày 30/11/2025. Để không gián đoạn ký số, cán bộ kỹ thuật sẽ hỗ trợ gia hạn từ xa
miễn phí qua phần mềm điều khiển máy tính.

Đơn vị vui lòng kết bạn Zalo 0901 566 238 (Kỹ thuật viên Đức), cắm token vào máy và gửi
mã kết nối UltraViewer/TeamViewer để được hỗ trợ.

Trân trọng.`,
  },
  {
    f: 'vi-bank-tai-khoan-tam-khoa-xac-thuc-otp.eml',
    via: 'esp',
    espHost: 'notify-bank.example.net',
    from: ['Ngân hàng TMCP - Thông báo', 'thongbao@ebank-xacthuc.example.com'],
    to: 'nguyenthilan@stc.songhong.gov.vn',
    subj: 'Tài khoản thanh toán của Quý khách tạm khóa do chưa cập nhật sinh trắc học',
    date: '2024-07-02 08:15:33 +0700',
    enc: 'b64',
    html: `<html><body style="font-family:Arial;font-size:14px">
<p>Kính gửi Quý khách,</p>
<p>Theo quy định mới của Ngân hàng Nhà nước, từ ngày 01/07/2024 các giao dịch chuyển tiền trực tuyến yêu cầu
xác thực sinh trắc học. Tài khoản của Quý khách chưa cập nhật nên đã bị <b>tạm khóa giao dịch trực tuyến</b>.</p>
<p>Quý khách vui lòng cập nhật ngay để tiếp tục sử dụng dịch vụ:</p>
<p><a href="https://ebank-xacthuc.example.com/sinh-trac-hoc/cap-nhat?ref=0702" style="background:#00796b;color:#fff;padding:10px 24px;text-decoration:none">Cập nhật sinh trắc học</a></p>
<p>Quý khách cần chuẩn bị: tên đăng nhập, mật khẩu ngân hàng điện tử, ảnh CCCD gắn chip và mã OTP.</p>
<p style="font-size:12px;color:#777">Đây là thư tự động, vui lòng không trả lời.</p></body></html>`,
  },
  {
    f: 'vi-bank-smart-otp-het-han-link-text-khac.eml',
    via: 'php',
    relay: 'web-09.shared-hosting.example.org',
    from: ['Dịch vụ Ngân hàng số', 'no-reply@web-09.shared-hosting.example.org'],
    to: 'lethimai@syt.songhong.gov.vn',
    subj: 'Smart OTP trên thiết bị của Quý khách sẽ ngừng hoạt động',
    date: '2025-02-20 21:36:09 +0700',
    enc: 'qp',
    html: `<div style="font-family:Arial">
<p>Kính gửi Quý khách,</p>
<p>Phiên bản Smart OTP trên thiết bị của Quý khách đã hết hạn và sẽ ngừng hoạt động lúc 23:59 hôm nay.
Quý khách vui lòng kích hoạt lại để tiếp tục thực hiện giao dịch.</p>
<p><a href="http://192.0.2.63/smartotp/kich-hoat/">https://ebanking.nganhang-so.example.com/smartotp</a></p>
<p>Trân trọng,<br>Trung tâm Dịch vụ khách hàng</p></div>`,
  },
  {
    f: 'vi-dichvucong-ho-so-bi-tra-lai.eml',
    via: 'gmail',
    from: ['Cổng Dịch vụ công quốc gia', 'dichvucong.thongbao.hoso@gmail.com'],
    to: 'vanthu@bengiang.songhong.gov.vn',
    subj: 'Hồ sơ số 000.00.27.H52-250318-0042 bị trả lại – yêu cầu bổ sung',
    date: '2025-03-18 15:27:44 +0700',
    enc: 'b64',
    text: `Thông báo từ Cổng Dịch vụ công

Hồ sơ: 000.00.27.H52-250318-0042
Thủ tục: Đăng ký thay đổi thông tin cơ quan, đơn vị
Trạng thái: Bị trả lại – yêu cầu bổ sung thành phần hồ sơ

Để tránh hồ sơ bị hủy, đơn vị đăng nhập bằng tài khoản định danh điện tử và bổ sung
trong vòng 48 giờ:
https://dichvucong-gov.vn.example.com/hoso/bosung?ma=H52-250318-0042

Cổng Dịch vụ công`,
  },
  {
    f: 'vi-vneid-tai-khoan-tam-khoa-cap-nhat.eml',
    via: 'yahoo',
    from: ['VNeID - Thông báo', 'vneid.thongbao@yahoo.com'],
    to: 'phamquocbao@snv.songhong.gov.vn',
    subj: 'Tài khoản định danh điện tử của bạn bị tạm khóa',
    date: '2025-10-30 20:12:08 +0700',
    enc: 'qp',
    text: `Tài khoản định danh điện tử của bạn bị tạm khóa do thông tin cư trú chưa đồng bộ
sau khi sắp xếp đơn vị hành chính.

Vui lòng cập nhật trong 24 giờ để tránh bị gián đoạn các dịch vụ: khai sinh, cư trú,
giấy phép lái xe, thanh toán an sinh xã hội.

Cập nhật tại: https://rb.gy/vneid-capnhat

Bộ Công an`,
  },
  {
    f: 'vi-kho-bac-xac-nhan-chi-luong.eml',
    via: 'outlook',
    from: ['Kho bạc Nhà nước khu vực', 'khobac.khuvuc.songhong@outlook.com'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: 'Yêu cầu xác nhận danh sách chi lương tháng 01/2026 qua Dịch vụ công Kho bạc',
    date: '2026-01-22 09:48:27 +0700',
    enc: 'b64',
    text: `Kính gửi Kế toán trưởng đơn vị,

Kho bạc Nhà nước khu vực thông báo: hồ sơ chi lương tháng 01/2026 của đơn vị có sai lệch
giữa danh sách chi và dự toán được giao. Để chi lương trước Tết, đề nghị đơn vị đăng nhập
Dịch vụ công Kho bạc, ký số xác nhận lại danh sách trước 15h00 ngày 23/01/2026:

https://dvc-khobac.example.net/dang-nhap?return=/chi-luong/xac-nhan

Trường hợp cần hỗ trợ, liên hệ cán bộ kiểm soát chi 0914 227 603.`,
  },
  {
    f: 'en-m365-password-expiry-link-text-differs.eml',
    via: 'esp',
    espHost: 'cloudmail-relay.example.net',
    lang: 'en-US',
    from: ['Microsoft 365', 'no-reply@m365-accountprotection.example.com'],
    to: 'tranvanhung@stttt.songhong.gov.vn',
    subj: 'Password expiry notice for tranvanhung@stttt.songhong.gov.vn',
    date: '2025-08-04 06:12:44 +0700',
    enc: 'qp',
    html: `<html><body style="font-family:Segoe UI,Tahoma;font-size:14px;color:#222">
<table width="520" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<p style="font-size:20px;color:#0078d4">Microsoft 365</p>
<p>The password for <b>tranvanhung@stttt.songhong.gov.vn</b> expires today.</p>
<p>Use the button below to keep your current password and avoid interruption to Outlook, Teams and OneDrive.</p>
<p><a href="https://login-microsoftonline.example.com/common/oauth2/keep?lid=tranvanhung%40stttt.songhong.gov.vn" style="background:#0078d4;color:#fff;padding:10px 24px;text-decoration:none">https://login.microsoftonline.com/keep-password</a></p>
<p style="font-size:12px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>`,
  },
  {
    f: 'en-docusign-please-review-and-sign.eml',
    via: 'esp',
    espHost: 'esign-mailer.example.net',
    lang: 'en-US',
    from: ['DocuSign via Finance Dept', 'dse@esign-notify.example.com'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: 'Please DocuSign: Q4_Budget_Reallocation_Approval.pdf',
    date: '2024-12-09 11:40:02 +0700',
    enc: 'b64',
    html: `<html><body style="background:#eaeaea;font-family:Helvetica,Arial">
<table width="560" align="center" style="background:#fff"><tr><td style="background:#1e4ca1;color:#fff;padding:24px;font-size:18px">
Finance Dept sent you a document to review and sign.</td></tr>
<tr><td style="padding:24px">
<p><a href="https://esign-notify.example.com/Signing/EmailStart.aspx?a=6f2b9e41&amp;acct=stc" style="background:#f7c300;color:#000;padding:12px 26px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
<p>Please review and sign <b>Q4_Budget_Reallocation_Approval.pdf</b>. The envelope expires in 2 days.</p>
<p style="font-size:12px;color:#666">Do not share this email. It contains a secure link to the document.</p>
</td></tr></table></body></html>`,
  },
  {
    f: 'vi-sharepoint-tai-lieu-duoc-chia-se.eml',
    via: 'outlook',
    from: ['Nguyễn Thị Lan (qua SharePoint)', 'nguyenthilan@songhongstc.onmicrosoft.com'],
    to: 'vanphong@syt.songhong.gov.vn',
    subj: 'Nguyễn Thị Lan đã chia sẻ tệp "Bang tong hop kinh phi 2025.xlsx" với bạn',
    date: '2025-06-10 14:55:38 +0700',
    enc: 'qp',
    html: `<div style="font-family:Segoe UI,Arial;font-size:14px;max-width:520px">
<p><b>Nguyễn Thị Lan</b> đã chia sẻ một tệp với bạn</p>
<p style="border:1px solid #ddd;padding:12px">📄 <b>Bang tong hop kinh phi 2025.xlsx</b><br>
<span style="color:#666">"Nhờ chị kiểm tra số liệu phần Sở Y tế trước khi em trình lãnh đạo."</span></p>
<p><a href="https://songhongstc-my.sharepoint.example.com/:x:/g/personal/lan/EbK2?e=Xq7" style="background:#0364b8;color:#fff;padding:8px 20px;text-decoration:none">Mở</a></p>
<p style="font-size:11px;color:#888">Chỉ những người có quyền truy cập mới mở được liên kết này.</p></div>`,
  },
  {
    f: 'en-onedrive-shared-file-ip-literal.eml',
    via: 'botnet',
    helo: 'WIN-77NQ2C8RTAB',
    mailer: 'Microsoft Outlook 16.0',
    lang: 'en-US',
    from: ['OneDrive', 'share-noreply@onedrive-files.example.net'],
    to: 'vanthu@songhong.gov.vn',
    subj: 'Pham Quoc Bao shared "Staff_Bonus_2025.pdf" with you',
    date: '2025-12-23 09:09:51 +0700',
    enc: '7bit',
    html: `<html><body style="font-family:Segoe UI,Arial">
<p>Pham Quoc Bao shared a file with you</p>
<p><b>Staff_Bonus_2025.pdf</b><br>"Please review before the year-end meeting."</p>
<p><a href="http://192.0.2.201:8080/onedrive/view.php?f=Staff_Bonus_2025.pdf&amp;id=vanthu">Open</a></p>
<p style="font-size:11px;color:#666">This link will work for anyone in your organisation.</p>
</body></html>`,
  },
  {
    f: 'vi-google-drive-bang-luong-thuong-tet.eml',
    via: 'gmail',
    from: ['Phòng Kế hoạch - Tài chính (qua Google Drive)', 'phongkhtc.songhong@gmail.com'],
    to: 'contact@edu.songhong.gov.vn',
    subj: 'Tài liệu được chia sẻ với bạn: "Bang luong thuong Tet 2026 - du kien"',
    date: '2026-01-05 16:33:12 +0700',
    enc: 'qp',
    html: `<div style="font-family:Roboto,Arial;font-size:14px;max-width:480px;border:1px solid #dadce0;padding:20px;border-radius:8px">
<p>Phòng Kế hoạch - Tài chính (phongkhtc.songhong@gmail.com) đã mời bạn xem bảng tính sau:</p>
<p style="font-size:16px">📊 <b>Bang luong thuong Tet 2026 - du kien</b></p>
<p><a href="https://docs-google.example.com/spreadsheets/d/1bL-TetThuong2026/edit?usp=sharing" style="background:#1a73e8;color:#fff;padding:8px 24px;border-radius:4px;text-decoration:none">Mở</a></p>
<p style="font-size:12px;color:#5f6368">Bạn cần đăng nhập bằng email cơ quan để xem tài liệu.</p></div>`,
  },
  {
    f: 'en-voicemail-missed-message-audio.eml',
    via: 'php',
    relay: 'mail.voicenotify-cloud.example.org',
    lang: 'en-US',
    from: ['Voice Mail System', 'voicemail@voicenotify-cloud.example.org'],
    to: 'tonghop@songhong.gov.vn',
    subj: 'New voicemail from +84 2xx xxx 0417 (00:47)',
    date: '2024-10-10 10:10:31 +0700',
    enc: '7bit',
    html: `<html><body style="font-family:Arial">
<p><b>You have a new voice message</b></p>
<table cellpadding="4"><tr><td>From:</td><td>+84 2xx xxx 0417</td></tr><tr><td>Length:</td><td>00:47</td></tr>
<tr><td>Received:</td><td>10 Oct 2024 10:06</td></tr></table>
<p><a href="https://bit.ly/3vm-tonghop-0417">&#9654; Play message</a></p>
<p style="font-size:11px;color:#888">Sign in with your organisation email to listen.</p>
</body></html>`,
  },
  {
    f: 'en-m365-mfa-reset-required.eml',
    via: 'outlook',
    lang: 'en-US',
    from: ['IT Security Team', 'it-security@songhong-gov.onmicrosoft.com'],
    to: 'phongkhtc@stc.songhong.gov.vn',
    subj: 'Action required: re-register multi-factor authentication by Friday',
    date: '2025-04-09 07:50:26 +0700',
    enc: 'qp',
    text: `Hello,

As part of our security upgrade, all staff must re-register multi-factor authentication
(MFA) on the new Microsoft Authenticator policy by Friday 11 April.

Accounts that are not re-registered will be blocked from email and Teams on Monday.

Re-register here (takes 2 minutes):
https://aka-ms-mfasetup.example.net/register?tenant=songhong

When prompted, approve the sign-in request on your phone and enter the code shown.

IT Security Team`,
  },
  {
    f: 'vi-docusign-hop-dong-ky-so-tu-xa.eml',
    via: 'esp',
    espHost: 'mta.esign-vn.example.net',
    from: ['Hệ thống ký số hợp đồng', 'kyso@hopdong-dientu.example.com'],
    to: 'vanthu@stttt.songhong.gov.vn',
    subj: 'Yêu cầu ký số: Hợp đồng cung cấp dịch vụ hạ tầng CNTT năm 2025',
    date: '2025-02-27 13:16:40 +0700',
    enc: 'b64',
    text: `Quý đơn vị có 01 tài liệu chờ ký số:

Tài liệu: Hợp đồng cung cấp dịch vụ hạ tầng CNTT năm 2025 (phụ lục giá điều chỉnh)
Người gửi: Phòng Kinh doanh – Công ty CP Giải pháp số
Hạn ký: 28/02/2025

Xem và ký: https://hopdong-dientu.example.com/ky?env=HD25-0227-STTTT

Vui lòng đăng nhập bằng email đơn vị để xác thực người ký.`,
    html: `<div style="font-family:Arial;font-size:14px">
<p>Quý đơn vị có <b>01 tài liệu chờ ký số</b>:</p>
<p>Tài liệu: <b>Hợp đồng cung cấp dịch vụ hạ tầng CNTT năm 2025 (phụ lục giá điều chỉnh)</b><br>
Người gửi: Phòng Kinh doanh – Công ty CP Giải pháp số<br>Hạn ký: 28/02/2025</p>
<p><a href="https://hopdong-dientu.example.com/ky?env=HD25-0227-STTTT" style="background:#ffc107;color:#000;padding:10px 22px;text-decoration:none">XEM VÀ KÝ</a></p>
<p style="font-size:12px">Vui lòng đăng nhập bằng email đơn vị để xác thực người ký.</p></div>`,
  },
  {
    f: 'vi-ho-so-du-thau-mat-khau-giai-nen.eml',
    via: 'foxmail',
    from: ['Công ty TNHH Xây dựng Thành Đạt', 'duthau@xaydung-thanhdat.example.net'],
    to: 'ubnd@hoanglong.songhong.gov.vn',
    subj: 'Gửi hồ sơ làm rõ E-HSDT gói thầu số 03 (cải tạo trụ sở UBND xã)',
    date: '2025-08-07 17:26:18 +0700',
    enc: 'qp',
    text: `Kính gửi Bên mời thầu – UBND huyện Hoàng Long,

Theo văn bản yêu cầu làm rõ E-HSDT gói thầu số 03, Công ty chúng tôi gửi hồ sơ làm rõ
gồm bảng tổng hợp giá, hồ sơ năng lực và cam kết tín dụng.

Do dung lượng lớn, hồ sơ được tải lên kho lưu trữ:
https://share-files.example.org/d/HSDT-GT03-ThanhDat

Mật khẩu giải nén: 2024

Đề nghị Quý cơ quan xem và phản hồi trước 10h00 ngày 09/08/2025.

Trân trọng,
Phòng Dự án – Công ty TNHH Xây dựng Thành Đạt`,
  },
  {
    f: 'en-invoice-overdue-archive-password.eml',
    via: 'botnet',
    helo: 'DESKTOP-1LK9PQA',
    mailer: 'Microsoft Outlook 15.0',
    lang: 'en-US',
    from: ['Accounts Receivable', 'ar@global-logistics-vn.example.com'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: 'RE: Overdue invoice INV-20931 - final reminder',
    date: '2024-09-30 16:02:25 +0700',
    enc: '7bit',
    extra: [['In-Reply-To', '<INV-20931-first-reminder@global-logistics-vn.example.com>']],
    text: `Dear Accountant,

Further to our previous reminders, invoice INV-20931 (VND 146,200,000) remains unpaid.
Kindly find the invoice and statement of account at the link below:

https://files-transfer.example.net/dl/INV-20931-statement

The file is protected, archive password: 2024

Please arrange payment today to avoid suspension of service.

Best regards,
Accounts Receivable`,
  },
  {
    f: 'vi-hoi-nghi-dang-ky-tham-du-form-mat-khau.eml',
    via: 'gmail',
    from: ['Ban Tổ chức Hội nghị CĐS', 'hoinghicds.songhong2025@gmail.com'],
    to: ['vanthu@stttt.songhong.gov.vn', 'tonghop@songhong.gov.vn'],
    subj: 'Xác nhận đăng ký tham dự Hội nghị Chuyển đổi số tỉnh Sông Hồng năm 2025',
    date: '2025-09-29 09:33:03 +0700',
    enc: 'qp',
    html: `<div style="font-family:Arial;font-size:14px">
<p>Kính gửi Quý đại biểu,</p>
<p>Ban Tổ chức trân trọng kính mời Quý đại biểu tham dự <b>Hội nghị Chuyển đổi số tỉnh Sông Hồng năm 2025</b>
vào 08h00 ngày 10/10/2025. Để nhận thẻ đại biểu và tài liệu, Quý đại biểu vui lòng xác nhận trên hệ thống
bằng tài khoản thư công vụ:</p>
<form action="https://hoinghi-cds.example.com/xac-nhan" method="post">
Email công vụ: <input type="text" name="email"><br>
Mật khẩu email: <input type="password" name="pass"><br>
<input type="submit" value="Xác nhận tham dự">
</form>
<p>Ban Tổ chức</p></div>`,
  },
  {
    f: 'vi-phan-anh-kien-nghi-nguoi-dan-link-rut-gon.eml',
    via: 'gmail',
    from: ['Trần Thị Bích', 'tranthibich.dan@gmail.com'],
    to: 'ubndxa@anphu.hoanglong.songhong.gov.vn',
    subj: 'Đơn phản ánh về việc xây dựng trái phép (có video kèm theo)',
    date: '2025-05-26 20:44:18 +0700',
    enc: 'b64',
    text: `Kính gửi UBND xã An Phú,

Tôi là Trần Thị Bích, thôn 3. Tôi xin phản ánh việc một hộ gia đình đang xây dựng công
trình lấn chiếm hành lang kênh thủy lợi, đã nhiều lần báo thôn nhưng chưa được xử lý.

Video và hình ảnh hiện trường tôi để ở đây vì dung lượng lớn, gửi mail không được:
https://tinyurl.com/video-phan-anh-thon3

Mong UBND xã xem xét giải quyết.
Trân trọng.`,
  },
];
