// vi-spam, part 2: pharmacy, SEO and marketing, real estate, customer data, English bulk,
// and messages with invisible format characters inside words. Written for mailshield.
export default [
  {
    f: 'vi-pharma-tang-cuong-sinh-ly-nam-gmail.eml',
    via: 'gmail',
    from: ['Nhà Thuốc Nam Khang', 'nhathuoc.namkhang.official@gmail.com'],
    to: 'tranvanhung@stttt.songhong.gov.vn',
    subj: 'Bí quyết bản lĩnh phái mạnh sau tuổi 40 – hiệu quả sau 7 ngày',
    date: '2024-09-25 21:55:02 +0700',
    enc: 'b64',
    text: `Anh có đang gặp tình trạng:
- Nhanh xuất, thời gian "chuyện ấy" ngắn
- Mệt mỏi, suy giảm ham muốn
- Tự ti, vợ không hài lòng

Viên uống thảo dược Nam Khang Vương từ nhân sâm, ba kích, dâm dương hoắc giúp
tăng cường sinh lý nam, kéo dài thời gian gấp 3 lần, hiệu quả sau 7 ngày.

Giá ưu đãi hôm nay: 690.000đ/hộp (giá gốc 1.200.000đ). Mua 2 tặng 1.
Giao hàng kín đáo, kiểm tra hàng trước khi thanh toán.

Đặt hàng: https://namkhangvuong.example.com/dat-hang?n=gm
Tư vấn kín: 0904 772 815 (Bác sĩ Tùng)`,
  },
  {
    f: 'vi-pharma-giam-can-cap-toc-outlook.eml',
    via: 'outlook',
    from: ['Dáng Xinh Official', 'dangxinh.giamcan.official@outlook.com'],
    to: 'lethimai@syt.songhong.gov.vn',
    subj: 'Giảm 5-7kg trong 1 tháng không cần ăn kiêng – đã có giấy phép Bộ Y tế',
    date: '2025-03-08 08:08:08 +0700',
    enc: 'qp',
    html: `<html><body style="font-family:Arial;color:#333">
<h2 style="color:#e91e63">Chào chị, chị có muốn lấy lại vóc dáng thon gọn?</h2>
<p>Trà giảm cân thảo mộc <b>Dáng Xinh</b> đốt mỡ thừa vùng bụng, đùi, bắp tay.</p>
<ul>
<li>Giảm 5-7kg chỉ sau 1 liệu trình 30 ngày</li>
<li>Không cần ăn kiêng, không cần tập luyện</li>
<li>Không gây mệt mỏi, không tăng cân trở lại</li>
</ul>
<p><b>Ưu đãi 8/3:</b> giảm 50% + miễn phí vận chuyển cho 100 khách đầu tiên.</p>
<p><a href="https://dangxinh-tra.example.net/uu-dai-8-3?ref=ol">Đặt hàng ngay</a></p>
<p style="font-size:11px;color:#999">Sản phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh.</p>
</body></html>`,
  },
  {
    f: 'vi-pharma-xuong-khop-onmicrosoft.eml',
    via: 'outlook',
    from: ['Đông Y Gia Truyền', 'admin@dongyphucan.onmicrosoft.com'],
    to: ['vanthu@songhong.gov.vn', 'ubnd@hoanglong.songhong.gov.vn'],
    subj: 'Đau xương khớp, thoát vị đĩa đệm – bài thuốc gia truyền 3 đời, hết đau sau 1 liệu trình',
    date: '2025-08-11 09:27:49 +0700',
    enc: 'b64',
    text: `Kính gửi Quý cô chú, anh chị,

Nếu gia đình có người bị đau nhức xương khớp, thoái hóa cột sống, thoát vị đĩa đệm, gout
lâu năm đã chữa nhiều nơi không khỏi, xin hãy tham khảo bài thuốc gia truyền 3 đời của
nhà thuốc Đông y Phúc An.

- Thảo dược tự nhiên 100%, không corticoid
- Giảm đau sau 7 ngày, hết hẳn sau 1 liệu trình 3 tháng
- Hơn 12.000 người bệnh đã khỏi, không tái phát

Tặng 01 liệu trình chườm nóng cho 50 khách hàng đăng ký sớm nhất.
Đăng ký nhận tư vấn miễn phí: https://dongyphucan.example.com/tu-van

Lương y Phúc An`,
  },
  {
    f: 'en-pharma-mens-health-cloud-sender.eml',
    via: 'esp',
    espHost: 'delivery.mailpush.example.net',
    lang: 'en-US',
    from: ['Men Health Store', 'orders@em7213.rx-discount.example.com'],
    to: 'phamquocbao@snv.songhong.gov.vn',
    subj: 'Stronger, longer, every time - 80% off generic ED meds this week',
    date: '2024-06-02 04:44:19 +0700',
    enc: 'qp',
    text: `Tired of disappointing performance?

Our licensed partner pharmacy ships generic Sildenafil and Tadalafil worldwide,
discreet packaging, no doctor visit required.

  Sildenafil 100mg x 30 pills ....... $0.89 per pill
  Tadalafil 20mg x 30 pills ......... $1.19 per pill
  Trial pack (10 + 10) .............. $24.95

FREE shipping on orders over $99. Bitcoin accepted.

Order now: https://rx-discount.example.com/men?c=em7213

To stop receiving these offers, reply STOP.`,
  },
  {
    f: 'vi-pharma-tieu-duong-dong-y-8bit.eml',
    via: 'postfix',
    relay: 'mail.thaoduoc-an-nhien.example.net',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2',
    from: ['Thảo Dược An Nhiên', 'cskh@thaoduoc-an-nhien.example.net'],
    to: 'vanphong@syt.songhong.gov.vn',
    subj: 'Ổn định đường huyết không phụ thuộc thuốc tây',
    date: '2025-11-03 07:33:20 +0700',
    enc: '8bit',
    text: `Kính gửi anh chị,

Bệnh tiểu đường type 2 có thể kiểm soát hoàn toàn bằng thảo dược.
Trà dây thìa canh kết hợp khổ qua rừng của Thảo Dược An Nhiên giúp:

+ Hạ đường huyết tự nhiên sau 2 tuần
+ Giảm dần liều thuốc tây, tiến tới ngưng thuốc
+ Phòng biến chứng tim mạch, thận, mắt

Hơn 5.000 bệnh nhân đã dùng và hài lòng.
Giá 1 liệu trình (3 hộp): 1.450.000đ, miễn phí giao hàng toàn quốc.

Gọi ngay 0918 640 372 hoặc đặt tại https://thaoduoc-an-nhien.example.net/tieu-duong

Thảo Dược An Nhiên`,
  },
  {
    f: 'vi-seo-len-top-google-cam-ket.eml',
    via: 'gmail',
    from: ['SEO Tổng Thể - Top 1 Google', 'seotongthe.top1google@gmail.com'],
    to: 'vanthu@stttt.songhong.gov.vn',
    subj: '[QC] Đưa website cơ quan lên Top 1 Google sau 30 ngày – không hiệu quả hoàn tiền',
    date: '2024-10-08 09:02:37 +0700',
    enc: 'qp',
    text: `Kính gửi Quý đơn vị,

Chúng tôi đã kiểm tra website của Quý đơn vị và nhận thấy:
- Tốc độ tải trang chậm (chỉ đạt 38/100 điểm)
- Chỉ 14 từ khóa có mặt trong top 100
- Thiếu hơn 200 backlink chất lượng so với các cổng thông tin cùng cấp

Gói SEO tổng thể của chúng tôi cam kết:
✔ Top 1-5 Google cho 20 từ khóa chính sau 30-60 ngày
✔ 500 backlink báo lớn, PBN chất lượng cao
✔ Báo cáo hằng tuần, không hiệu quả hoàn 100% chi phí

Chi phí chỉ từ 4.900.000đ/tháng. Đặc biệt giảm 30% cho cơ quan nhà nước.

Nhận báo cáo kiểm tra website miễn phí: https://seo-tongthe.example.com/audit
Hotline: 0982 507 116

Trân trọng,
Phòng Kinh doanh`,
  },
  {
    f: 'vi-thiet-ke-website-tron-goi-html.eml',
    via: 'php',
    relay: 'mail.thietkeweb-pro.example.com',
    from: ['Thiết Kế Web Pro', 'kinhdoanh@thietkeweb-pro.example.com'],
    to: 'ubndxa@anphu.hoanglong.songhong.gov.vn',
    subj: 'Thiết kế cổng thông tin điện tử xã, phường chuẩn Thông tư – trọn gói 6,9 triệu',
    date: '2025-04-22 14:11:05 +0700',
    enc: 'b64',
    text: `Kính gửi UBND xã,

Công ty chúng tôi chuyên thiết kế cổng thông tin điện tử cho xã, phường, thị trấn:
- Giao diện chuẩn theo quy định, tương thích điện thoại
- Tích hợp chuyên mục văn bản, lịch công tác, hỏi đáp, dịch vụ công
- Tặng tên miền, hosting 1 năm, chứng chỉ SSL
- Bàn giao trong 7 ngày, bảo hành trọn đời

Trọn gói 6.900.000đ. Xem mẫu giao diện: https://thietkeweb-pro.example.com/mau-cong-xa

Trân trọng,
Phòng Kinh doanh – Thiết Kế Web Pro`,
    html: `<div style="font-family:Arial;font-size:14px;line-height:1.6">
<p>Kính gửi <b>UBND xã</b>,</p>
<p>Công ty chúng tôi chuyên <b>thiết kế cổng thông tin điện tử</b> cho xã, phường, thị trấn:</p>
<ul><li>Giao diện chuẩn theo quy định, tương thích điện thoại</li>
<li>Tích hợp chuyên mục văn bản, lịch công tác, hỏi đáp, dịch vụ công</li>
<li>Tặng tên miền, hosting 1 năm, chứng chỉ SSL</li>
<li>Bàn giao trong 7 ngày, bảo hành trọn đời</li></ul>
<p style="font-size:18px;color:#c62828">Trọn gói <b>6.900.000đ</b></p>
<p><a href="https://thietkeweb-pro.example.com/mau-cong-xa">Xem mẫu giao diện</a></p>
<p>Trân trọng,<br>Phòng Kinh doanh – Thiết Kế Web Pro</p></div>`,
  },
  {
    f: 'vi-marketing-gui-email-hang-loat.eml',
    via: 'esp',
    espHost: 'smtp-bulk.example.net',
    from: ['Email Marketing Giá Rẻ', 'sales@emailmkt-giare.example.com'],
    to: 'vanthu@bengiang.songhong.gov.vn',
    subj: 'Gửi 1 triệu email/tháng vào thẳng Inbox – chỉ 990.000đ',
    date: '2024-11-05 10:45:00 +0700',
    enc: 'qp',
    extra: [['List-Unsubscribe', '<https://emailmkt-giare.example.com/u/8812>']],
    text: `Bạn đang gửi email quảng cáo nhưng toàn vào Spam?

Dịch vụ SMTP gửi email hàng loạt của chúng tôi:
- Gửi 1.000.000 email/tháng, tỷ lệ vào Inbox trên 95%
- Xoay vòng IP sạch, tên miền phụ, không bị chặn
- Tặng kèm 50.000 email doanh nghiệp đã lọc theo ngành
- Không giới hạn nội dung, hỗ trợ gửi cả ngành tài chính, game

Giá chỉ 990.000đ/tháng. Dùng thử miễn phí 5.000 email.
Đăng ký: https://emailmkt-giare.example.com/dung-thu

Bạn nhận được email này vì địa chỉ của bạn được công khai trên Internet.`,
  },
  {
    f: 'en-seo-guest-post-offer.eml',
    via: 'gmail',
    lang: 'en-US',
    from: ['Daniel Brooks', 'daniel.outreach.seo@gmail.com'],
    to: 'vanthu@stttt.songhong.gov.vn',
    subj: 'Quick question about stttt.songhong.gov.vn',
    date: '2025-07-02 16:21:09 +0700',
    enc: '7bit',
    text: `Hi there,

I was browsing stttt.songhong.gov.vn and really enjoyed your articles on digital
transformation. I am reaching out because I work with several tech brands that would
love to publish a guest article on your site.

We can offer:
- $150-$400 per dofollow link placement
- High-quality, unique content written by our editors
- Payment via PayPal or Wise within 24 hours of publishing

Would you be open to this? If not, could you point me to the right person?

Also, if you want more traffic, we offer a white-hat SEO package that guarantees
first-page rankings in 90 days.

Best,
Daniel Brooks
Outreach Manager`,
  },
  {
    f: 'vi-marketing-tang-follow-fanpage.eml',
    via: 'yahoo',
    from: ['Dịch Vụ MXH Giá Rẻ', 'dichvu_mxh_giare@yahoo.com'],
    to: 'tonghop@songhong.gov.vn',
    subj: 'Tăng 10.000 lượt theo dõi Fanpage cơ quan chỉ 399k – tương tác thật',
    date: '2025-09-17 11:38:44 +0700',
    enc: 'b64',
    text: `Chào Quý cơ quan,

Fanpage của đơn vị ít tương tác, bài viết không ai thấy? Bên mình cung cấp:

★ Tăng like, follow Fanpage: 10.000 follow = 399.000đ
★ Tăng lượt xem video, livestream: 1.000 mắt = 150.000đ
★ Tăng bình luận tích cực theo nội dung yêu cầu
★ Bảo hành tụt 30 ngày

Nhiều đơn vị sự nghiệp, trường học đã sử dụng để đạt chỉ tiêu truyền thông.
Liên hệ Zalo 0355 608 913 để nhận báo giá gói năm.`,
  },
  {
    f: 'vi-bds-dat-nen-ven-bien-so-do-rieng.eml',
    via: 'gmail',
    from: ['Đất Nền Ven Biển', 'datnen.venbien.chudautu@gmail.com'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: '[QC] Đất nền ven biển sổ đỏ từng nền – chỉ 9 triệu/m2, chiết khấu 8%',
    date: '2024-04-27 08:49:55 +0700',
    enc: 'b64',
    text: `Kính gửi anh chị nhà đầu tư,

Chủ đầu tư mở bán đợt 1 dự án đất nền ven biển, cách bãi tắm 800m:
- Diện tích 100 – 150m2, sổ đỏ riêng từng nền, xây dựng tự do
- Giá chỉ từ 9 triệu/m2, thanh toán 30% ký hợp đồng
- Ngân hàng hỗ trợ vay 70%, ân hạn gốc lãi 18 tháng
- Chiết khấu 8% cho khách hàng thanh toán nhanh

Hạ tầng đã hoàn thiện, cao tốc ven biển thông xe cuối năm, giá dự kiến tăng 30%.

Nhận bảng giá và sơ đồ phân lô: https://datnen-venbien.example.com/bang-gia
Hotline chủ đầu tư: 0931 774 208 (Mr Quân)`,
  },
  {
    f: 'vi-bds-can-ho-chiet-khau-html-only.eml',
    via: 'esp',
    espHost: 'mail-out.bds-news.example.net',
    from: ['Căn Hộ Sky Garden', 'booking@skygarden-canho.example.com'],
    to: 'nguyenthilan@stc.songhong.gov.vn',
    subj: 'Chỉ 450 triệu sở hữu căn hộ 2PN view sông – nhận nhà ở ngay',
    date: '2025-05-20 18:30:00 +0700',
    enc: 'qp',
    html: `<html><body style="margin:0;font-family:Arial">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#00695c;color:#fff;padding:20px;font-size:22px">SKY GARDEN – SỐNG XANH BÊN SÔNG</td></tr>
<tr><td style="padding:20px">
<p>Căn hộ 2 phòng ngủ 68m², view sông, full nội thất cao cấp.</p>
<p><b>Chỉ cần 450 triệu (15%)</b> ký hợp đồng mua bán – nhận nhà ở ngay.</p>
<p>Ngân hàng cho vay 85%, hỗ trợ lãi suất 0% trong 24 tháng.<br>
Cam kết thuê lại 12%/năm trong 3 năm đầu.</p>
<p><a href="https://skygarden-canho.example.com/dat-cho?src=mail0520">Đặt chỗ ưu tiên – hoàn cọc 100% nếu không mua</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding:10px 20px">Thông tin mang tính tham khảo. Để ngừng nhận tin, trả lời email với tiêu đề "Hủy".</td></tr>
</table></body></html>`,
  },
  {
    f: 'vi-bds-no-diacritics-ban-dat-gap.eml',
    via: 'yahoo',
    from: ['Chinh chu ban dat', 'banhdat_chinhchu99@yahoo.com'],
    to: 'ubnd@hoanglong.songhong.gov.vn',
    subj: 'Chinh chu can ban gap lo dat mat tien duong lien xa, gia re hon thi truong 20%',
    date: '2025-02-14 06:55:21 +0700',
    enc: '7bit',
    text: `Chinh chu can tien ban gap lo dat:
- Dien tich 5 x 32m, tho cu 100m2
- Mat tien duong lien xa rong 9m, gan truong hoc va cho
- Gia 1 ty 250 trieu, con thuong luong
- So hong chinh chu, cong chung ngay trong tuan

Moi gioi xin mien. Ai co nhu cau lien he 0868 235 974 (chu Thang).`,
  },
  {
    f: 'vi-bds-condotel-cam-ket-loi-nhuan.eml',
    via: 'outlook',
    from: ['Phòng Kinh doanh Resort Ocean Pearl', 'sales.oceanpearl@outlook.com'],
    to: 'phamquocbao@snv.songhong.gov.vn',
    subj: 'Condotel 5 sao – cam kết lợi nhuận 10%/năm, tặng 15 đêm nghỉ dưỡng',
    date: '2024-08-30 15:15:15 +0700',
    enc: 'qp',
    text: `Kính chào anh Bảo,

Em là Thùy Linh, chuyên viên tư vấn dự án Ocean Pearl Resort. Em xin phép giới thiệu
sản phẩm condotel 5 sao do tập đoàn quốc tế quản lý vận hành:

• Giá từ 1,6 tỷ/căn, sở hữu lâu dài
• Cam kết lợi nhuận 10%/năm trong 10 năm, chi trả 6 tháng/lần
• Tặng 15 đêm nghỉ dưỡng miễn phí mỗi năm
• Chia sẻ 85% doanh thu cho thuê sau thời gian cam kết

Hiện chỉ còn 23 căn view biển trực diện. Anh cho em xin 5 phút để gửi bảng tính
dòng tiền chi tiết qua Zalo 0917 503 486 nhé.

Em cảm ơn anh!
Thùy Linh`,
  },
  {
    f: 'vi-data-khach-hang-theo-nganh.eml',
    via: 'gmail',
    from: ['Data Khách Hàng 2025', 'datakhachhang.vn2025@gmail.com'],
    to: 'vanthu@songhong.gov.vn',
    subj: 'Bán data khách hàng mới nhất 2025 – lọc theo tỉnh, ngành nghề, thu nhập',
    date: '2025-01-06 09:20:48 +0700',
    enc: 'b64',
    text: `Chào anh/chị,

Bên em cung cấp data khách hàng cập nhật tháng 12/2024, đầy đủ họ tên, số điện thoại,
email, địa chỉ:

- Data chủ doanh nghiệp mới thành lập: 120.000 dòng
- Data khách hàng vay tiêu dùng, thẻ tín dụng: 350.000 dòng
- Data phụ huynh học sinh các trường THCS, THPT: 200.000 dòng
- Data cán bộ công chức, viên chức theo tỉnh: 80.000 dòng
- Data chủ xe ô tô, chủ căn hộ chung cư

Lọc theo tỉnh/thành, ngành nghề, độ tuổi, thu nhập. Giá từ 500đ/dòng.
Gửi file mẫu 100 dòng miễn phí để kiểm tra chất lượng.

Liên hệ Telegram: t.me/data_kh_2025 hoặc Zalo 0347 812 095.`,
  },
  {
    f: 'vi-data-sdt-no-diacritics-excel.eml',
    via: 'foxmail',
    from: ['Kho Data VN', 'khodata.vn@data-market.example.net'],
    to: 'tranvanhung@stttt.songhong.gov.vn',
    subj: 'Mua data sdt chinh xac 95% - file Excel giao ngay',
    date: '2025-08-19 22:03:33 +0700',
    enc: '7bit',
    text: `Kho Data VN - chuyen cung cap data sdt, email cho sale va telesale

* Data khach hang bat dong san, chung khoan, bao hiem
* Data nguoi dung app vay, san thuong mai dien tu
* Data hoc vien, sinh vien theo truong
* Cap nhat hang thang, chinh xac 95%, giao file Excel ngay sau khi chuyen khoan

Gia: 10.000 sdt = 300k, 100.000 sdt = 2tr5
Bao hanh doi data sai.

Xem bang gia day du: http://khodata-vn.example.net/bang-gia.html`,
  },
  {
    f: 'vi-lam-bang-dai-hoc-phoi-that.eml',
    via: 'gmail',
    from: ['Dịch Vụ Bằng Cấp', 'dichvu.bangcap.uytin@gmail.com'],
    to: 'tochuc@snv.songhong.gov.vn',
    subj: 'Làm bằng đại học, chứng chỉ tin học ngoại ngữ – phôi thật, có hồ sơ gốc',
    date: '2024-07-08 10:57:12 +0700',
    enc: 'qp',
    text: `Nhận làm các loại văn bằng chứng chỉ:

- Bằng tốt nghiệp THPT, cao đẳng, đại học các trường
- Chứng chỉ tin học cơ bản, ngoại ngữ B1, B2 phục vụ thi công chức, nâng ngạch
- Chứng chỉ bồi dưỡng quản lý nhà nước, lý luận chính trị
- Phôi thật, có hồ sơ gốc, tra cứu được trên hệ thống

Làm nhanh trong 3-5 ngày, giao hàng tận nơi, nhận hàng mới thanh toán.
Bảo mật thông tin tuyệt đối.

Liên hệ: 0396 542 018 (Zalo/Telegram)`,
  },
  {
    f: 'vi-ban-hoa-don-vat-dau-vao.eml',
    via: 'yahoo',
    from: ['Hóa Đơn GTGT', 'hoadon_gtgt_dauvao@yahoo.com'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: 'Cung cấp hóa đơn GTGT đầu vào các ngành – hợp lệ, tra cứu được',
    date: '2025-12-26 08:31:50 +0700',
    enc: 'b64',
    text: `Kính gửi Phòng Kế toán,

Cuối năm quyết toán, Quý đơn vị thiếu hóa đơn đầu vào? Chúng tôi cung cấp hóa đơn
điện tử GTGT các ngành: xây dựng, vật tư văn phòng, vận tải, ăn uống, hội nghị.

- Hóa đơn hợp lệ, tra cứu được trên cổng của cơ quan thuế
- Phí chỉ từ 3% – 5% giá trị trước thuế
- Xuất trong ngày, có hợp đồng, biên bản nghiệm thu đi kèm

Liên hệ chị Vân: 0356 271 904 (Zalo).`,
  },
  {
    f: 'en-bulk-work-from-home-income.eml',
    via: 'botnet',
    mailer: 'Microsoft Windows Live Mail 16.4.3528.331',
    lang: 'en-US',
    from: ['Home Income Network', 'success@home-income.example.org'],
    to: 'vanthu@songhong.gov.vn',
    subj: 'I made $7,832 last month from my kitchen table - here is how',
    date: '2024-02-19 05:17:30 +0700',
    enc: '7bit',
    preamble: 'This is a multi-part message in MIME format.',
    text: `Hi friend,

Six months ago I was broke, behind on rent and working double shifts.
Last month I deposited $7,832 - working from my kitchen table for about
two hours a day.

No selling. No recruiting. No experience needed.
All you need is a computer and an internet connection.

The system is FREE to try for the next 48 hours only:
http://home-income.example.org/start?id=44821

To your success,
Mike

You are receiving this because you opted in at one of our partner sites.
To be removed, click http://home-income.example.org/remove`,
    html: `<html><body><font face="Arial" size="3">
<p>Hi friend,</p>
<p>Six months ago I was broke, behind on rent and working double shifts.<br>
Last month I deposited <b><font color="green">$7,832</font></b> - working from my kitchen table for about two hours a day.</p>
<p>No selling. No recruiting. No experience needed.</p>
<p><a href="http://home-income.example.org/start?id=44821"><b>Click here to try the system FREE for 48 hours</b></a></p>
<p>To your success,<br>Mike</p>
<p><font size="1">To be removed, <a href="http://home-income.example.org/remove">click here</a>.</font></p>
</font></body></html>`,
  },
  {
    f: 'en-bulk-toner-cartridges-wholesale.eml',
    via: 'botnet',
    mailer: 'Microsoft Outlook Express 6.00.2900.5512',
    lang: 'en-US',
    from: ['Office Supply Direct', 'sales@officesupply-direct.example.com'],
    to: 'tonghop@songhong.gov.vn',
    subj: 'Toner cartridges 70% below retail - compatible with all major printers',
    date: '2024-05-08 14:02:11 +0700',
    enc: '7bit',
    text: `Dear Purchasing Manager,

Why pay full price for printer toner? We supply high-yield compatible toner and ink
cartridges for HP, Canon, Brother, Samsung, Epson, Xerox and Ricoh printers at up to
70% below retail price.

* 100% satisfaction guarantee - 2 year warranty
* Same print quality as the original cartridges
* Free shipping on orders of 10 cartridges or more
* Government and school purchase orders welcome

Request our 2024 price list today: reply to this message with your printer models
or visit http://officesupply-direct.example.com/pricelist

Regards,
Customer Service
Office Supply Direct`,
  },
  {
    f: 'en-bulk-diet-pills-keto.eml',
    via: 'php',
    relay: 'mx3.shared-host.example.org',
    lang: 'en-US',
    from: ['Keto Burn Pro', 'offers@mx3.shared-host.example.org'],
    to: 'lethimai@syt.songhong.gov.vn',
    subj: 'Doctors stunned: melt 1lb of belly fat a day without diet or exercise',
    date: '2025-01-02 11:11:11 +0700',
    enc: 'qp',
    html: `<html><body style="font-family:Georgia">
<h2>The "Shark Tank" pill that is melting belly fat nationwide</h2>
<p>Forget starving yourself. This breakthrough keto formula forces your body to burn stored fat for
energy instead of carbs - up to <b>1 pound a day</b>, with no diet and no exercise.</p>
<ul><li>Clinically proven natural ingredients</li><li>Burns fat, not muscle</li><li>Ships in 24 hours</li></ul>
<p style="font-size:20px"><a href="https://ketoburn-pro.example.com/rush?aff=3321">CLAIM YOUR FREE BOTTLE - just pay shipping</a></p>
<p style="font-size:10px;color:#888">These statements have not been evaluated by the Food and Drug Administration.</p>
</body></html>`,
  },
  {
    f: 'en-bulk-business-funding-approved.eml',
    via: 'esp',
    espHost: 'o1.bulk-sender.example.net',
    lang: 'en-US',
    from: ['Capital Approval Desk', 'approvals@em2210.fastcapital-funding.example.com'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: 'Your business is pre-approved for up to $250,000 - funds in 24 hours',
    date: '2025-06-16 21:00:04 +0700',
    enc: '7bit',
    text: `Good news!

Based on your business profile, you have been PRE-APPROVED for a working capital
line of up to $250,000.

- No collateral required
- Bad credit OK
- Funds wired within 24 hours
- Use the money for anything: payroll, inventory, expansion

This offer expires in 72 hours. Complete your 2-minute application:
https://fastcapital-funding.example.com/apply?token=PA-88213

Fast Capital Funding
Unsubscribe: https://fastcapital-funding.example.com/unsub?token=PA-88213`,
  },
  {
    f: 'en-bulk-unclaimed-inheritance-beneficiary.eml',
    via: 'yahoo',
    lang: 'en-GB',
    from: ['Barrister Edward Collins', 'barr.edwardcollins_chambers@yahoo.com'],
    replyTo: 'edwardcollins.chambers@outlook.com',
    to: 'vanthu@stttt.songhong.gov.vn',
    subj: 'Confidential: unclaimed funds of a deceased client bearing your surname',
    date: '2025-10-14 02:28:47 +0700',
    enc: '7bit',
    text: `Dear Friend,

I am Barrister Edward Collins, personal attorney to the late Mr. Robert Tran, an
engineer who died with his wife and only daughter in a road accident three years ago.
He left a deposit of USD 8,700,000 (Eight Million Seven Hundred Thousand Dollars)
with a finance house here, and no will.

The bank has asked me to present a next of kin or the funds will be confiscated.
As you share the same surname, I propose to present you as the beneficiary. The
transfer is 100% risk free and legal. We will share the proceeds 50/50, with 10% set
aside for expenses.

Kindly reply with your full name, telephone number and occupation so that we can
proceed. Treat this matter as strictly confidential.

Yours faithfully,
Barrister Edward Collins`,
  },
  // ---- invisible format characters inside words ----
  {
    f: 'vi-zw-prize-zwsp-subject-name-body-b64.eml',
    via: 'gmail',
    from: ['Tr\u200bi \u200bân Kh\u200bách H\u200bàng', 'trian.khachhang.thang12@gmail.com'],
    to: 'vanthu@songhong.gov.vn',
    subj: 'Ch\u200bú\u200bc m\u200bừ\u200bng b\u200bạn đã tr\u200bú\u200bng th\u200bư\u200bởng 50.000.000đ',
    date: '2025-12-11 10:22:31 +0700',
    enc: 'b64',
    text: `Xin ch\u200bào Quý khách,

Chúc mừng Quý khách đã tr\u200búng th\u200bưởng gi\u200bải Nh\u200bất chương trình tri \u200bân
khách hàng cuối năm với phần quà tr\u200bị gi\u200bá 50.000.000đ.

Để nh\u200bận gi\u200bải, Quý khách vui lòng x\u200bác nh\u200bận thông tin tại:
https://trian-cuoinam.example.com/nhan-giai?m=TN1211

Quý khách đóng phí hồ sơ 980.000đ để ho\u200bàn t\u200bất th\u200bủ t\u200bục nhận thưởng.
Hạn cuối: 23h59 ngày 15/12.`,
  },
  {
    f: 'vi-zw-loan-no-diacritics-zwnj-zwj-qp.eml',
    via: 'yahoo',
    from: ['Ho\u200ctro Va\u200dy Von', 'hotro_vayvon247@yahoo.com'],
    to: 'tochuc@snv.songhong.gov.vn',
    subj: 'Va\u200cy t\u200dien nh\u200canh - gi\u200dai ng\u200can trong ng\u200day',
    date: '2024-11-27 07:40:09 +0700',
    enc: 'qp',
    text: `Chao anh chi,

Ben em ho tro va\u200cy ti\u200den nh\u200canh khong the c\u200dhap:
- Han muc 10 - 100 tr\u200cieu
- Chi c\u200dan CC\u200cCD, khong tham dinh
- Gi\u200cai nga\u200dn trong ngay, no x\u200dau van ho tro

Lien he Za\u200clo 0972 604 115 de duoc duyet ho so ngay.`,
  },
  {
    f: 'vi-zw-betting-word-joiner-html-only.eml',
    via: 'botnet',
    helo: 'DESKTOP-Q7H2MLC',
    mailer: 'Sendblaster 4.4.2',
    from: ['Nh\u2060à C\u2060ái S\u2060ố 1', 'vip@nhacai-so1.example.com'],
    to: 'thuvien@sgddt.songhong.gov.vn',
    subj: 'N\u2060ổ h\u2060ũ c\u2060ực đ\u2060ậm – t\u2060ặng 188K cho th\u2060ành viên m\u2060ới',
    date: '2025-04-30 23:48:02 +0700',
    enc: 'b64',
    html: `<html><body style="background:#000;color:#fc0;text-align:center;font-family:Arial">
<h1>N\u2060Ổ H\u2060Ũ C\u2060ỰC Đ\u2060ẬM</h1>
<p>Đăng ký tại nh\u2060à c\u2060ái số 1 châu Á nhận ngay <b>188K</b>.</p>
<p>C\u2060á c\u2060ược thể thao · Cas\u2060ino trực tuyến · B\u2060ắn c\u2060á · X\u2060ổ s\u2060ố</p>
<p><a style="color:#000;background:#fc0;padding:10px 30px;text-decoration:none" href="https://nhacai-so1.example.com/dang-ky?ref=sb4430">ĐĂNG KÝ NGAY</a></p>
</body></html>`,
  },
  {
    f: 'vi-zw-casino-invisible-operators-image-short-text.eml',
    via: 'gmail',
    from: ['C\u2061a\u2062s\u2063i\u2064no VIP', 'casinovip.vn.club@gmail.com'],
    to: 'vanthu@bengiang.songhong.gov.vn',
    subj: 'Th\u2062ư\u2063ởng n\u2061ạp 200% hôm nay',
    date: '2025-07-05 20:14:44 +0700',
    enc: 'b64',
    img: {
      inline: true,
      cid: 'img001@casinovip',
      name: 'vip.png',
      colours: [
        [10, 10, 40],
        [200, 30, 30],
        [255, 200, 0],
      ],
    },
    text: `C\u2061a\u2062s\u2063i\u2064no VIP – th\u2062ư\u2063ởng n\u2061ạp 200%. Vào ch\u2063ơi: https://casinovip-club.example.net/vao?c=gm705`,
    html: `<div style="text-align:center"><a href="https://casinovip-club.example.net/vao?c=gm705"><img src="cid:img001@casinovip" width="480" height="160"></a><br>
<span style="font-size:12px">C\u2061a\u2062s\u2063i\u2064no VIP – th\u2062ư\u2063ởng n\u2061ạp 200%</span></div>`,
  },
  {
    f: 'vi-zw-fake-job-soft-hyphen-8bit.eml',
    via: 'outlook',
    from: ['Tuy\u00adển D\u00adụng Online', 'tuyendung.ctv.online@outlook.com'],
    to: 'lethimai@syt.songhong.gov.vn',
    subj: 'Vi\u00adệc nh\u00adẹ l\u00adương c\u00adao – c\u00adộng t\u00adác v\u00adiên l\u00adàm t\u00adại nh\u00adà',
    date: '2025-02-25 13:33:33 +0700',
    enc: '8bit',
    hdr: 'Q',
    text: `Chào bạn,

Cần tuyển 50 c\u00adộng t\u00adác v\u00adiên ch\u00adốt đ\u00adơn online:
- Vi\u00adệc nh\u00adẹ, l\u00adàm tr\u00adên đi\u00adện th\u00adoại 1-2 giờ/ngày
- Hoa h\u00adồng 15% mỗi đơn, nh\u00adận l\u00adương ngay trong ngày
- Kh\u00adông c\u00adần kinh nghiệm, không cần vốn

Kết bạn Zalo 0359 447 602 để nhận nh\u00adiệm v\u00adụ đầu tiên.`,
  },
  {
    f: 'vi-zw-crypto-bom-feff-base64.eml',
    via: 'esp',
    espHost: 'send.mailwave.example.net',
    from: ['Đ\ufeffầu T\ufeffư Coin', 'team@dautu-coin.example.com'],
    to: 'phongkhtc@stc.songhong.gov.vn',
    subj: 'L\ufeffợi nh\ufeffuận 40%/th\ufeffáng với USDT – r\ufeffút l\ufeffãi m\ufeffỗi ng\ufeffày',
    date: '2024-10-19 19:19:19 +0700',
    enc: 'b64',
    text: `Nhà đ\ufeffầu t\ufeffư thân mến,

Cộng đồng đ\ufeffầu t\ufeffư tiền mã hóa của chúng tôi đang giúp hơn 20.000 thành viên đạt
l\ufeffợi nh\ufeffuận 40% mỗi tháng với gói gửi USDT tự động.

- Vốn từ 100 USDT
- R\ufeffút l\ufeffãi mỗi ngày, rút gốc sau 30 ngày
- Thưởng 5% cho người giới thiệu

Đ\ufeffăng k\ufeffý: https://dautu-coin.example.com/join?ref=zw1019
Nhóm Telegram: t.me/dautucoin_official_vn`,
    html: `<div style="font-family:Arial">
<p>Nhà đ\ufeffầu t\ufeffư thân mến,</p>
<p>Hơn 20.000 thành viên đạt <b>l\ufeffợi nh\ufeffuận 40% mỗi tháng</b> với gói gửi USDT tự động.</p>
<p>Vốn từ 100 USDT · R\ufeffút l\ufeffãi mỗi ngày · Thưởng 5% người giới thiệu</p>
<p><a href="https://dautu-coin.example.com/join?ref=zw1019">Đ\ufeffăng k\ufeffý ngay</a></p></div>`,
  },
  {
    f: 'vi-zw-pharma-mixed-invisibles-alternative.eml',
    via: 'outlook',
    from: ['Nh\u200dà Thu\u200cốc Phái M\u200bạnh', 'admin@suckhoe-nam365.onmicrosoft.com'],
    to: 'tranvanhung@stttt.songhong.gov.vn',
    subj: 'T\u200bă\u200cng c\u2060ư\u200dờng s\u00adinh l\ufeffý nam – k\u200béo d\u200cài th\u2060ời gian g\u200dấp 3',
    date: '2025-09-30 22:10:05 +0700',
    enc: 'qp',
    text: `Anh đang gặp vấn đề y\u200bếu s\u200cinh l\u2060ý, xu\u200dất t\u00adinh s\ufeffớm?

Viên uống thảo dược giúp t\u200băng c\u200cường s\u2060inh l\u200dý n\u00adam, kéo dài thời gian
gấp 3 lần ngay từ lần đầu sử dụng. Không tác dụng phụ, giao hàng kín đáo.

Giá: 590.000đ/hộp. Đ\u200bặt h\u200càng: https://suckhoe-nam365.example.com/dat-hang`,
    html: `<p>Anh đang gặp vấn đề <b>y\u200bếu s\u200cinh l\u2060ý, xu\u200dất t\u00adinh s\ufeffớm</b>?</p>
<p>Viên uống thảo dược giúp <b>t\u200băng c\u200cường s\u2060inh l\u200dý n\u00adam</b>, kéo dài thời gian gấp 3 lần.</p>
<p>Giá: <b>590.000đ/hộp</b>. <a href="https://suckhoe-nam365.example.com/dat-hang">Đ\u200bặt h\u200càng ngay</a></p>`,
  },
  {
    f: 'en-zw-diet-pills-zero-width-space.eml',
    via: 'php',
    relay: 'node7.webfarm.example.org',
    lang: 'en-US',
    from: ['Sl\u200bim F\u200bast', 'info@node7.webfarm.example.org'],
    to: 'vanphong@syt.songhong.gov.vn',
    subj: 'L\u200bose 30 lbs in 30 days - d\u200biet p\u200bills that actually w\u200bork',
    date: '2024-03-21 03:03:03 +0700',
    enc: 'qp',
    text: `Tired of diets that don't work?

Our doctor-formulated d\u200biet p\u200bills help you l\u200bose w\u200beight fast:
- B\u200burn f\u200bat 24/7, even while you sleep
- Suppress appetite naturally
- No prescription needed

Order today and get 2 FREE bottles: https://slimfast-rx.example.com/order?src=zw
Money-back guarantee.`,
  },
  {
    f: 'vi-zw-no-diacritics-betting-html-entities.eml',
    via: 'php',
    relay: 'vps9.cheap-vps.example.org',
    from: ['Nha Cai Uy Tin', 'support@vps9.cheap-vps.example.org'],
    to: 'ubndxa@anphu.hoanglong.songhong.gov.vn',
    subj: 'Nh\u200ba c\u200bai uy t\u200bin - t\u200bang 100k kh\u200bong c\u200ban n\u200bap',
    date: '2025-06-28 00:41:27 +0700',
    enc: '7bit',
    html: `<html><body>
<p><b>Nh&#8203;a c&#8203;ai uy t&#8203;in so 1</b> - t&#8203;ang ngay 100k kh&#8203;ong c&#8203;an n&#8203;ap.</p>
<p>C&shy;a c&shy;uoc bong da, c&shy;asino, n&shy;o h&shy;u, b&shy;an c&shy;a.</p>
<p>R&#x200C;ut t&#x200C;ien 3 phut, h&#x200D;o tr&#x200D;o 24/7.</p>
<p><a href="https://nc-uytin.example.net/dk?ref=ent">Dang k&#8288;y ngay</a></p>
</body></html>`,
  },
  {
    f: 'vi-zw-data-khach-hang-zwj-display-name-q.eml',
    via: 'gmail',
    hdr: 'Q',
    from: ['D\u200data Kh\u200dách H\u200dàng', 'data.khachhang.moinhat@gmail.com'],
    to: 'ketoan@stc.songhong.gov.vn',
    subj: 'B\u200d\u200bán d\u200bata kh\u200dách h\u200bàng mới nhất – l\u200dọc theo ng\u200bành',
    date: '2026-02-03 09:09:41 +0700',
    enc: 'qp',
    text: `Chào anh chị,

Bên em cung cấp d\u200data kh\u200bách h\u200dàng mới nhất: chủ doanh nghiệp, người vay tiêu dùng,
phụ huynh học sinh, cán bộ công chức. Có họ tên, s\u200dố đ\u200biện th\u200doại, email.

Giá từ 500đ/dòng, gửi file mẫu miễn phí.
Zalo: 0326 915 408`,
  },
  {
    f: 'vi-nfd-decomposed-prize-and-loan.eml',
    via: 'foxmail',
    from: ['Trung tâm khuyến mãi'.normalize('NFD'), 'km@trungtam-khuyenmai.example.net'],
    to: 'vanthu@stttt.songhong.gov.vn',
    subj: 'Quý khách trúng thưởng 01 điện thoại và gói vay ưu đãi 0%'.normalize('NFD'),
    date: '2025-11-11 11:11:44 +0700',
    enc: 'b64',
    text: `Kính gửi Quý khách,

Số điện thoại đăng ký của Quý khách đã trúng thưởng 01 điện thoại thông minh trong đợt
quay số ngày 11/11. Ngoài ra Quý khách được tặng gói vay tiêu dùng ưu đãi lãi suất 0%
trong 3 tháng, giải ngân trong ngày, không cần thế chấp.

Nhận thưởng và đăng ký gói vay: https://trungtam-khuyenmai.example.net/nhan?ma=1111
Phí xác nhận hồ sơ 250.000đ.`.normalize('NFD'),
  },
];
