// vi-spam, part 1: prizes, loans, betting, fake jobs, crypto. Every text written for mailshield.
export default [
  {
    f: 'vi-prize-tri-an-khach-hang-xe-may.eml',
    via: 'esp',
    espHost: 'mailer-hub.example.net',
    from: ['Chương trình Tri Ân Khách Hàng', 'thongbao@em4821.trian-khachhang.example.com'],
    to: 'vanthu@stttt.songhong.gov.vn',
    subj: '🎁 Chúc mừng Quý khách đã được chọn nhận 01 xe tay ga trong đợt tri ân tháng 11',
    date: '2024-11-18 09:14:22 +0700',
    enc: 'b64',
    extra: [['List-Unsubscribe', '<https://trian-khachhang.example.com/huy?e=vanthu>']],
    text: `Kính gửi Quý khách hàng thân thiết,

Nhân dịp kỷ niệm 15 năm thành lập, Ban tổ chức chương trình "Tri ân khách hàng 2024" xin
chúc mừng địa chỉ email của Quý khách đã được hệ thống quay số ngẫu nhiên lựa chọn nhận
giải Nhì: 01 xe tay ga trị giá 48.900.000 VNĐ.

Mã trúng thưởng của Quý khách: TA-2411-08815

Để nhận giải, Quý khách vui lòng xác nhận thông tin nhận quà trước 17h00 ngày 20/11:
https://trian-khachhang.example.com/nhan-qua?ma=TA-2411-08815

Lưu ý: Quý khách chịu phí trước bạ và vận chuyển (1.850.000đ), hoàn lại khi nhận xe.

Trân trọng,
Ban tổ chức`,
    html: `<html><body style="font-family:Arial;background:#fff4e5">
<div style="max-width:600px;margin:auto;border:3px solid #e53935;padding:20px">
<h2 style="color:#e53935;text-align:center">TRI ÂN KHÁCH HÀNG 2024</h2>
<p>Kính gửi Quý khách hàng thân thiết,</p>
<p>Nhân dịp kỷ niệm 15 năm thành lập, địa chỉ email của Quý khách đã được hệ thống quay số
ngẫu nhiên lựa chọn nhận <b>giải Nhì: 01 xe tay ga trị giá 48.900.000 VNĐ</b>.</p>
<p style="font-size:20px;text-align:center">Mã trúng thưởng: <b>TA-2411-08815</b></p>
<p style="text-align:center"><a href="https://trian-khachhang.example.com/nhan-qua?ma=TA-2411-08815"
style="background:#e53935;color:#fff;padding:12px 30px;text-decoration:none;border-radius:6px">XÁC NHẬN NHẬN QUÀ</a></p>
<p style="font-size:12px;color:#666">Quý khách chịu phí trước bạ và vận chuyển (1.850.000đ), hoàn lại khi nhận xe.
Hạn xác nhận 17h00 ngày 20/11.</p>
</div></body></html>`,
  },
  {
    f: 'vi-prize-vong-quay-no-diacritics.eml',
    via: 'php',
    relay: 'web04.shop-hosting.example.org',
    from: ['Vong Quay May Man', 'noreply@web04.shop-hosting.example.org'],
    to: 'tonghop@songhong.gov.vn',
    subj: 'Ban co 1 luot quay trung iPhone 16 Pro Max - het han trong 24h',
    date: '2025-02-07 22:41:05 +0700',
    enc: '7bit',
    text: `Xin chao,

He thong ghi nhan ban con 01 LUOT QUAY MIEN PHI chua su dung trong chuong trinh
"Vong quay Xuan At Ty".

Giai thuong: iPhone 16 Pro Max, phieu mua hang 5 trieu, the nap 500k.
100% luot quay deu co qua.

Quay ngay tai: http://vongquay-xuan.example.com/quay?uid=88213

Luot quay se bi huy sau 24 gio. Chi ap dung 1 lan cho moi dia chi email.

Neu khong muon nhan thu, bo qua email nay.`,
  },
  {
    f: 'vi-prize-phi-thue-thu-nhap-qp.eml',
    via: 'gmail',
    from: ['Phòng Trao Giải Thưởng', 'traogiai.khuyenmai2025@gmail.com'],
    to: 'nguyenthilan@stc.songhong.gov.vn',
    subj: 'Thông báo lần 2: Quý vị chưa hoàn tất thủ tục nhận giải thưởng 150.000.000đ',
    date: '2025-05-12 10:03:51 +0700',
    enc: 'qp',
    text: `Kính gửi Bà Nguyễn Thị Lan,

Đây là thông báo lần thứ hai. Theo kết quả quay thưởng ngày 05/05/2025, Quý vị là chủ
nhân giải Đặc biệt trị giá 150.000.000 đồng (Một trăm năm mươi triệu đồng).

Đến nay Quý vị chưa hoàn tất nghĩa vụ thuế thu nhập không thường xuyên (10% giá trị
giải) nên giải thưởng đang được tạm giữ tại kho bạc của công ty.

Số tiền cần nộp: 15.000.000đ
Tài khoản nhận: 1903 5678 2211 09 - CONG TY TNHH TM DV HOANG PHAT
Nội dung: TDB 0505 + họ tên

Sau khi nộp, tiền thưởng sẽ được chuyển khoản trong 2 giờ làm việc. Quá 72 giờ không
phản hồi, giải thưởng sẽ được chuyển cho người dự bị.

Liên hệ hotline 0869 221 457 (Ms. Thảo) để được hướng dẫn.

Phòng Trao Giải Thưởng`,
  },
  {
    f: 'vi-prize-san-tmdt-sinh-nhat-voucher.eml',
    via: 'esp',
    espHost: 'bulk-relay.example.net',
    from: ['MuaSam Vàng ✨ Sinh nhật 9 năm', 'uudai@news.muasamvang.example.com'],
    to: 'phongkhtc@stc.songhong.gov.vn',
    subj: 'Bạn nhận được hộp quà bí mật 5.000.000đ 🎉 Mở ngay trước 23:59',
    date: '2025-09-09 08:00:12 +0700',
    enc: 'qp',
    extra: [
      ['List-Unsubscribe', '<mailto:unsub@news.muasamvang.example.com?subject=unsub>'],
      ['Precedence', 'bulk'],
    ],
    html: `<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#ffe6ee">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff">
<tr><td style="background:#ff2d55;color:#fff;font-size:26px;padding:18px;text-align:center">SINH NHẬT 9.9 – HỘP QUÀ BÍ MẬT</td></tr>
<tr><td style="padding:20px;font-size:15px">
Chào bạn, chúc mừng tài khoản của bạn nằm trong danh sách <b>999 khách hàng may mắn</b> nhận hộp quà
trị giá đến <b>5.000.000đ</b> gồm voucher, tai nghe không dây và nồi chiên không dầu.<br><br>
Chỉ cần thanh toán phí đóng gói 39.000đ khi đăng ký.
</td></tr>
<tr><td align="center" style="padding:10px 0 30px"><a href="https://hopqua.muasamvang.example.com/mo-qua?c=SN9&amp;u=a81f2"
style="background:#ff2d55;color:#fff;padding:14px 40px;font-size:18px;text-decoration:none">MỞ HỘP QUÀ</a></td></tr>
<tr><td style="font-size:11px;color:#999;padding:10px">Bạn nhận email này vì đã đăng ký nhận tin. <a href="https://muasamvang.example.com/unsub">Hủy đăng ký</a></td></tr>
</table></td></tr></table></body></html>`,
  },
  {
    f: 'vi-prize-doi-diem-nha-mang-het-han.eml',
    via: 'botnet',
    mailer: 'Microsoft Outlook Express 6.00.2900.5931',
    from: ['CSKH Nha mang', 'cskh-doidiem@vienthong-uudai.example.net'],
    to: 'vanthu@bengiang.songhong.gov.vn',
    subj: 'Điểm thưởng 12.850 của Quý khách sẽ hết hạn vào 30/06',
    date: '2024-06-27 15:22:40 +0700',
    enc: 'b64',
    preamble: 'This is a multi-part message in MIME format.',
    text: `Kính gửi Quý khách,

Tài khoản thuê bao của Quý khách đang tích lũy 12.850 điểm thưởng. Số điểm này sẽ hết
hạn vào ngày 30/06/2024 và không được cộng dồn sang kỳ sau.

Quý khách có thể đổi điểm lấy: 01 tháng data 4G, thẻ cào 200.000đ, hoặc tai nghe Bluetooth.

Đổi điểm tại: http://doidiem-thuebao.example.net/vn/doi-qua

Để đổi điểm cần nhập số thuê bao và mã OTP gửi về máy.
Trân trọng cảm ơn.`,
    html: `<div style="font-family:Tahoma;font-size:14px">
<p>Kính gửi Quý khách,</p>
<p>Tài khoản thuê bao của Quý khách đang tích lũy <b style="color:red">12.850 điểm thưởng</b>.
Số điểm này sẽ hết hạn vào ngày <b>30/06/2024</b>.</p>
<p>Quà đổi điểm: data 4G 1 tháng, thẻ cào 200.000đ, tai nghe Bluetooth.</p>
<p><a href="http://doidiem-thuebao.example.net/vn/doi-qua">&gt;&gt; ĐỔI ĐIỂM NGAY &lt;&lt;</a></p>
<p style="color:#888">Cần nhập số thuê bao và mã OTP gửi về máy.</p></div>`,
  },
  {
    f: 'vi-prize-image-banner-short-text.eml',
    via: 'gmail',
    from: ['Quà Tặng Tri Ân', 'quatang.trian.vn@gmail.com'],
    to: 'ubnd@hoanglong.songhong.gov.vn',
    subj: 'Quà tặng dành riêng cho bạn',
    date: '2025-12-02 19:47:09 +0700',
    enc: 'b64',
    img: {
      inline: true,
      cid: 'qua-tang-01',
      name: 'qua-tang-tri-an.png',
      colours: [
        [230, 40, 40],
        [255, 215, 0],
        [230, 40, 40],
      ],
    },
    html: `<div style="text-align:center">
<a href="https://qua-trian.example.org/nhan?id=77120"><img src="cid:qua-tang-01" width="480" height="160" alt="Nhận quà"></a>
<p style="font-size:13px">Bấm vào ảnh để nhận quà. Số lượng có hạn.</p>
</div>`,
  },
  {
    f: 'vi-loan-giai-ngan-trong-ngay-chi-can-cccd.eml',
    via: 'gmail',
    from: ['Hỗ Trợ Tài Chính 24h', 'hotrovaytien.nhanh247@gmail.com'],
    to: 'tochuc@snv.songhong.gov.vn',
    subj: 'Vay tiêu dùng đến 80 triệu – chỉ cần CCCD, giải ngân trong ngày',
    date: '2024-08-05 07:55:31 +0700',
    enc: 'b64',
    text: `Chào anh/chị,

Bên em là đơn vị hỗ trợ vay tiêu dùng cá nhân, xin gửi anh/chị thông tin gói vay mới:

✅ Hạn mức 10 – 80 triệu
✅ Chỉ cần CCCD gắn chip, không thẩm định nhà
✅ Không cần chứng minh thu nhập, nợ xấu nhóm 2 vẫn hỗ trợ
✅ Giải ngân trong ngày, tiền về tài khoản sau 30 phút duyệt
✅ Lãi suất chỉ từ 0,8%/tháng

Đặc biệt cán bộ công chức, viên chức có hạn mức ưu đãi gấp đôi.

Anh/chị cần hỗ trợ nhắn Zalo 0978 316 240 (Ms Hạnh) hoặc đăng ký tại
https://vaynhanh24h.example.com/dang-ky?src=mail

Em cảm ơn anh/chị đã đọc thư.`,
  },
  {
    f: 'vi-loan-no-diacritics-zalo.eml',
    via: 'yahoo',
    from: ['Vay Von Tin Chap', 'vayvon_tinchap88@yahoo.com'],
    to: ['vanphong@syt.songhong.gov.vn', 'lethimai@syt.songhong.gov.vn'],
    subj: 'Ho tro vay von khong the chap, duyet ho so 15 phut',
    date: '2024-10-21 11:12:08 +0700',
    enc: '7bit',
    text: `Chao anh chi,

Can tien gap ma ngan hang tu choi? Ben em ho tro:
- Vay theo luong, theo hop dong bao hiem, theo hoa don dien
- Khoan vay 5tr - 50tr, tra gop 6 - 24 thang
- Khong can the chap, khong goi dien nguoi than
- Duyet ho so 15 phut, giai ngan ngay trong buoi

Lien he Zalo: 0935.447.128 (A Tuan)
Ho so chi can anh CCCD 2 mat + 1 tam anh chan dung.

Cam on anh chi da danh thoi gian doc.`,
  },
  {
    f: 'vi-loan-no-xau-van-vay-html.eml',
    via: 'php',
    relay: 'cpanel17.webhost-vn.example.org',
    phpUser: 'tinhoc3',
    script: 'wp-content/plugins/sendform/send.php',
    from: ['Tài Chính Việt', 'info@taichinhviet-online.example.com'],
    to: 'vanthu@songhong.gov.vn',
    subj: 'Nợ xấu vẫn vay được – hỗ trợ 24/7, không gọi người thân',
    date: '2025-03-30 23:05:44 +0700',
    enc: 'qp',
    html: `<html><body>
<h3 style="color:#0a7d32">NỢ XẤU VẪN VAY ĐƯỢC</h3>
<p>Bạn bị ngân hàng từ chối vì lịch sử tín dụng? Chúng tôi có giải pháp:</p>
<ul>
<li>Vay nhanh online qua app, không cần đến văn phòng</li>
<li>Hạn mức 3.000.000đ – 30.000.000đ</li>
<li>Nhận tiền sau 10 phút, thanh toán linh hoạt theo tuần</li>
<li>Cam kết bảo mật, không gọi người thân</li>
</ul>
<p><a href="https://app.vayde.example.com/r/KH2503" style="font-size:18px">👉 Tải ứng dụng và nhận khoản vay đầu tiên lãi 0%</a></p>
<p style="font-size:11px;color:#aaa">Lãi suất thực tế tùy hồ sơ. Email gửi tự động, vui lòng không trả lời.</p>
</body></html>`,
  },
  {
    f: 'vi-loan-nhan-vien-ngan-hang-tin-chap-luong.eml',
    via: 'outlook',
    from: ['Nguyễn Minh Hiếu - Chuyên viên tín dụng', 'hieu.nm.tindung@outlook.com'],
    to: 'phamquocbao@snv.songhong.gov.vn',
    subj: 'Gói vay tín chấp ưu đãi dành riêng cho CBCNV khối hành chính sự nghiệp',
    date: '2025-07-14 14:30:02 +0700',
    enc: 'b64',
    text: `Kính chào anh Bảo,

Em là Hiếu, chuyên viên tư vấn tín dụng khối khách hàng cá nhân. Hiện bên em đang triển
khai chương trình cho vay tín chấp theo lương dành riêng cho cán bộ, công chức, viên chức
khối hành chính sự nghiệp tỉnh Sông Hồng:

- Hạn mức đến 15 lần lương, tối đa 500 triệu
- Thời hạn vay 12 – 60 tháng
- Lãi suất ưu đãi 6,9%/năm trong 6 tháng đầu
- Không cần xác nhận của thủ trưởng đơn vị
- Hồ sơ online, giải ngân sau 1 ngày làm việc

Anh chỉ cần gửi giúp em ảnh CCCD hai mặt và sao kê lương 3 tháng gần nhất qua Zalo
0913 885 602, em sẽ lên hạn mức dự kiến trong 30 phút.

Trân trọng,
Nguyễn Minh Hiếu`,
  },
  {
    f: 'vi-loan-dao-han-the-tin-dung.eml',
    via: 'foxmail',
    from: ['Dịch vụ thẻ 247', 'dichvuthe247@dv-the.example.net'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: 'Đáo hạn – rút tiền mặt thẻ tín dụng phí chỉ 1.2%, có mặt sau 15 phút',
    date: '2025-10-03 09:41:17 +0700',
    enc: '8bit',
    text: `DỊCH VỤ THẺ 247 – UY TÍN – BẢO MẬT

• Đáo hạn thẻ tín dụng tất cả ngân hàng, phí 1.2%
• Rút tiền mặt từ thẻ tín dụng, nhận tiền ngay tại chỗ
• Hỗ trợ làm thẻ tín dụng hạn mức cao, không cần chứng minh thu nhập
• Có nhân viên đến tận cơ quan, không cần đi lại

Hotline/Zalo: 0886.702.339
Địa chỉ: số 12 đường Trần Phú, TP Bến Giang

Rất hân hạnh được phục vụ Quý khách!`,
  },
  {
    f: 'vi-loan-app-lai-suat-0-phan-tram.eml',
    via: 'esp',
    espHost: 'mailout.example.net',
    from: ['Ví Vay Nhanh', 'hello@mail.vivaynhanh.example.com'],
    to: 'contact@edu.songhong.gov.vn',
    subj: 'Khoản vay đầu tiên 0% lãi – duyệt tự động 5 phút',
    date: '2026-01-08 12:00:00 +0700',
    enc: 'b64',
    text: `Khoản vay đầu tiên 0% lãi – duyệt tự động 5 phút

Tải ứng dụng Ví Vay Nhanh, xác thực khuôn mặt và nhận ngay đến 10 triệu đồng.
Không giấy tờ, không thế chấp, hoạt động cả thứ Bảy và Chủ nhật.

Tải ứng dụng: https://go.vivaynhanh.example.com/app?utm_source=email&utm_campaign=t1

Mời bạn bè nhận thêm 200.000đ mỗi lượt giới thiệu thành công.`,
    html: `<table width="100%"><tr><td align="center" style="font-family:Helvetica">
<h1 style="color:#6b2bd9">0% LÃI khoản vay đầu tiên</h1>
<p>Duyệt tự động <b>5 phút</b>. Nhận ngay đến <b>10.000.000đ</b>.</p>
<p>Không giấy tờ · Không thế chấp · Cả thứ Bảy, Chủ nhật</p>
<p><a href="https://go.vivaynhanh.example.com/app?utm_source=email&amp;utm_campaign=t1"
style="display:inline-block;background:#6b2bd9;color:white;padding:12px 28px;border-radius:24px;text-decoration:none">Tải ứng dụng</a></p>
<p style="font-size:12px">Mời bạn bè nhận thêm 200.000đ mỗi lượt giới thiệu thành công.</p>
</td></tr></table>`,
  },
  {
    f: 'vi-bet-nha-cai-tang-88k-thanh-vien-moi.eml',
    via: 'gmail',
    from: ['NHÀ CÁI UY TÍN', 'khuyenmai.nhacai88vn@gmail.com'],
    to: 'thuvien@sgddt.songhong.gov.vn',
    subj: 'Tặng 88K trải nghiệm miễn phí – nạp đầu x200%',
    date: '2024-12-14 21:18:33 +0700',
    enc: 'b64',
    text: `Nhà cái hàng đầu châu Á chính thức có mặt tại Việt Nam!

🎁 Đăng ký mới tặng ngay 88K không cần nạp
💰 Nạp đầu nhận thưởng 200% đến 8.888.000đ
⚽ Cá cược bóng đá, casino trực tuyến, nổ hũ, bắn cá, đá gà
⚡ Rút tiền 3 phút, hỗ trợ mọi ngân hàng

Link đăng ký chính thức (không bị chặn):
https://nhacai88.example.com/dang-ky?ref=MAIL88

Link dự phòng: https://m.nc88vn.example.net/?aff=77

CSKH 24/7 Telegram: t.me/cskh_nc88`,
  },
  {
    f: 'vi-bet-no-hu-doi-thuong-html-only.eml',
    via: 'botnet',
    helo: 'WIN-8QJ2K1T6LMA',
    mailer: 'Sendblaster 4.4.2',
    from: ['Cổng Game Nổ Hũ', 'vip@nohu-club.example.org'],
    to: 'vanthu@stttt.songhong.gov.vn',
    subj: 'Hũ 3,2 tỷ vừa nổ – đến lượt bạn?',
    date: '2025-01-26 02:33:19 +0700',
    enc: 'qp',
    html: `<html><body style="background:#120024;color:#ffd54f;font-family:Verdana;text-align:center">
<h1>🔥 NỔ HŨ ĐỔI THƯỞNG 🔥</h1>
<p style="font-size:18px">Hũ Thần Tài <b>3.217.500.000đ</b> vừa nổ cho tài khoản <b>tu***88</b> lúc 01:47</p>
<p>Tỷ lệ nổ hũ cao nhất thị trường · Nạp rút siêu tốc qua ví điện tử và thẻ cào</p>
<p><a href="https://nohu-club.example.org/play?code=HU32" style="color:#120024;background:#ffd54f;padding:14px 36px;text-decoration:none;font-weight:bold">CHƠI NGAY – TẶNG 50 VÒNG QUAY</a></p>
<p style="font-size:11px;color:#8a7bb0">Trò chơi dành cho người trên 18 tuổi.</p>
</body></html>`,
  },
  {
    f: 'vi-bet-keo-bong-da-ngoai-hang-anh.eml',
    via: 'outlook',
    from: ['Soi Kèo Chuẩn', 'soikeochuan.vip@outlook.com'],
    to: 'tranvanhung@stttt.songhong.gov.vn',
    subj: 'Kèo thơm cuối tuần: tỷ lệ ăn 87% – vào nhóm kín miễn phí',
    date: '2025-08-22 17:06:45 +0700',
    enc: 'qp',
    text: `Chào anh em,

Cuối tuần này Ngoại hạng Anh có 4 trận đáng chú ý. Nhóm chuyên gia bên mình đã chốt
kèo châu Á và tài xỉu, tỷ lệ ăn 3 tháng gần nhất là 87%.

Anh em muốn nhận kèo miễn phí thì vào nhóm Telegram: t.me/soikeo_chuan_vip
Đặt cược tại nhà cái đối tác, nạp lần đầu được hoàn 100% nếu thua:
https://keo88.example.net/dk?aff=soikeo

Chơi có trách nhiệm, chúc anh em rực rỡ!`,
  },
  {
    f: 'vi-bet-no-diacritics-link-dang-ky.eml',
    via: 'php',
    relay: 'srv2.blog-hosting.example.org',
    from: ['KM Thanh Vien Moi', 'admin@srv2.blog-hosting.example.org'],
    to: 'ubndxa@anphu.hoanglong.songhong.gov.vn',
    subj: 'TANG NGAY 100K - dang ky la nhan, rut duoc luon',
    date: '2024-09-03 01:14:50 +0700',
    enc: '7bit',
    text: `TANG NGAY 100K CHO THANH VIEN MOI

Dang ky tai khoan, xac minh so dien thoai la nhan 100K vao tai khoan choi.
Khong can nap, rut duoc luon khi dat doanh thu cuoc.

Ca cuoc the thao - Casino live - No hu - Ban ca - Xo so
Hoan tra moi ngay 1.5%, khong gioi han.

Dang ky: https://vip.ok9vn.example.com/register?ref=a7x2
Link du phong: https://ok9vn-top.example.net/
Ho tro 24/7 qua Zalo: 0357 922 604`,
  },
  {
    f: 'vi-bet-casino-truc-tuyen-image.eml',
    via: 'esp',
    espHost: 'relay-mail.example.net',
    from: ['Royal Casino VN', 'promo@royalcasino-vn.example.com'],
    to: 'vanthu@bengiang.songhong.gov.vn',
    subj: 'Sòng bài trực tuyến với Dealer xinh đẹp – thưởng nạp 150%',
    date: '2025-06-07 20:20:20 +0700',
    enc: 'b64',
    img: {
      inline: true,
      cid: 'banner-casino@royal',
      name: 'casino.png',
      colours: [
        [20, 20, 20],
        [180, 0, 40],
        [212, 175, 55],
      ],
    },
    text: `Casino trực tuyến – Baccarat, Rồng Hổ, Xóc đĩa với Dealer trực tiếp.
Thưởng nạp lần đầu 150%. Chơi ngay: https://royalcasino-vn.example.com/live?src=em`,
    html: `<p style="text-align:center"><a href="https://royalcasino-vn.example.com/live?src=em"><img src="cid:banner-casino@royal" alt="Royal Casino" width="480"></a></p>
<p style="text-align:center;font-family:Arial">Baccarat · Rồng Hổ · Xóc đĩa với Dealer trực tiếp<br>
<b>Thưởng nạp lần đầu 150%</b></p>`,
  },
  {
    f: 'vi-bet-lo-de-online-ty-le-99.eml',
    via: 'yahoo',
    from: ['Lo De Online 1 an 99', 'lodeonline_1an99@yahoo.com'],
    to: 'ubnd@hoanglong.songhong.gov.vn',
    subj: 'Lô đề online 1 ăn 99.5 – trả thưởng trong 1 phút',
    date: '2025-11-29 18:02:13 +0700',
    enc: '8bit',
    text: `Lô đề online uy tín nhất 2025

- Tỷ lệ đề 1 ăn 99.5, lô 1 ăn 3.99
- Chơi từ 1.000đ, nạp rút qua ngân hàng và ví điện tử
- Trả thưởng trong 1 phút sau khi có kết quả xổ số
- Có xổ số nhanh 45 giây, chơi cả ngày

Vào chơi tại: https://lode99.example.com/?u=yh29
Nhập mã LD99 được cộng 50K.`,
  },
  {
    f: 'vi-bet-ban-ca-doi-thuong-the-cao.eml',
    via: 'gmail',
    from: ['Bắn Cá Hoàng Kim', 'bancahoangkim.official@gmail.com'],
    to: 'contact@edu.songhong.gov.vn',
    subj: 'Bắn cá đổi thưởng – đổi thẻ cào, rút về ngân hàng ngay',
    date: '2024-07-19 13:45:27 +0700',
    enc: 'qp',
    html: `<div style="font-family:Arial;font-size:15px">
<p><b>BẮN CÁ HOÀNG KIM</b> – game bắn cá đổi thưởng số 1</p>
<p>🐟 Tặng 20.000 xu cho tài khoản mới<br>
🎯 Boss Rồng Vàng x1000 lần cược<br>
💳 Đổi thưởng ra thẻ cào hoặc rút về ngân hàng trong 2 phút</p>
<p>Tải game: <a href="https://bancahoangkim.example.net/tai-game?ch=gm07">bancahoangkim.example.net/tai-game</a></p>
</div>`,
  },
  {
    f: 'vi-job-viec-nhe-luong-cao-tai-nha.eml',
    via: 'gmail',
    from: ['Tuyển Dụng Online', 'tuyendung.vieclamonline2024@gmail.com'],
    to: 'lethimai@syt.songhong.gov.vn',
    subj: 'Việc nhẹ lương cao: làm tại nhà 1-2 giờ/ngày, thu nhập 500k-1tr/ngày',
    date: '2024-05-16 20:37:58 +0700',
    enc: 'b64',
    text: `Chào bạn,

Bên mình đang cần tuyển gấp 30 cộng tác viên làm việc online tại nhà:

- Công việc: xử lý đơn hàng trên điện thoại, không cần kinh nghiệm
- Thời gian: 1-2 giờ mỗi ngày, làm giờ nào cũng được
- Thu nhập: 500.000đ – 1.000.000đ/ngày, nhận lương ngay trong ngày
- Không thu phí, không cọc

Phù hợp với người đi làm văn phòng, mẹ bỉm sữa, sinh viên.

Bạn quan tâm nhắn Zalo 0962 135 087 (chị Ngọc – Phòng nhân sự) để được hướng dẫn.
Số lượng có hạn, ưu tiên người liên hệ sớm!`,
  },
  {
    f: 'vi-job-ctv-chot-don-san-thuong-mai.eml',
    via: 'outlook',
    from: ['Phòng Nhân Sự - Sàn TMĐT', 'nhansu.ctv.tmdt@outlook.com'],
    to: 'phongkhtc@stc.songhong.gov.vn',
    subj: 'Tuyển CTV chốt đơn cho sàn thương mại điện tử – hoa hồng 10-20%/đơn',
    date: '2025-04-02 10:19:44 +0700',
    enc: 'qp',
    text: `Xin chào,

Chúng tôi là đối tác của các shop lớn trên sàn thương mại điện tử, cần tuyển cộng tác
viên "chốt đơn" để tăng tương tác cho gian hàng.

Cách làm:
1. Nhận link sản phẩm qua nhóm Telegram
2. Thanh toán đơn hàng bằng tài khoản của bạn (hệ thống hoàn tiền ngay)
3. Nhận lại tiền gốc + hoa hồng 10-20% sau mỗi nhiệm vụ

Nhiệm vụ đầu tiên chỉ 200.000đ, nhận về 240.000đ sau 5 phút.
Hoàn thành chuỗi 5 nhiệm vụ liên tục nhận thưởng thêm 500.000đ.

Đăng ký tham gia: https://ctv-chotdon.example.com/join?team=SH04

Phòng Nhân Sự`,
  },
  {
    f: 'vi-job-like-video-nhan-hoa-hong.eml',
    via: 'iphone',
    from: ['Ngọc Anh', 'ngocanh.hr.media@gmail.com'],
    to: 'vanthu@songhong.gov.vn',
    subj: 'Công việc thả tim video, 10k/lượt',
    date: '2025-06-25 12:08:36 +0700',
    enc: 'qp',
    flowed: true,
    text: `Chào anh/chị, em bên công ty truyền thông, hiện cần người thả tim và theo dõi kênh video cho nhãn hàng.

Mỗi lượt 10.000đ, mỗi ngày làm 30-50 lượt, trả tiền ngay sau mỗi 10 lượt.
Chỉ cần điện thoại có mạng.

Anh/chị kết bạn Zalo 0387 614 290 để nhận nhiệm vụ đầu tiên nhé.

Gửi từ iPhone của tôi`,
  },
  {
    f: 'vi-job-nhap-lieu-tai-nha-no-diacritics.eml',
    via: 'yahoo',
    from: ['Viec Lam Them', 'vieclamthem_nhaplieu@yahoo.com'],
    to: 'tochuc@snv.songhong.gov.vn',
    subj: 'Can nguoi nhap lieu tai nha - tra luong theo tuan',
    date: '2024-03-11 08:26:03 +0700',
    enc: '7bit',
    text: `Cong ty can tuyen 20 nguoi nhap lieu tai nha:

- Go van ban tu file anh sang file Word, 15.000d/trang
- Khong yeu cau bang cap, biet dung may tinh la duoc
- Tra luong thu 6 hang tuan qua chuyen khoan

Buoc 1: Dang ky tai khoan tren he thong nhan viec
Buoc 2: Dong phi kich hoat tai khoan 150.000d (hoan lai sau tuan luong dau tien)
Buoc 3: Nhan tai lieu va bat dau lam

Dang ky: http://nhaplieu-tainha.example.com/dangky.php
Moi thac mac lien he chi Hoa 0345 018 726.`,
  },
  {
    f: 'vi-job-tuyen-thoi-vu-tet.eml',
    via: 'postfix',
    relay: 'mail.vieclam-tet.example.com',
    ua: 'Roundcube Webmail/1.6.6',
    from: ['Tuyển Dụng Thời Vụ Tết', 'tuyendung@vieclam-tet.example.com'],
    to: 'contact@edu.songhong.gov.vn',
    subj: 'Tuyển gấp 200 nhân viên thời vụ Tết – lương 12-15 triệu, bao ăn ở',
    date: '2025-12-20 16:44:12 +0700',
    enc: '8bit',
    text: `THÔNG BÁO TUYỂN DỤNG THỜI VỤ TẾT BÍNH NGỌ 2026

Vị trí: đóng gói quà Tết, soạn hàng kho, nhân viên bán hàng hội chợ
Lương: 12.000.000 – 15.000.000đ/tháng, thưởng chuyên cần 1.000.000đ
Bao ăn ở, hỗ trợ vé xe về quê
Không yêu cầu kinh nghiệm, nhận cả học sinh, sinh viên từ 17 tuổi

Hồ sơ: nộp phí đồng phục và thẻ nhân viên 350.000đ khi nhận việc.

Nhờ quý cơ quan, nhà trường chia sẻ giúp đến học sinh, sinh viên có nhu cầu.
Đăng ký online: https://vieclam-tet.example.com/form

Trân trọng!`,
  },
  {
    f: 'en-job-remote-task-assistant.eml',
    via: 'gmail',
    lang: 'en-US',
    from: ['Sophie Turner | Talent Team', 'sophie.talentteam.hr@gmail.com'],
    to: 'tranvanhung@stttt.songhong.gov.vn',
    subj: 'Remote part-time position – 60 to 90 minutes a day, paid daily',
    date: '2025-02-18 03:12:40 +0700',
    enc: '7bit',
    text: `Hello,

Your profile was recommended to us by a recruitment partner. We are hiring remote
part-time assistants to help online merchants optimise their product ratings.

- Work 60-90 minutes a day from your phone
- Earn USD 80-300 per day, paid every day in USDT or bank transfer
- Training provided, no experience needed

If you are interested, please reply with your WhatsApp number or contact our
coordinator on Telegram: t.me/sophie_talent_hr

Kind regards,
Sophie Turner
Talent Acquisition`,
  },
  {
    f: 'vi-crypto-san-forex-loi-nhuan-30-phan-tram.eml',
    via: 'esp',
    espHost: 'm1.newsletter-cloud.example.net',
    from: ['Đầu Tư Thông Minh', 'chuyengia@dautu-thongminh.example.com'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: 'Lợi nhuận 30%/tháng với sàn Forex được cấp phép – chỉ từ 5 triệu',
    date: '2024-04-09 19:30:00 +0700',
    enc: 'b64',
    text: `Kính gửi Quý nhà đầu tư,

Trong khi lãi tiết kiệm chỉ còn 4-5%/năm, các thành viên của cộng đồng Đầu Tư Thông Minh
đang đạt lợi nhuận trung bình 30%/tháng nhờ giao dịch vàng và ngoại hối cùng chuyên gia.

- Vốn khởi đầu chỉ từ 5.000.000đ
- Chuyên gia vào lệnh giúp bạn, bạn chỉ cần theo dõi
- Cam kết hoàn vốn 100% nếu thua lỗ trong tháng đầu
- Rút lãi bất cứ lúc nào về tài khoản ngân hàng

Tháng này chỉ nhận thêm 50 thành viên. Đăng ký tư vấn 1:1:
https://dautu-thongminh.example.com/tu-van?src=nl0409

Đầu tư có rủi ro. Kết quả quá khứ không đảm bảo lợi nhuận tương lai.`,
  },
  {
    f: 'vi-crypto-nhom-kin-tin-hieu-coin.eml',
    via: 'gmail',
    from: ['Thầy Minh Crypto', 'minhcrypto.signal@gmail.com'],
    to: 'tranvanhung@stttt.songhong.gov.vn',
    subj: 'Tín hiệu x5 tuần này – mời anh vào nhóm kín',
    date: '2025-03-04 22:51:16 +0700',
    enc: 'qp',
    text: `Chào anh,

Tuần trước nhóm kín của mình vào sớm 2 đồng coin nhỏ, một đồng đã x5, một đồng x3,2.
Tuần này có kèo mới sắp niêm yết trên sàn lớn, anh em trong nhóm đang gom dần.

Phí vào nhóm VIP: 0đ trong tháng này (bình thường 2.000 USDT/năm).
Điều kiện duy nhất: mở tài khoản ở sàn đối tác qua link giới thiệu và nạp tối thiểu 500 USDT:
https://exchange-partner.example.com/register?invite=MINHVIP

Link nhóm Telegram: t.me/+minhcrypto_vip_room

Hẹn gặp anh trong nhóm.
Minh`,
  },
  {
    f: 'vi-crypto-dao-coin-usdt-thu-nhap-thu-dong.eml',
    via: 'foxmail',
    from: ['Cloud Mining VN', 'support@cloudmining-vn.example.net'],
    to: 'vanthu@stttt.songhong.gov.vn',
    subj: 'Thuê máy đào USDT – thu nhập thụ động 2,5% mỗi ngày',
    date: '2025-10-27 06:15:39 +0700',
    enc: 'b64',
    html: `<html><body style="font-family:Segoe UI,Arial">
<h2>Thu nhập thụ động 2,5% mỗi ngày</h2>
<p>Thuê máy đào trên nền tảng đám mây, không cần mua thiết bị, không tốn điện.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Gói</th><th>Vốn</th><th>Lãi/ngày</th><th>Thời hạn</th></tr>
<tr><td>Cơ bản</td><td>100 USDT</td><td>2,5 USDT</td><td>60 ngày</td></tr>
<tr><td>Bạc</td><td>1.000 USDT</td><td>28 USDT</td><td>90 ngày</td></tr>
<tr><td>Vàng</td><td>5.000 USDT</td><td>155 USDT</td><td>120 ngày</td></tr>
</table>
<p>Tặng 10 USDT khi đăng ký. Hoa hồng 3 tầng khi giới thiệu bạn bè.</p>
<p><a href="https://cloudmining-vn.example.net/signup?r=VN2710">Đăng ký và nhận 10 USDT</a></p>
</body></html>`,
  },
  {
    f: 'vi-crypto-vi-bi-khoa-seed-phrase.eml',
    via: 'esp',
    espHost: 'notify-mailer.example.net',
    from: ['Bộ phận Bảo mật Ví', 'security@wallet-support.example.com'],
    to: 'phamquocbao@snv.songhong.gov.vn',
    subj: '⚠️ Ví của bạn bị khóa tạm thời do phát hiện đăng nhập bất thường',
    date: '2025-05-29 04:07:21 +0700',
    enc: 'qp',
    text: `Ví của bạn bị khóa tạm thời

Hệ thống phát hiện một thiết bị lạ tại Singapore cố gắng rút 1.240 USDT khỏi ví của bạn
lúc 03:52 (GMT+7). Để bảo vệ tài sản, ví đã bị khóa tạm thời.

Để mở khóa, bạn cần xác minh quyền sở hữu bằng cụm từ khôi phục (12 hoặc 24 từ) trong
vòng 24 giờ. Sau thời hạn này, tài sản sẽ được chuyển vào ví cách ly trong 30 ngày.

Xác minh ví: https://wallet-support.example.com/restore?case=WS-55821

Đội ngũ Bảo mật Ví`,
    html: `<div style="font-family:Arial;max-width:560px;margin:auto;border:1px solid #ddd;padding:24px">
<h2 style="color:#d32f2f">Ví của bạn bị khóa tạm thời</h2>
<p>Hệ thống phát hiện một thiết bị lạ tại <b>Singapore</b> cố gắng rút <b>1.240 USDT</b> khỏi ví của bạn lúc 03:52 (GMT+7).
Để bảo vệ tài sản, ví đã bị khóa tạm thời.</p>
<p>Để mở khóa, hãy xác minh quyền sở hữu bằng <b>cụm từ khôi phục (12 hoặc 24 từ)</b> trong vòng 24 giờ.</p>
<p><a href="https://wallet-support.example.com/restore?case=WS-55821" style="background:#f6851b;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Xác minh ví</a></p>
<p style="color:#777;font-size:12px">Mã sự cố: WS-55821. Sau 24 giờ, tài sản sẽ được chuyển vào ví cách ly trong 30 ngày.</p>
</div>`,
  },
  {
    f: 'en-crypto-wallet-sync-recovery-phrase.eml',
    via: 'php',
    relay: 'host-22.vps-cheap.example.org',
    lang: 'en-US',
    from: ['Wallet Support', 'no-reply@host-22.vps-cheap.example.org'],
    to: 'vanthu@songhong.gov.vn',
    subj: 'Action required: your wallet must be re-synchronised before 31 January',
    date: '2026-01-27 13:40:55 +0700',
    enc: '7bit',
    html: `<html><body style="font-family:Helvetica,Arial;color:#222">
<p>Dear user,</p>
<p>Due to the upcoming network upgrade, all non-custodial wallets must be re-synchronised with the new
validator set before <b>31 January 2026</b>. Wallets that are not synchronised may show a zero balance
and lose access to staked assets.</p>
<p>The process takes less than two minutes. You will be asked to confirm your 12 or 24-word recovery
phrase so that the new keys can be derived.</p>
<p><a href="https://walletsync-upgrade.example.net/sync?id=4f1c9">Synchronise my wallet</a></p>
<p>Thank you for keeping your assets safe.<br>Wallet Support Team</p>
</body></html>`,
  },
  {
    f: 'vi-crypto-airdrop-token-mien-phi.eml',
    via: 'botnet',
    mailer: 'AtomicMail Sender 9.52',
    from: ['Airdrop Việt Nam', 'airdrop@token-vn.example.com'],
    to: 'thuvien@sgddt.songhong.gov.vn',
    subj: 'Bạn đủ điều kiện nhận Airdrop 2.500 token (≈ 350 USD)',
    date: '2024-12-30 10:10:10 +0700',
    enc: 'b64',
    html: `<center style="font-family:Arial">
<h2>🪂 AIRDROP ĐỢT 3 – NHẬN MIỄN PHÍ 2.500 TOKEN</h2>
<p>Địa chỉ email của bạn có trong danh sách người dùng sớm đủ điều kiện nhận airdrop.</p>
<p>Giá trị ước tính: <b>≈ 350 USD</b>. Token được mở khóa ngay sau khi kết nối ví.</p>
<p><a href="https://claim.token-vn.example.com/airdrop?round=3">Kết nối ví và nhận token</a></p>
<p style="font-size:11px">Phí mạng (gas) khoảng 0,02 BNB do người nhận chi trả.</p>
</center>`,
  },
];
