# Forwards, e-office notifications, newsletters. Each letter is written on its own; see make-vi-eval.py.
QLVB_EXTRA = [('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-Mailer', 'QLVB-DH Notification Service 4.2')]

LETTERS = [
dict(
    file='chuyen-tiep-outlook-cong-van-bo-tttt', kind='chuyen-tiep', tags=['ministry'], client='outlook', date='2024-09-26 08:12',
    **{'from': 'Vũ Thanh Bình <binhvt@stttt.songhong.gov.vn>'},
    to=['Lê Minh Hiếu <hieulm@stttt.songhong.gov.vn>'],
    subject='FW: Hướng dẫn bảo đảm an toàn hệ thống thông tin theo cấp độ',
    text='''Hiếu nghiên cứu, tham mưu văn bản triển khai cho các đơn vị nhé, hạn trong tuần sau. Chú ý phụ lục danh mục hệ thống cần phê duyệt hồ sơ cấp độ.

Bình

-----Original Message-----
From: Cục An toàn thông tin <vanthu@ais.gov.vn>
Sent: Wednesday, September 25, 2024 4:47 PM
To: vanthu@stttt.songhong.gov.vn
Subject: Hướng dẫn bảo đảm an toàn hệ thống thông tin theo cấp độ

Kính gửi: Sở Thông tin và Truyền thông các tỉnh, thành phố trực thuộc Trung ương.

Cục An toàn thông tin gửi Công văn số 1862/CATTT-ATHTTT hướng dẫn rà soát, phê duyệt hồ sơ đề xuất cấp độ và triển khai phương án bảo đảm an toàn hệ thống thông tin theo cấp độ năm 2024. Đề nghị quý Sở đôn đốc các cơ quan, đơn vị trên địa bàn hoàn thành phê duyệt hồ sơ cấp độ đối với 100% hệ thống thông tin đang vận hành trước ngày 31/12/2024 và báo cáo kết quả về Cục.

Trân trọng./.
Văn thư Cục An toàn thông tin''',
    att=[('pdf', '1862-CATTT-ATHTTT.pdf', [
        'BO THONG TIN VA TRUYEN THONG', 'CUC AN TOAN THONG TIN', 'So: 1862/CATTT-ATHTTT    Ha Noi, ngay 25 thang 9 nam 2024',
        'V/v huong dan bao dam an toan he thong thong tin theo cap do', '',
        'De nghi hoan thanh phe duyet ho so cap do doi voi 100% he thong thong tin truoc 31/12/2024.', '',
        'KT. CUC TRUONG', 'PHO CUC TRUONG'])],
),
dict(
    file='chuyen-tiep-zimbra-thong-bao-bhxh', kind='chuyen-tiep', tags=['ministry', 'hr'], client='zimbra', date='2025-01-22 14:05',
    **{'from': 'Kế toán - Văn phòng Sở GD&ĐT <ketoan@sgddt.songhong.gov.vn>'},
    to=['canbo@sgddt.songhong.gov.vn'],
    subject='Fwd: Thông báo kết quả đóng BHXH, BHYT năm 2024 - đề nghị cán bộ kiểm tra',
    text='''Kính gửi các anh chị,

Kế toán chuyển tiếp thông báo của BHXH tỉnh. Đề nghị mọi người đăng nhập ứng dụng VssID để kiểm tra quá trình đóng BHXH năm 2024 của mình; thấy sai lệch (mức lương, thời gian) báo lại kế toán trước 10/02 để điều chỉnh.

Nguyễn Thị Diệu Linh - Kế toán cơ quan

----- Forwarded Message -----
From: "BHXH tỉnh Sông Hồng - Phòng Quản lý thu" <qlthu.songhong@baohiemxahoi.gov.vn>
To: "ketoan" <ketoan@sgddt.songhong.gov.vn>
Sent: Tuesday, January 21, 2025 3:22:10 PM
Subject: Thông báo kết quả đóng BHXH, BHYT năm 2024

Kính gửi đơn vị: Văn phòng Sở Giáo dục và Đào tạo (mã đơn vị TA0127B)

BHXH tỉnh thông báo kết quả đóng BHXH, BHYT, BHTN năm 2024 của đơn vị: số lao động tham gia 64 người; tổng số phải đóng 3.862.418.560 đồng; đã đóng đủ, không nợ. Đề nghị đơn vị thông báo cho người lao động kiểm tra thông tin trên ứng dụng VssID.

Phòng Quản lý thu - BHXH tỉnh Sông Hồng''',
),
dict(
    file='chuyen-tiep-gmail-ca-nhan-tai-lieu-hoi-thao', kind='chuyen-tiep', tags=['personal-gmail'], client='gmail', date='2024-11-29 21:17',
    **{'from': 'Vũ Hồng Nhung <vuhongnhung82@gmail.com>'},
    to=['Vũ Hồng Nhung <nhungvh@sgddt.songhong.gov.vn>'],
    subject='Fwd: Tài liệu Hội thảo chuyển đổi số trong giáo dục',
    text='''Chuyển về hộp thư cơ quan để lưu.

---------- Forwarded message ---------
Từ: Văn phòng Sở GD&ĐT Ninh Bình <vanphong@sgddt.ninhbinh.gov.vn>
Date: Vào Th 6, 29 thg 11, 2024 vào lúc 16:20
Subject: Tài liệu Hội thảo chuyển đổi số trong giáo dục
To: <vuhongnhung82@gmail.com>

Kính gửi chị Nhung,
Ban tổ chức gửi chị bộ tài liệu tham luận của Hội thảo ngày 28/11 như đã hẹn. Cảm ơn Sở GD&ĐT Sông Hồng đã tham dự và có tham luận về học bạ số.
Trân trọng,
Văn phòng Sở GD&ĐT Ninh Bình''',
    att=[('pdf', 'Ky yeu tham luan Hoi thao CDS giao duc.pdf', [
        'SO GIAO DUC VA DAO TAO TINH NINH BINH', 'KY YEU THAM LUAN',
        'Hoi thao Chuyen doi so trong quan ly va day hoc - kinh nghiem cac tinh dong bang song Hong', 'Ninh Binh, ngay 28/11/2024', '',
        '1. Hoc ba so: kinh nghiem trien khai tai tinh Song Hong.', '2. Ngan hang cau hoi va kiem tra truc tuyen.',
        '3. An toan du lieu hoc sinh trong moi truong so.'])],
),
dict(
    file='chuyen-tiep-roundcube-lich-tiep-cong-dan', kind='chuyen-tiep', client='roundcube', date='2025-06-02 07:45',
    **{'from': 'Văn phòng Sở Nội vụ <vanphong@snv.songhong.gov.vn>'},
    to=['canbo@snv.songhong.gov.vn'],
    subject='Fwd: Lịch tiếp công dân định kỳ của lãnh đạo UBND tỉnh tháng 6/2025',
    text='''Văn phòng chuyển để các phòng biết. Ngày 12/6 Giám đốc Sở dự tiếp công dân cùng đồng chí Chủ tịch UBND tỉnh, đề nghị Phòng Xây dựng chính quyền chuẩn bị hồ sơ 03 vụ việc liên quan đến chế độ chính sách cán bộ xã dôi dư.

-------- Original Message --------
Subject: Lịch tiếp công dân định kỳ của lãnh đạo UBND tỉnh tháng 6/2025
Date: 2025-05-30 16:02
From: Ban Tiếp công dân tỉnh <tiepcongdan@songhong.gov.vn>
To: vanthu@snv.songhong.gov.vn, vanthu@stc.songhong.gov.vn, vanthu@stttt.songhong.gov.vn

Kính gửi các Sở, ngành,
Ban Tiếp công dân tỉnh thông báo lịch tiếp công dân định kỳ tháng 6/2025:
- Thứ Năm 12/6: đồng chí Chủ tịch UBND tỉnh tiếp công dân; mời Giám đốc các Sở Nội vụ, Tài chính cùng dự;
- Thứ Năm 26/6: đồng chí Phó Chủ tịch Trần Đức Mạnh tiếp công dân; mời Giám đốc Sở TT&TT, Sở GD&ĐT cùng dự.
Địa điểm: Trụ sở Tiếp công dân tỉnh, số 2 đường Hùng Vương.''',
),
dict(
    file='chuyen-tiep-thunderbird-huong-dan-chu-ky-so', kind='chuyen-tiep', client='thunderbird', date='2025-03-21 10:33',
    **{'from': 'Hoàng Đức Trung <trunghd@sgddt.songhong.gov.vn>'},
    to=['thpt.hoanglong@edu.songhong.gov.vn', 'thpt.bengiang@edu.songhong.gov.vn'],
    subject='Fwd: Hướng dẫn gia hạn chứng thư số chuyên dùng trước 15/4',
    text='''Kính gửi các trường,

Phòng KHTC chuyển tiếp hướng dẫn của Sở TT&TT về gia hạn chứng thư số. Các đồng chí Hiệu trưởng, kế toán có chứng thư hết hạn trong quý II lưu ý làm hồ sơ sớm để không gián đoạn ký số chứng từ kho bạc.

Trung

-------- Forwarded Message --------
Subject: Hướng dẫn gia hạn chứng thư số chuyên dùng trước 15/4
Date: Thu, 20 Mar 2025 15:12:40 +0700
From: Phòng CNTT - Sở TT&TT <cntt@stttt.songhong.gov.vn>
To: vanthu@sgddt.songhong.gov.vn

Kính gửi các cơ quan, đơn vị,

Một số chứng thư số chuyên dùng Chính phủ cấp năm 2020 sẽ hết hạn trong quý II/2025. Đề nghị các đơn vị lập danh sách thuê bao cần gia hạn (mẫu 02) gửi Sở trước 15/4/2025; cán bộ mang theo thiết bị USB token đến Sở để cập nhật. Không gửi mã PIN của thiết bị qua thư điện tử hoặc điện thoại.

Phòng CNTT - Sở TT&TT''',
),
dict(
    file='chuyen-tiep-khong-dau-chuyen-anh-hung-xu-ly', kind='chuyen-tiep', tags=['no-diacritics', 'phone'], client='iphone', date='2025-08-21 06:58',
    **{'from': 'Dang Van Khoa <khoadv@hoanglong.songhong.gov.vn>'},
    to=['Đỗ Mạnh Cường <cuongdm@hoanglong.songhong.gov.vn>'],
    subject='Fwd: Ke hoach kiem tra quyet toan 2025',
    text='''Chuyen a Cuong xu ly, bao cao toi trong tuan nay. Luu y chuan bi ho so mua sam tai san tren 100 trieu.

Gửi từ iPhone của tôi

Bắt đầu tin nhắn được chuyển tiếp:

> Từ: Phòng Quản lý ngân sách - Sở Tài chính <qlns@stc.songhong.gov.vn>
> Ngày: 20 tháng 8, 2025 lúc 16:40:12 GMT+7
> Đến: vanthu@hoanglong.songhong.gov.vn
> Chủ đề: Ke hoach kiem tra quyet toan 2025
>
> Kính gửi UBND huyện Hoàng Long,
> Sở Tài chính thông báo dự kiến lịch kiểm tra quyết toán ngân sách năm 2025 tại huyện từ ngày 06/4/2026. Kế hoạch chính thức sẽ gửi sau khi được phê duyệt.''',
),
dict(
    file='chuyen-tiep-donor-workshop-en-vi', kind='chuyen-tiep', tags=['mixed-en', 'donor'], client='outlook', date='2025-02-26 11:50',
    **{'from': 'Nguyễn Thị Lan <lannt@stttt.songhong.gov.vn>'},
    to=['trangtt@stttt.songhong.gov.vn', 'quanpm@stttt.songhong.gov.vn'],
    subject='FW: [SH-eGov] Invitation - Regional workshop on open government data, Hanoi 12-13 March',
    text='''Trang, Quân: đây là thư mời hội thảo của dự án. Hai em đăng ký giúp chị theo link trong thư (mục Registration), hạn 5/3. Dự án chi trả vé tàu và khách sạn, mình chỉ cần làm giấy đi đường của Sở.

Chị Lan

From: SH-eGov Project Office <sh-egov@mpi.gov.vn>
Sent: Tuesday, February 25, 2025 5:30 PM
To: lannt@stttt.songhong.gov.vn
Subject: [SH-eGov] Invitation - Regional workshop on open government data, Hanoi 12-13 March

Dear colleagues,

On behalf of the Project Management Unit, we are pleased to invite two staff members from each participating province to the regional workshop "Open Government Data: from publishing to reuse", to be held in Hanoi on 12-13 March 2025.

Nội dung hội thảo: chia sẻ kinh nghiệm xây dựng danh mục dữ liệu mở, chuẩn hóa siêu dữ liệu, và thực hành công bố dữ liệu trên Cổng dữ liệu quốc gia (data.gov.vn).

Registration: please fill in the form at https://forms.mpi.gov.vn/sh-egov/workshop-ogd-2025 by 5 March.
Travel and accommodation are covered by the project in line with the cost norms agreed with the donor.

Kind regards,
SH-eGov Project Office''',
),
dict(
    file='chuyen-tiep-van-ban-tu-truc-lien-thong', kind='chuyen-tiep', client='outlook-ex', date='2025-10-16 09:05',
    **{'from': 'Văn thư Sở Y tế <vanthu@syt.songhong.gov.vn>'},
    to=['Phòng Nghiệp vụ Dược <nvd@syt.songhong.gov.vn>'],
    subject='FW: Văn bản đến: Cục Quản lý Dược - thu hồi thuốc không đạt tiêu chuẩn chất lượng',
    text='''Văn thư chuyển Phòng Nghiệp vụ Dược xử lý theo phân công của Giám đốc Sở (đã vào sổ văn bản đến số 4127).

-----Original Message-----
From: Cục Quản lý Dược <vanthu.qld@moh.gov.vn>
Sent: Wednesday, October 15, 2025 5:18 PM
To: vanthu@syt.songhong.gov.vn
Subject: Thông báo thu hồi thuốc không đạt tiêu chuẩn chất lượng

Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc trung ương.

Cục Quản lý Dược thông báo thu hồi trên toàn quốc 01 lô thuốc viên nén bao phim không đạt tiêu chuẩn chất lượng mức độ 3 (chỉ tiêu độ hòa tan). Đề nghị Sở Y tế thông báo cho các cơ sở kinh doanh, sử dụng thuốc trên địa bàn, kiểm tra, giám sát việc thu hồi và báo cáo kết quả về Cục trước ngày 30/10/2025.

Cục Quản lý Dược - Bộ Y tế''',
    att=[('pdf', 'CV thu hoi thuoc - Cuc QLD.pdf', [
        'BO Y TE', 'CUC QUAN LY DUOC', 'So: 5214/QLD-CL    Ha Noi, ngay 15 thang 10 nam 2025',
        'V/v thu hoi thuoc khong dat tieu chuan chat luong', '',
        'Thu hoi toan quoc 01 lo thuoc vien nen bao phim khong dat chi tieu do hoa tan (muc do 3).',
        'Bao cao ket qua thu hoi ve Cuc truoc ngay 30/10/2025.', '', 'KT. CUC TRUONG', 'PHO CUC TRUONG'])],
),

# ------------------------------------------------------------------ e-office / national system notifications
dict(
    file='qlvb-van-ban-den-moi-stc', kind='qlvb', client='system', date='2025-10-14 08:02', extra=QLVB_EXTRA,
    **{'from': 'Hệ thống Quản lý văn bản và Điều hành <qlvb@songhong.gov.vn>'},
    to=['Lê Thị Thu Hằng <hangltt@stc.songhong.gov.vn>'],
    subject='[QLVB] Văn bản đến mới: 1455/SYT-KHTC - Đề nghị bổ sung kinh phí phòng chống dịch',
    text='''Kính gửi: Lê Thị Thu Hằng

Bạn có 1 văn bản cần xử lý trên Hệ thống Quản lý văn bản và Điều hành tỉnh Sông Hồng.

Số ký hiệu: 1455/SYT-KHTC
Ngày văn bản: 13/10/2025
Cơ quan ban hành: Sở Y tế
Trích yếu: Đề nghị bổ sung kinh phí mua hóa chất, vật tư phòng chống dịch sốt xuất huyết năm 2025
Người chuyển: Phạm Quang Vinh (Phó Giám đốc)
Ý kiến chỉ đạo: Phòng HCSN tham mưu, báo cáo trước 17/10.
Hạn xử lý: 17/10/2025

Xem và xử lý văn bản: https://qlvb.songhong.gov.vn/stc/vanbanden/chitiet?id=2025-118734

Đây là thư tự động, vui lòng không trả lời thư này.''',
    html='''<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#0b4f8a;color:#fff;padding:10px 16px;font-size:16px"><b>Hệ thống Quản lý văn bản và Điều hành</b></td></tr>
<tr><td style="padding:14px 16px">
<p>Kính gửi: <b>Lê Thị Thu Hằng</b></p>
<p>Bạn có <b>1 văn bản</b> cần xử lý.</p>
<table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:14px">
<tr><td style="color:#666">Số ký hiệu</td><td><b>1455/SYT-KHTC</b></td></tr>
<tr><td style="color:#666">Ngày văn bản</td><td>13/10/2025</td></tr>
<tr><td style="color:#666">Cơ quan ban hành</td><td>Sở Y tế</td></tr>
<tr><td style="color:#666">Trích yếu</td><td>Đề nghị bổ sung kinh phí mua hóa chất, vật tư phòng chống dịch sốt xuất huyết năm 2025</td></tr>
<tr><td style="color:#666">Người chuyển</td><td>Phạm Quang Vinh (Phó Giám đốc)</td></tr>
<tr><td style="color:#666">Ý kiến chỉ đạo</td><td>Phòng HCSN tham mưu, báo cáo trước 17/10.</td></tr>
<tr><td style="color:#666">Hạn xử lý</td><td style="color:#c00">17/10/2025</td></tr>
</table>
<p><a href="https://qlvb.songhong.gov.vn/stc/vanbanden/chitiet?id=2025-118734" style="background:#0b4f8a;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">Xem và xử lý văn bản</a></p>
<p style="color:#888;font-size:12px">Đây là thư tự động, vui lòng không trả lời thư này.</p>
</td></tr></table>''',
),
dict(
    file='qlvb-ban-co-van-ban-can-xu-ly-stttt', kind='qlvb', client='system', date='2025-03-18 09:40', extra=QLVB_EXTRA,
    **{'from': 'QLVB Sở TT&TT <thongbao.qlvb@stttt.songhong.gov.vn>'},
    to=['hieulm@stttt.songhong.gov.vn'],
    subject='Bạn có 1 văn bản cần xử lý',
    text='''Hệ thống Quản lý văn bản và Điều hành - Sở Thông tin và Truyền thông

Xin chào Lê Minh Hiếu,

Văn bản "412/STTTT-CNTT - V/v rà soát, cập nhật cán bộ đầu mối an toàn thông tin năm 2025" đã được Vũ Thanh Bình chuyển đến bạn để: Chủ trì xử lý.

Hạn xử lý: 28/03/2025.

Truy cập: https://qlvb.stttt.songhong.gov.vn/vbdi/412-2025

--
Thư được gửi tự động từ hệ thống. Để thay đổi thiết lập nhận thông báo, vào mục Cá nhân > Thông báo.''',
    html='''<div style="font-family:Tahoma,Arial,sans-serif;font-size:13px">
<p><b>Hệ thống Quản lý văn bản và Điều hành - Sở Thông tin và Truyền thông</b></p>
<p>Xin chào <b>Lê Minh Hiếu</b>,</p>
<p>Văn bản "<b>412/STTTT-CNTT - V/v rà soát, cập nhật cán bộ đầu mối an toàn thông tin năm 2025</b>" đã được Vũ Thanh Bình chuyển đến bạn để: <b>Chủ trì xử lý</b>.</p>
<p>Hạn xử lý: <span style="color:#d9534f">28/03/2025</span></p>
<p>Truy cập: <a href="https://qlvb.stttt.songhong.gov.vn/vbdi/412-2025">https://qlvb.stttt.songhong.gov.vn/vbdi/412-2025</a></p>
<hr><p style="color:#999;font-size:11px">Thư được gửi tự động từ hệ thống. Để thay đổi thiết lập nhận thông báo, vào mục Cá nhân &gt; Thông báo.</p></div>''',
),
dict(
    file='qlvb-nhac-han-xu-ly-hoanglong', kind='qlvb', tags=['district'], client='system', alt=False, enc='qp', hdr='raw', date='2025-04-16 07:00',
    extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk'), ('X-Mailer', 'eOffice Mailer')],
    **{'from': 'eOffice Hoàng Long <eoffice@hoanglong.songhong.gov.vn>'},
    to=['noivu@hoanglong.songhong.gov.vn'],
    subject='[eOffice] Nhắc hạn: 2 văn bản sắp đến hạn xử lý',
    text='''NHẮC HẠN XỬ LÝ VĂN BẢN

Đơn vị: Phòng Nội vụ huyện Hoàng Long
Có 2 văn bản sắp đến hạn xử lý:

1. Số 58/KH-UBND ngày 31/03/2025 - Kế hoạch kiểm tra công tác cải cách hành chính, công vụ năm 2025
   Hạn: 17/04/2025 (còn 1 ngày)
   https://eoffice.hoanglong.songhong.gov.vn/van-ban/58-KH-UBND-2025

2. Số 312/SNV-CCVC ngày 02/04/2025 - Đăng ký chỉ tiêu xét tuyển công chức cấp xã
   Hạn: 18/04/2025 (còn 2 ngày)
   https://eoffice.hoanglong.songhong.gov.vn/van-ban/312-SNV-CCVC-2025

Thư tự động từ hệ thống eOffice huyện Hoàng Long. Không trả lời thư này.''',
),
dict(
    file='qlvb-dichvucong-ho-so-tiep-nhan', kind='qlvb', tags=['national-system'], client='system', date='2025-05-07 14:26', dkim=True,
    extra=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'DVCQG Notify')],
    **{'from': 'Cổng Dịch vụ công quốc gia <noreply@dichvucong.gov.vn>'},
    to=['motcua@bengiang.songhong.gov.vn'],
    subject='Cổng DVCQG: Hồ sơ mới được đồng bộ về hệ thống một cửa điện tử',
    text='''Cổng Dịch vụ công quốc gia thông báo:

Đơn vị tiếp nhận: Bộ phận Một cửa UBND thành phố Bến Giang
Mã hồ sơ: H52.33-250507-0041
Thủ tục: Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi (liên thông)
Thời gian nộp: 07/05/2025 14:19
Trạng thái: Đã đồng bộ sang Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Sông Hồng

Cán bộ một cửa vui lòng đăng nhập hệ thống một cửa điện tử của tỉnh tại https://motcua.songhong.gov.vn để tiếp nhận hồ sơ trong thời hạn quy định.

Trân trọng,
Cổng Dịch vụ công quốc gia - https://dichvucong.gov.vn''',
    html='''<div style="font-family:Arial,sans-serif;font-size:14px;max-width:640px">
<div style="background:#ce1126;color:#fff;padding:10px 14px"><b>Cổng Dịch vụ công quốc gia</b></div>
<div style="padding:12px 14px;border:1px solid #eee">
<p>Đơn vị tiếp nhận: <b>Bộ phận Một cửa UBND thành phố Bến Giang</b></p>
<p>Mã hồ sơ: <b>H52.33-250507-0041</b><br>Thủ tục: Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi (liên thông)<br>
Thời gian nộp: 07/05/2025 14:19<br>Trạng thái: Đã đồng bộ sang Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Sông Hồng</p>
<p>Cán bộ một cửa vui lòng đăng nhập hệ thống một cửa điện tử của tỉnh tại <a href="https://motcua.songhong.gov.vn">https://motcua.songhong.gov.vn</a> để tiếp nhận hồ sơ trong thời hạn quy định.</p>
<p>Trân trọng,<br>Cổng Dịch vụ công quốc gia - <a href="https://dichvucong.gov.vn">https://dichvucong.gov.vn</a></p></div></div>''',
),
dict(
    file='qlvb-hop-thu-sap-day', kind='qlvb', tags=['it-security'], client='system', alt=False, enc='8bit', date='2025-12-08 06:15',
    extra=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zimbra quota notifier')],
    **{'from': 'Quản trị hệ thống thư điện tử tỉnh <postmaster@songhong.gov.vn>'},
    to=['nhungvh@sgddt.songhong.gov.vn'],
    subject='Thông báo: hộp thư của bạn đã sử dụng 92% dung lượng',
    text='''Chào Vũ Hồng Nhung,

Hộp thư nhungvh@sgddt.songhong.gov.vn đã dùng 4,6 GB / 5 GB (92%). Khi đầy 100%, hộp thư sẽ không nhận được thư mới.

Bạn có thể giải phóng dung lượng bằng cách:
- Xóa thư trong thư mục Thùng rác và Thư rác;
- Xóa hoặc lưu về máy các thư có tệp đính kèm lớn (trong webmail: Tìm kiếm > Kích thước > lớn hơn 5 MB);
- Liên hệ bộ phận quản trị của đơn vị nếu cần nâng dung lượng theo quy chế.

Thư này được gửi tự động từ hệ thống thư điện tử công vụ tỉnh Sông Hồng (https://mail.songhong.gov.vn). Hệ thống không bao giờ yêu cầu bạn cung cấp mật khẩu qua thư.

Trung tâm CNTT-TT, Sở Thông tin và Truyền thông - Hotline: 0221.3800.888''',
),
dict(
    file='qlvb-baocao-gov-ky-bao-cao-moi', kind='qlvb', tags=['national-system'], client='system', enc='qp', date='2025-06-20 08:30', dkim=True,
    extra=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'HTTTBC Notify')],
    **{'from': 'Hệ thống thông tin báo cáo Chính phủ <noreply@baocao.gov.vn>'},
    to=['tonghop@songhong.gov.vn'],
    subject='Nhắc nhở: kỳ báo cáo tháng 6/2025 - Báo cáo tình hình kinh tế - xã hội',
    text='''Kính gửi: Tài khoản tonghop.songhong (UBND tỉnh Sông Hồng)

Hệ thống thông tin báo cáo Chính phủ thông báo kỳ báo cáo sau đã mở:
- Chế độ báo cáo: Tình hình kinh tế - xã hội tháng (mẫu BC-KTXH-T)
- Kỳ báo cáo: Tháng 6/2025
- Hạn gửi: 17h00 ngày 25/06/2025
- Tình trạng: Chưa gửi

Vui lòng đăng nhập https://baocao.gov.vn để nhập số liệu và ký số gửi báo cáo.

Đây là thư tự động, không trả lời.''',
    html='''<p style="font-family:Arial;font-size:14px">Kính gửi: Tài khoản <b>tonghop.songhong</b> (UBND tỉnh Sông Hồng)</p>
<p style="font-family:Arial;font-size:14px">Hệ thống thông tin báo cáo Chính phủ thông báo kỳ báo cáo sau đã mở:</p>
<ul style="font-family:Arial;font-size:14px"><li>Chế độ báo cáo: Tình hình kinh tế - xã hội tháng (mẫu BC-KTXH-T)</li><li>Kỳ báo cáo: Tháng 6/2025</li><li>Hạn gửi: <b>17h00 ngày 25/06/2025</b></li><li>Tình trạng: <span style="color:#c00">Chưa gửi</span></li></ul>
<p style="font-family:Arial;font-size:14px">Vui lòng đăng nhập <a href="https://baocao.gov.vn">https://baocao.gov.vn</a> để nhập số liệu và ký số gửi báo cáo.</p>
<p style="font-family:Arial;font-size:12px;color:#777">Đây là thư tự động, không trả lời.</p>''',
),
dict(
    file='qlvb-lich-hop-duoc-cap-nhat', kind='qlvb', client='system', date='2026-01-12 17:45', extra=QLVB_EXTRA,
    **{'from': 'Hệ thống Quản lý văn bản và Điều hành <qlvb@songhong.gov.vn>'},
    to=['binhvt@stttt.songhong.gov.vn'],
    subject='[Lịch họp] Thay đổi thời gian: Họp UBND tỉnh thường kỳ tháng 01/2026',
    text='''Lịch họp của bạn vừa được cập nhật.

Cuộc họp: Phiên họp UBND tỉnh thường kỳ tháng 01/2026
Thời gian MỚI: 08h00 thứ Sáu 16/01/2026 (trước đây: 14h00 thứ Năm 15/01/2026)
Địa điểm: Phòng họp số 1, trụ sở UBND tỉnh
Người cập nhật: Phòng Tổng hợp - Văn phòng UBND tỉnh
Tài liệu họp: https://qlvb.songhong.gov.vn/lichhop/2026-01-ubnd-thuong-ky/tailieu

Xác nhận tham dự tại: https://qlvb.songhong.gov.vn/lichhop/2026-01-ubnd-thuong-ky

Đây là thư tự động, vui lòng không trả lời thư này.''',
    html='''<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#0b4f8a;color:#fff;padding:10px 16px;font-size:16px"><b>Hệ thống Quản lý văn bản và Điều hành</b></td></tr>
<tr><td style="padding:14px 16px">
<p>Lịch họp của bạn vừa được cập nhật.</p>
<p><b>Phiên họp UBND tỉnh thường kỳ tháng 01/2026</b></p>
<p>Thời gian <b style="color:#c00">MỚI</b>: 08h00 thứ Sáu 16/01/2026 <span style="color:#888">(trước đây: 14h00 thứ Năm 15/01/2026)</span><br>
Địa điểm: Phòng họp số 1, trụ sở UBND tỉnh<br>Người cập nhật: Phòng Tổng hợp - Văn phòng UBND tỉnh</p>
<p>Tài liệu họp: <a href="https://qlvb.songhong.gov.vn/lichhop/2026-01-ubnd-thuong-ky/tailieu">xem tài liệu</a><br>
<a href="https://qlvb.songhong.gov.vn/lichhop/2026-01-ubnd-thuong-ky">Xác nhận tham dự</a></p>
<p style="color:#888;font-size:12px">Đây là thư tự động, vui lòng không trả lời thư này.</p>
</td></tr></table>''',
),
dict(
    file='qlvb-hoso-can-bo-cap-nhat-thong-tin', kind='qlvb', tags=['hr'], client='system', enc='b64', date='2025-07-28 10:10',
    extra=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'QLCB Mailer 2.0')],
    **{'from': 'Phần mềm Quản lý hồ sơ cán bộ, công chức <qlcb@snv.songhong.gov.vn>'},
    to=['toihv@stttt.songhong.gov.vn'],
    subject='Yêu cầu cập nhật thông tin hồ sơ cán bộ (mẫu 2C) trước 15/8/2025',
    text='''Kính gửi ông/bà Hoàng Văn Tới - Trung tâm CNTT-TT, Sở Thông tin và Truyền thông,

Theo kế hoạch đồng bộ Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức, hồ sơ điện tử của ông/bà còn thiếu các trường thông tin sau:
- Số định danh cá nhân (CCCD);
- Quá trình đào tạo, bồi dưỡng từ năm 2022;
- Kết quả đánh giá, xếp loại năm 2024.

Ông/bà vui lòng đăng nhập phần mềm tại https://qlcb.snv.songhong.gov.vn bằng tài khoản hộp thư công vụ, kiểm tra và bổ sung thông tin trước ngày 15/8/2025; sau khi cập nhật, bộ phận tổ chức của cơ quan sẽ duyệt.

Phòng Công chức, viên chức - Sở Nội vụ''',
    html='''<div style="font-family:'Times New Roman',serif;font-size:15px">
<p>Kính gửi ông/bà <b>Hoàng Văn Tới</b> - Trung tâm CNTT-TT, Sở Thông tin và Truyền thông,</p>
<p>Theo kế hoạch đồng bộ Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức, hồ sơ điện tử của ông/bà còn thiếu các trường thông tin sau:</p>
<ul><li>Số định danh cá nhân (CCCD);</li><li>Quá trình đào tạo, bồi dưỡng từ năm 2022;</li><li>Kết quả đánh giá, xếp loại năm 2024.</li></ul>
<p>Ông/bà vui lòng đăng nhập phần mềm tại <a href="https://qlcb.snv.songhong.gov.vn">https://qlcb.snv.songhong.gov.vn</a> bằng tài khoản hộp thư công vụ, kiểm tra và bổ sung thông tin trước ngày <b>15/8/2025</b>; sau khi cập nhật, bộ phận tổ chức của cơ quan sẽ duyệt.</p>
<p><i>Phòng Công chức, viên chức - Sở Nội vụ</i></p></div>''',
),

# ------------------------------------------------------------------ newsletters
dict(
    file='ban-tin-mic-chuyen-doi-so-thang-6', kind='ban-tin', tags=['ministry'], client='bulk', date='2024-06-28 16:00', dkim=True,
    extra=[('List-Id', 'Ban tin Chuyen doi so <bantin-cds.mic.gov.vn>'), ('List-Unsubscribe', '<https://bantin.mic.gov.vn/huy-dang-ky?u=stttt-songhong-0412>, <mailto:bantin-cds-unsubscribe@mic.gov.vn>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'), ('X-Mailer', 'MIC Bulletin Mailer')],
    **{'from': 'Bản tin Chuyển đổi số - Bộ TT&TT <bantin-cds@mic.gov.vn>'},
    to=['vanthu@stttt.songhong.gov.vn'],
    subject='Bản tin Chuyển đổi số số 06/2024: Tháng tiêm chủng dữ liệu và kỹ năng số cho người dân',
    text='''BẢN TIN CHUYỂN ĐỔI SỐ - SỐ 06/2024
Bộ Thông tin và Truyền thông

1. Triển khai phong trào "Bình dân học vụ số" tại các địa phương
Nhiều tỉnh đã tổ chức các lớp kỹ năng số cơ bản cho người dân qua Tổ công nghệ số cộng đồng; nội dung gồm sử dụng dịch vụ công trực tuyến, thanh toán điện tử và nhận biết lừa đảo trên mạng.
Xem tiếp: https://bantin.mic.gov.vn/2024-06/binh-dan-hoc-vu-so

2. Hướng dẫn mới về nền tảng dùng chung cấp tỉnh
Bộ đã ban hành danh mục nền tảng số quốc gia và hướng dẫn địa phương ưu tiên sử dụng nền tảng dùng chung thay vì đầu tư riêng lẻ.
Xem tiếp: https://bantin.mic.gov.vn/2024-06/nen-tang-dung-chung

3. Số liệu tháng: 81% hồ sơ thủ tục hành chính cấp tỉnh được số hóa; 52% hồ sơ nộp trực tuyến.

Bạn nhận bản tin này vì cơ quan đã đăng ký nhận tin. Hủy đăng ký: https://bantin.mic.gov.vn/huy-dang-ky?u=stttt-songhong-0412''',
    html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Bản tin Chuyển đổi số 06/2024</title></head>
<body style="margin:0;background:#f2f4f7"><table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f4f7"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#1d2a36">
<tr><td style="background:#003b7a;padding:18px 24px;color:#fff"><div style="font-size:12px;letter-spacing:1px">BỘ THÔNG TIN VÀ TRUYỀN THÔNG</div><div style="font-size:22px;font-weight:bold">Bản tin Chuyển đổi số</div><div style="font-size:13px">Số 06/2024</div></td></tr>
<tr><td style="padding:20px 24px">
<h2 style="font-size:17px;color:#003b7a;margin:0 0 6px">Triển khai phong trào "Bình dân học vụ số" tại các địa phương</h2>
<p style="font-size:14px;line-height:1.5;margin:0 0 8px">Nhiều tỉnh đã tổ chức các lớp kỹ năng số cơ bản cho người dân qua Tổ công nghệ số cộng đồng; nội dung gồm sử dụng dịch vụ công trực tuyến, thanh toán điện tử và nhận biết lừa đảo trên mạng.</p>
<p style="margin:0 0 18px"><a href="https://bantin.mic.gov.vn/2024-06/binh-dan-hoc-vu-so" style="color:#0066cc;font-size:13px">Xem tiếp »</a></p>
<h2 style="font-size:17px;color:#003b7a;margin:0 0 6px">Hướng dẫn mới về nền tảng dùng chung cấp tỉnh</h2>
<p style="font-size:14px;line-height:1.5;margin:0 0 8px">Bộ đã ban hành danh mục nền tảng số quốc gia và hướng dẫn địa phương ưu tiên sử dụng nền tảng dùng chung thay vì đầu tư riêng lẻ.</p>
<p style="margin:0 0 18px"><a href="https://bantin.mic.gov.vn/2024-06/nen-tang-dung-chung" style="color:#0066cc;font-size:13px">Xem tiếp »</a></p>
<table width="100%" cellpadding="10" style="background:#eaf2fb;font-size:14px"><tr><td><b>Số liệu tháng:</b> 81% hồ sơ thủ tục hành chính cấp tỉnh được số hóa; 52% hồ sơ nộp trực tuyến.</td></tr></table>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#7a8794;border-top:1px solid #e3e7ec">Bạn nhận bản tin này vì cơ quan đã đăng ký nhận tin. <a href="https://bantin.mic.gov.vn/huy-dang-ky?u=stttt-songhong-0412" style="color:#7a8794">Hủy đăng ký</a></td></tr>
</table></td></tr></table></body></html>''',
),
dict(
    file='ban-tin-ais-canh-bao-attt-thang-10', kind='ban-tin', tags=['ministry', 'it-security'], client='bulk', enc='b64', date='2024-10-31 15:30', dkim=True,
    extra=[('List-Id', '<canhbao.ais.gov.vn>'), ('List-Unsubscribe', '<mailto:canhbao-leave@ais.gov.vn?subject=unsubscribe>'), ('Precedence', 'list')],
    **{'from': 'Cục An toàn thông tin <canhbao@ais.gov.vn>'},
    to=['cntt@stttt.songhong.gov.vn'],
    subject='Bản tin An toàn thông tin tháng 10/2024: lỗ hổng nghiêm trọng và chiến dịch lừa đảo cần lưu ý',
    text='''BẢN TIN AN TOÀN THÔNG TIN - THÁNG 10/2024
Cục An toàn thông tin

Tổng quan: trong tháng, hệ thống kỹ thuật của Cục ghi nhận và cảnh báo 1.126 cuộc tấn công mạng vào hệ thống thông tin tại Việt Nam, trong đó 672 cuộc lừa đảo (phishing), 341 cuộc thay đổi giao diện, 113 cuộc cài mã độc.

Lỗ hổng cần ưu tiên xử lý:
- Các lỗ hổng trong bản vá tháng 10 của Microsoft (Windows, Office), trong đó có lỗ hổng đang bị khai thác;
- Lỗ hổng trên một số dòng thiết bị tường lửa, VPN phổ biến cho phép thực thi mã từ xa;
- Lỗ hổng trong các plugin của mã nguồn mở quản trị nội dung thường dùng cho trang thông tin điện tử.

Lừa đảo trực tuyến: xuất hiện thư giả mạo cơ quan thuế, cơ quan bảo hiểm xã hội yêu cầu "cập nhật thông tin" qua đường dẫn lạ; giả mạo thông báo hộp thư đầy để đánh cắp mật khẩu. Khuyến nghị cơ quan, tổ chức tuyên truyền cho cán bộ không nhập mật khẩu tại các trang không rõ nguồn gốc, kiểm tra kỹ tên miền người gửi.

Chi tiết và danh sách mã CVE: https://ais.gov.vn/ban-tin/2024-10

Cục An toàn thông tin - Bộ Thông tin và Truyền thông''',
    html='''<div style="font-family:Arial,sans-serif;max-width:680px;margin:auto;border:1px solid #dde">
<div style="background:#8b0000;color:#fff;padding:14px 20px"><b style="font-size:19px">BẢN TIN AN TOÀN THÔNG TIN</b><br><span style="font-size:13px">Tháng 10/2024 - Cục An toàn thông tin</span></div>
<div style="padding:16px 20px;font-size:14px;line-height:1.5">
<p><b>Tổng quan:</b> trong tháng, hệ thống kỹ thuật của Cục ghi nhận và cảnh báo <b>1.126</b> cuộc tấn công mạng vào hệ thống thông tin tại Việt Nam, trong đó 672 cuộc lừa đảo (phishing), 341 cuộc thay đổi giao diện, 113 cuộc cài mã độc.</p>
<h3 style="font-size:15px;color:#8b0000">Lỗ hổng cần ưu tiên xử lý</h3>
<ul><li>Các lỗ hổng trong bản vá tháng 10 của Microsoft (Windows, Office), trong đó có lỗ hổng đang bị khai thác;</li>
<li>Lỗ hổng trên một số dòng thiết bị tường lửa, VPN phổ biến cho phép thực thi mã từ xa;</li>
<li>Lỗ hổng trong các plugin của mã nguồn mở quản trị nội dung thường dùng cho trang thông tin điện tử.</li></ul>
<h3 style="font-size:15px;color:#8b0000">Lừa đảo trực tuyến</h3>
<p>Xuất hiện thư giả mạo cơ quan thuế, cơ quan bảo hiểm xã hội yêu cầu "cập nhật thông tin" qua đường dẫn lạ; giả mạo thông báo hộp thư đầy để đánh cắp mật khẩu. Khuyến nghị cơ quan, tổ chức tuyên truyền cho cán bộ không nhập mật khẩu tại các trang không rõ nguồn gốc, kiểm tra kỹ tên miền người gửi.</p>
<p>Chi tiết và danh sách mã CVE: <a href="https://ais.gov.vn/ban-tin/2024-10">https://ais.gov.vn/ban-tin/2024-10</a></p>
</div><div style="background:#f5f5f5;padding:10px 20px;font-size:11px;color:#666">Cục An toàn thông tin - Bộ Thông tin và Truyền thông</div></div>''',
),
dict(
    file='ban-tin-noi-bo-stttt-so-12', kind='ban-tin', client='bulk', date='2025-12-30 16:20',
    extra=[('List-Id', 'Ban tin noi bo So TTTT <bantin.stttt.songhong.gov.vn>'), ('List-Unsubscribe', '<mailto:bantin-request@stttt.songhong.gov.vn?subject=unsubscribe>'), ('Precedence', 'list'), ('X-Mailer', 'Mailman 3')],
    **{'from': 'Bản tin nội bộ Sở TT&TT <bantin@stttt.songhong.gov.vn>'},
    to=['canbo@stttt.songhong.gov.vn'],
    subject='Bản tin nội bộ số 12/2025 - Nhìn lại một năm',
    text='''BẢN TIN NỘI BỘ SỞ THÔNG TIN VÀ TRUYỀN THÔNG - SỐ 12/2025

Nhìn lại năm 2025
- Hoàn thành chuyển toàn bộ hộp thư cấp huyện, xã về hệ thống thư điện tử tập trung (5.420 hộp thư).
- Đưa vào vận hành SOC cấp tỉnh giai đoạn 2, giám sát 4.217 máy trạm.
- Tỉnh xếp thứ 21/63 về chỉ số DTI cấp tỉnh (tăng 9 bậc).

Gương mặt tiêu biểu: chị Trần Thu Trang (Phòng Chuyển đổi số) được UBND tỉnh tặng Bằng khen vì thành tích trong triển khai Đề án 06.

Lịch sự kiện: Tất niên cơ quan 17h00 thứ Sáu 16/01/2026 tại hội trường tầng 1; đăng ký tiết mục văn nghệ với Công đoàn trước 09/01.

Ảnh hoạt động: https://stttt.songhong.gov.vn/noi-bo/anh-2025

Chúc mừng năm mới 2026!''',
    html='''<div style="font-family:Verdana,Arial,sans-serif;font-size:13px;max-width:640px">
<h1 style="font-size:18px;color:#005a9c;border-bottom:3px solid #005a9c;padding-bottom:6px">Bản tin nội bộ số 12/2025</h1>
<h2 style="font-size:15px">Nhìn lại năm 2025</h2>
<ul><li>Hoàn thành chuyển toàn bộ hộp thư cấp huyện, xã về hệ thống thư điện tử tập trung (<b>5.420</b> hộp thư).</li>
<li>Đưa vào vận hành SOC cấp tỉnh giai đoạn 2, giám sát <b>4.217</b> máy trạm.</li>
<li>Tỉnh xếp thứ <b>21/63</b> về chỉ số DTI cấp tỉnh (tăng 9 bậc).</li></ul>
<h2 style="font-size:15px">Gương mặt tiêu biểu</h2>
<p>Chị Trần Thu Trang (Phòng Chuyển đổi số) được UBND tỉnh tặng Bằng khen vì thành tích trong triển khai Đề án 06.</p>
<h2 style="font-size:15px">Lịch sự kiện</h2>
<p>Tất niên cơ quan 17h00 thứ Sáu 16/01/2026 tại hội trường tầng 1; đăng ký tiết mục văn nghệ với Công đoàn trước 09/01.</p>
<p><a href="https://stttt.songhong.gov.vn/noi-bo/anh-2025">Xem ảnh hoạt động năm 2025</a></p>
<p style="color:#005a9c"><b>Chúc mừng năm mới 2026!</b></p>
<p style="font-size:10px;color:#999">Bạn nhận thư này vì là thành viên danh sách canbo@stttt.songhong.gov.vn.</p></div>''',
),
dict(
    file='ban-tin-mof-tai-chinh-tuan', kind='ban-tin', tags=['ministry', 'finance'], client='bulk', date='2025-03-14 17:00', dkim=True,
    extra=[('List-Id', 'Ban tin Tai chinh <bantin.mof.gov.vn>'), ('List-Unsubscribe', '<https://mof.gov.vn/bantin/unsubscribe?id=a81f3c>'), ('Precedence', 'bulk')],
    **{'from': 'Bản tin Tài chính - Bộ Tài chính <bantin@mof.gov.vn>'},
    to=['vanphong@stc.songhong.gov.vn'],
    subject='Bản tin Tài chính tuần 11/2025',
    text='''BẢN TIN TÀI CHÍNH - TUẦN 11/2025

- Thu ngân sách nhà nước 2 tháng đầu năm ước đạt 23,1% dự toán, tăng 21% so với cùng kỳ.
- Bộ Tài chính hướng dẫn các địa phương rà soát, sắp xếp lại tài sản công sau sắp xếp tổ chức bộ máy; lập phương án xử lý trụ sở dôi dư trong quý II.
- Dự thảo Thông tư hướng dẫn quản lý kinh phí chuyển đổi số đang lấy ý kiến đến ngày 31/3/2025.
- Lịch công bố thông tin thị trường trái phiếu Chính phủ tháng 3.

Đọc toàn văn: https://mof.gov.vn/bantin/2025-tuan-11
Hủy nhận bản tin: https://mof.gov.vn/bantin/unsubscribe?id=a81f3c''',
    html='''<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;border:1px solid #ddd">
<tr><td style="background:#0f5e2e;color:#fff;padding:14px 18px;font-size:20px"><b>Bản tin Tài chính</b> <span style="font-size:13px">Tuần 11/2025</span></td></tr>
<tr><td style="padding:16px 18px;font-size:14px;line-height:1.55">
<p>&bull; Thu ngân sách nhà nước 2 tháng đầu năm ước đạt <b>23,1%</b> dự toán, tăng 21% so với cùng kỳ.</p>
<p>&bull; Bộ Tài chính hướng dẫn các địa phương rà soát, sắp xếp lại tài sản công sau sắp xếp tổ chức bộ máy; lập phương án xử lý trụ sở dôi dư trong quý II.</p>
<p>&bull; Dự thảo Thông tư hướng dẫn quản lý kinh phí chuyển đổi số đang lấy ý kiến đến ngày 31/3/2025.</p>
<p>&bull; Lịch công bố thông tin thị trường trái phiếu Chính phủ tháng 3.</p>
<p><a href="https://mof.gov.vn/bantin/2025-tuan-11">Đọc toàn văn</a></p></td></tr>
<tr><td style="padding:10px 18px;font-size:11px;color:#888;background:#fafafa"><a href="https://mof.gov.vn/bantin/unsubscribe?id=a81f3c" style="color:#888">Hủy nhận bản tin</a></td></tr></table>''',
),
dict(
    file='ban-tin-cong-ttdt-tinh-diem-tin-tuan', kind='ban-tin', client='bulk', enc='b64', date='2025-09-19 17:30',
    extra=[('List-Id', 'Diem tin tuan - Cong TTDT tinh Song Hong <diemtin.songhong.gov.vn>'), ('List-Unsubscribe', '<https://songhong.gov.vn/diem-tin/huy?e=vanthu%40snv.songhong.gov.vn>'), ('Precedence', 'bulk')],
    **{'from': 'Cổng Thông tin điện tử tỉnh Sông Hồng <diemtin@songhong.gov.vn>'},
    to=['vanthu@snv.songhong.gov.vn'],
    subject='Điểm tin tuần 38: Khởi công cầu Trà Giang 2, tỉnh đón 1,2 triệu lượt khách',
    text='''ĐIỂM TIN TUẦN 38/2025 - Cổng Thông tin điện tử tỉnh Sông Hồng

* Khởi công xây dựng cầu Trà Giang 2 nối TP Bến Giang với huyện Hoàng Long, tổng mức đầu tư 1.240 tỷ đồng.
  https://songhong.gov.vn/tin-tuc/khoi-cong-cau-tra-giang-2
* 9 tháng, toàn tỉnh đón 1,2 triệu lượt khách du lịch, doanh thu ước 2.860 tỷ đồng.
  https://songhong.gov.vn/tin-tuc/du-lich-9-thang
* UBND tỉnh ban hành quy định mới về quản lý cụm công nghiệp.
  https://songhong.gov.vn/van-ban/quy-dinh-cum-cong-nghiep
* Thông báo tuyển dụng công chức năm 2025 của các cơ quan hành chính tỉnh.
  https://songhong.gov.vn/thong-bao/tuyen-dung-cong-chuc-2025

Hủy nhận điểm tin: https://songhong.gov.vn/diem-tin/huy?e=vanthu%40snv.songhong.gov.vn''',
    html='''<div style="max-width:600px;font-family:Arial,sans-serif;font-size:14px">
<div style="background:#b71c1c;color:#ffeb3b;padding:12px 16px;font-size:18px;font-weight:bold">ĐIỂM TIN TUẦN 38/2025</div>
<div style="padding:4px 16px 12px;background:#fff">
<p><a href="https://songhong.gov.vn/tin-tuc/khoi-cong-cau-tra-giang-2" style="color:#b71c1c;font-weight:bold;text-decoration:none">Khởi công xây dựng cầu Trà Giang 2</a><br>Nối TP Bến Giang với huyện Hoàng Long, tổng mức đầu tư 1.240 tỷ đồng.</p>
<p><a href="https://songhong.gov.vn/tin-tuc/du-lich-9-thang" style="color:#b71c1c;font-weight:bold;text-decoration:none">9 tháng, toàn tỉnh đón 1,2 triệu lượt khách du lịch</a><br>Doanh thu ước 2.860 tỷ đồng.</p>
<p><a href="https://songhong.gov.vn/van-ban/quy-dinh-cum-cong-nghiep" style="color:#b71c1c;font-weight:bold;text-decoration:none">UBND tỉnh ban hành quy định mới về quản lý cụm công nghiệp</a></p>
<p><a href="https://songhong.gov.vn/thong-bao/tuyen-dung-cong-chuc-2025" style="color:#b71c1c;font-weight:bold;text-decoration:none">Thông báo tuyển dụng công chức năm 2025</a><br>của các cơ quan hành chính tỉnh.</p>
<p style="font-size:11px;color:#999">Cổng Thông tin điện tử tỉnh Sông Hồng - <a href="https://songhong.gov.vn/diem-tin/huy?e=vanthu%40snv.songhong.gov.vn" style="color:#999">Hủy nhận điểm tin</a></p></div></div>''',
),
dict(
    file='ban-tin-moj-van-ban-phap-luat-moi', kind='ban-tin', tags=['ministry'], client='bulk', date='2025-07-07 08:00', dkim=True,
    extra=[('List-Id', 'Van ban phap luat moi <vbpl.moj.gov.vn>'), ('List-Unsubscribe', '<https://vbpl.moj.gov.vn/dang-ky-nhan-tin/huy>, <mailto:vbpl-unsub@moj.gov.vn>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
    **{'from': 'Cơ sở dữ liệu quốc gia về văn bản pháp luật <thongbao@moj.gov.vn>'},
    to=['phapche@songhong.gov.vn'],
    subject='Văn bản pháp luật mới có hiệu lực từ tháng 7/2025',
    text='''CƠ SỞ DỮ LIỆU QUỐC GIA VỀ VĂN BẢN PHÁP LUẬT - BỘ TƯ PHÁP
Văn bản mới có hiệu lực từ tháng 7/2025 thuộc lĩnh vực bạn theo dõi (Tổ chức bộ máy; Cán bộ, công chức; Tài chính nhà nước):

1. Luật Tổ chức chính quyền địa phương (sửa đổi) - hiệu lực 01/7/2025
2. Nghị định quy định về phân định thẩm quyền của chính quyền địa phương hai cấp - hiệu lực 01/7/2025
3. Thông tư hướng dẫn chế độ kế toán hành chính, sự nghiệp (sửa đổi) - hiệu lực 15/7/2025

Tra cứu toàn văn: https://vbpl.moj.gov.vn
Thay đổi lĩnh vực theo dõi hoặc hủy nhận tin: https://vbpl.moj.gov.vn/dang-ky-nhan-tin/huy''',
    html='''<div style="font-family:'Times New Roman',serif;font-size:15px;max-width:640px">
<p style="font-size:13px;color:#555">CƠ SỞ DỮ LIỆU QUỐC GIA VỀ VĂN BẢN PHÁP LUẬT - BỘ TƯ PHÁP</p>
<p>Văn bản mới có hiệu lực từ tháng 7/2025 thuộc lĩnh vực bạn theo dõi (<i>Tổ chức bộ máy; Cán bộ, công chức; Tài chính nhà nước</i>):</p>
<ol><li>Luật Tổ chức chính quyền địa phương (sửa đổi) - hiệu lực 01/7/2025</li>
<li>Nghị định quy định về phân định thẩm quyền của chính quyền địa phương hai cấp - hiệu lực 01/7/2025</li>
<li>Thông tư hướng dẫn chế độ kế toán hành chính, sự nghiệp (sửa đổi) - hiệu lực 15/7/2025</li></ol>
<p>Tra cứu toàn văn: <a href="https://vbpl.moj.gov.vn">https://vbpl.moj.gov.vn</a></p>
<p style="font-size:12px;color:#777"><a href="https://vbpl.moj.gov.vn/dang-ky-nhan-tin/huy">Thay đổi lĩnh vực theo dõi hoặc hủy nhận tin</a></p></div>''',
),
dict(
    file='ban-tin-giao-duc-song-hong-thang-11', kind='ban-tin', client='bulk', date='2025-11-20 07:30',
    extra=[('List-Id', 'Ban tin Giao duc Song Hong <bantin.sgddt.songhong.gov.vn>'), ('List-Unsubscribe', '<mailto:bantin-leave@sgddt.songhong.gov.vn>'), ('Precedence', 'list')],
    **{'from': 'Bản tin Giáo dục Sông Hồng <bantin@sgddt.songhong.gov.vn>'},
    to=['thpt.hoanglong@edu.songhong.gov.vn'],
    subject='Bản tin Giáo dục Sông Hồng tháng 11: chào mừng Ngày Nhà giáo Việt Nam 20/11',
    text='''BẢN TIN GIÁO DỤC SÔNG HỒNG - THÁNG 11/2025

Thư chúc mừng của Giám đốc Sở nhân Ngày Nhà giáo Việt Nam 20/11.
Tuyên dương 42 nhà giáo tiêu biểu năm học 2024-2025.
Kết quả Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS: 118 giáo viên đạt giải.
Hướng dẫn đăng ký thi học sinh giỏi cấp tỉnh lớp 12: hạn chót 31/10 đã kết thúc, danh sách thí sinh đăng tải tại https://sgddt.songhong.gov.vn/hsg-2025.

Đọc bản tin đầy đủ: https://sgddt.songhong.gov.vn/ban-tin/2025-11''',
    html='''<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif">
<tr><td style="background:#1565c0;color:#fff;padding:16px;font-size:20px">Bản tin Giáo dục Sông Hồng<br><span style="font-size:13px">Tháng 11/2025</span></td></tr>
<tr><td style="padding:16px;font-size:14px;line-height:1.5">
<p><b>Thư chúc mừng của Giám đốc Sở nhân Ngày Nhà giáo Việt Nam 20/11</b></p>
<p>Tuyên dương <b>42</b> nhà giáo tiêu biểu năm học 2024-2025.</p>
<p>Kết quả Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS: 118 giáo viên đạt giải.</p>
<p>Danh sách thí sinh thi học sinh giỏi cấp tỉnh lớp 12 đăng tải tại <a href="https://sgddt.songhong.gov.vn/hsg-2025">https://sgddt.songhong.gov.vn/hsg-2025</a>.</p>
<p><a href="https://sgddt.songhong.gov.vn/ban-tin/2025-11">Đọc bản tin đầy đủ</a></p></td></tr>
<tr><td style="font-size:11px;color:#999;padding:8px 16px">Sở Giáo dục và Đào tạo tỉnh Sông Hồng. Hủy nhận: gửi thư tới bantin-leave@sgddt.songhong.gov.vn</td></tr></table>''',
),
dict(
    file='ban-tin-bhxh-viet-nam-chinh-sach-moi', kind='ban-tin', tags=['ministry', 'hr'], client='bulk', date='2025-06-25 09:15', dkim=True,
    extra=[('List-Id', 'Ban tin BHXH Viet Nam <bantin.baohiemxahoi.gov.vn>'), ('List-Unsubscribe', '<https://baohiemxahoi.gov.vn/bantin/huy-dang-ky>'), ('Precedence', 'bulk')],
    **{'from': 'Bảo hiểm xã hội Việt Nam <bantin@baohiemxahoi.gov.vn>'},
    to=['tccb@syt.songhong.gov.vn'],
    subject='Bản tin BHXH: những điểm mới của Luật BHXH 2024 có hiệu lực từ 01/7/2025',
    text='''BẢN TIN BẢO HIỂM XÃ HỘI VIỆT NAM

Luật Bảo hiểm xã hội năm 2024 có hiệu lực từ ngày 01/7/2025 với nhiều điểm mới đơn vị sử dụng lao động cần lưu ý:
- Giảm số năm đóng tối thiểu để hưởng lương hưu từ 20 năm xuống 15 năm;
- Bổ sung trợ cấp hưu trí xã hội cho người từ 75 tuổi không có lương hưu;
- Mở rộng đối tượng tham gia BHXH bắt buộc với chủ hộ kinh doanh, người quản lý doanh nghiệp không hưởng lương;
- Quy định chặt chẽ hơn về hưởng BHXH một lần.

Tài liệu hỏi - đáp dành cho cán bộ làm công tác tổ chức, kế toán: https://baohiemxahoi.gov.vn/bantin/luat-bhxh-2024-hoi-dap

Hủy đăng ký nhận bản tin: https://baohiemxahoi.gov.vn/bantin/huy-dang-ky''',
    html='''<div style="font-family:Arial,sans-serif;max-width:620px;font-size:14px">
<div style="background:#00529b;color:#fff;padding:12px 16px"><b>BẢN TIN BẢO HIỂM XÃ HỘI VIỆT NAM</b></div>
<div style="padding:12px 16px">
<p>Luật Bảo hiểm xã hội năm 2024 có hiệu lực từ ngày <b>01/7/2025</b> với nhiều điểm mới đơn vị sử dụng lao động cần lưu ý:</p>
<ul><li>Giảm số năm đóng tối thiểu để hưởng lương hưu từ 20 năm xuống 15 năm;</li>
<li>Bổ sung trợ cấp hưu trí xã hội cho người từ 75 tuổi không có lương hưu;</li>
<li>Mở rộng đối tượng tham gia BHXH bắt buộc với chủ hộ kinh doanh, người quản lý doanh nghiệp không hưởng lương;</li>
<li>Quy định chặt chẽ hơn về hưởng BHXH một lần.</li></ul>
<p><a href="https://baohiemxahoi.gov.vn/bantin/luat-bhxh-2024-hoi-dap">Tài liệu hỏi - đáp dành cho cán bộ làm công tác tổ chức, kế toán</a></p>
<p style="font-size:11px;color:#888"><a href="https://baohiemxahoi.gov.vn/bantin/huy-dang-ky" style="color:#888">Hủy đăng ký nhận bản tin</a></p></div></div>''',
),
]
