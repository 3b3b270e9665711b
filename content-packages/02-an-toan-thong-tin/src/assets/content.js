/* Questions of "An toàn thông tin mạng cho cán bộ, giáo viên". Licence: CC BY 4.0, HocSo. */
window.COURSE = {
  standard: '1.2',
  role: 'quiz',
  passing: 0.8,
  checks: {
    'ck-matkhau': {
      id: 'ck-matkhau', type: 'choice',
      prompt: 'Luyện tập: mật khẩu nào an toàn nhất cho tài khoản phần mềm quản lý điểm?',
      options: [
        { id: 'a', text: '<code>Tr@ng2025!</code>' },
        { id: 'b', text: '<code>0903123456</code> (số điện thoại của mình)' },
        { id: 'c', text: '<code>may-bay-giay-hoa-sen-tra-da</code> (dùng riêng cho tài khoản này)' },
        { id: 'd', text: '<code>Lop8A1@2025</code>, dùng chung cho mọi tài khoản công việc' }
      ],
      correct: 'c',
      feedback: 'Cụm mật khẩu gồm nhiều từ ngẫu nhiên rất dài, dễ nhớ và chỉ dùng cho một tài khoản. Mật khẩu (a) và (d) '
        + 'theo khuôn mẫu quen thuộc; (b) là thông tin ai cũng có thể biết; (d) còn dùng chung cho nhiều tài khoản.'
    },
    'ck-mfa': {
      id: 'ck-mfa', type: 'choice',
      prompt: 'Luyện tập: loại xác thực thứ hai nào chống được trang đăng nhập giả tốt nhất?',
      options: [
        { id: 'a', text: 'Mã OTP gửi qua SMS' },
        { id: 'b', text: 'Mã 6 số trong ứng dụng xác thực' },
        { id: 'c', text: 'Khóa bảo mật FIDO2 hoặc passkey' },
        { id: 'd', text: 'Câu hỏi bảo mật “Tên trường tiểu học của bạn?”' }
      ],
      correct: 'c',
      feedback: 'Khóa bảo mật và passkey chỉ trả lời đúng tên miền đã đăng ký, nên trang giả không lấy được gì. Mã SMS và '
        + 'mã trong ứng dụng vẫn có thể bị người dùng nhập nhầm vào trang giả; câu hỏi bảo mật không phải là yếu tố thứ hai.'
    },
    'ck-url': {
      id: 'ck-url', type: 'choice',
      prompt: 'Luyện tập: đường link <code>https://vneid.gov.vn.hotro-dinhdanh.com/kich-hoat</code> thuộc tên miền chính nào?',
      options: [
        { id: 'a', text: '<code>vneid.gov.vn</code>' },
        { id: 'b', text: '<code>hotro-dinhdanh.com</code>' },
        { id: 'c', text: '<code>gov.vn</code>' },
        { id: 'd', text: '<code>kich-hoat</code>' }
      ],
      correct: 'b',
      feedback: 'Tên miền chính là phần ngay trước dấu “/” đầu tiên: <code>hotro-dinhdanh.com</code>. Phần '
        + '<code>vneid.gov.vn</code> đứng trước chỉ là tên miền con do chủ trang giả tự đặt để đánh lừa người đọc.'
    },
    'ck-zalo': {
      id: 'ck-zalo', type: 'choice',
      prompt: 'Luyện tập: tài khoản Zalo của hiệu trưởng nhắn “Em mua giúp anh 10 thẻ cào 500 nghìn, gửi mã qua đây, '
        + 'anh đang họp”. Thầy cô nên làm gì?',
      options: [
        { id: 'a', text: 'Mua ngay vì hiệu trưởng đang cần gấp' },
        { id: 'b', text: 'Nhắn lại hỏi “Có phải thầy không?” trong chính cuộc trò chuyện đó' },
        { id: 'c', text: 'Không làm theo, gọi điện cho hiệu trưởng theo số đã lưu để xác minh, báo người phụ trách CNTT nếu là giả' },
        { id: 'd', text: 'Chặn tài khoản và không nói với ai' }
      ],
      correct: 'c',
      feedback: 'Hỏi lại trong cùng cuộc trò chuyện vô ích, vì kẻ chiếm tài khoản sẽ trả lời “đúng rồi”. Hãy xác minh qua '
        + 'kênh khác (gọi điện theo số đã lưu). Nếu là giả, cần báo để nhà trường cảnh báo những người khác trong danh bạ.'
    },
    'ck-nhaycam': {
      id: 'ck-nhaycam', type: 'choice',
      prompt: 'Luyện tập: thông tin nào là dữ liệu cá nhân nhạy cảm theo Nghị định 13/2023/NĐ-CP?',
      options: [
        { id: 'a', text: 'Họ tên và lớp của học sinh' },
        { id: 'b', text: 'Kết quả khám sức khỏe ghi nhận học sinh mắc bệnh mạn tính' },
        { id: 'c', text: 'Số điện thoại của phụ huynh' },
        { id: 'd', text: 'Ngày sinh của học sinh' }
      ],
      correct: 'b',
      feedback: 'Tình trạng sức khỏe ghi trong hồ sơ bệnh án là dữ liệu nhạy cảm. Họ tên, ngày sinh, số điện thoại là dữ '
        + 'liệu cá nhân cơ bản: vẫn phải bảo vệ, nhưng dữ liệu nhạy cảm cần mức bảo vệ chặt hơn.'
    },
    'ck-chiase': {
      id: 'ck-chiase', type: 'choice',
      prompt: 'Luyện tập: cần gửi bảng điểm lớp 7A cho giáo viên bộ môn mới. Cách nào phù hợp nhất?',
      options: [
        { id: 'a', text: 'Đăng link “Bất kỳ ai có đường liên kết đều xem được” vào nhóm Zalo giáo viên khối 7' },
        { id: 'b', text: 'Chia sẻ tệp ở chế độ bị hạn chế, chỉ thêm tài khoản công việc của giáo viên đó, quyền phù hợp với công việc' },
        { id: 'c', text: 'Chép ra USB cá nhân rồi đưa tận tay' },
        { id: 'd', text: 'Chụp ảnh màn hình bảng điểm gửi qua Zalo cá nhân' }
      ],
      correct: 'b',
      feedback: 'Chia sẻ có hạn chế cho đúng người, đúng quyền là cách vừa tiện vừa an toàn. Link công khai có thể bị chuyển '
        + 'tiếp; USB dễ thất lạc; ảnh chụp màn hình nằm lại lâu dài trong điện thoại và nhóm chat.'
    },
    'ck-suco': {
      id: 'ck-suco', type: 'choice',
      prompt: 'Luyện tập: thầy cô vừa gửi nhầm tệp danh sách học sinh diện hộ nghèo vào nhóm Zalo phụ huynh cả lớp. Việc '
        + 'đầu tiên nên làm là gì?',
      options: [
        { id: 'a', text: 'Thu hồi tin nhắn ngay nếu còn có thể, chụp lại bằng chứng và báo ngay cho ban giám hiệu' },
        { id: 'b', text: 'Để yên, hy vọng không ai mở' },
        { id: 'c', text: 'Xóa cả nhóm Zalo để không ai biết' },
        { id: 'd', text: 'Đợi đến cuộc họp hội đồng cuối tháng để báo cáo' }
      ],
      correct: 'a',
      feedback: 'Hạn chế thiệt hại (thu hồi tin) và báo ngay để nhà trường đánh giá, xử lý và thực hiện nghĩa vụ thông báo '
        + 'trong thời hạn luật định (72 giờ theo Nghị định 13/2023/NĐ-CP). Che giấu hay chờ đợi đều làm tình hình xấu hơn.'
    },
    'ck-tinhhuong': {
      id: 'ck-tinhhuong', type: 'tf',
      prompt: 'Luyện tập (đúng hay sai?): Khi máy tính có dấu hiệu bị mã độc tống tiền, việc nên làm ngay là cài lại '
        + 'Windows để xóa sạch mã độc.',
      correct: 'false',
      feedback: 'Sai. Việc đầu tiên là ngắt mạng để chặn lây lan, giữ nguyên hiện trạng và báo người phụ trách. Cài lại máy '
        + 'ngay sẽ xóa dấu vết cần thiết để xác định nguyên nhân, phạm vi ảnh hưởng và dữ liệu có bị lấy ra ngoài hay không.'
    }
  },
  quiz: {
    items: [
      {
        id: 'attt-q01-do-dai', type: 'choice', objective: 'mat-khau',
        prompt: 'Theo NIST SP 800-63B, yếu tố nào quan trọng nhất đối với sức mạnh của mật khẩu?',
        options: [
          { id: 'a', text: 'Có đủ chữ hoa, chữ thường, số và ký tự đặc biệt' },
          { id: 'b', text: 'Độ dài, và không nằm trong danh sách mật khẩu đã bị lộ hoặc phổ biến' },
          { id: 'c', text: 'Được đổi đều đặn mỗi 30 ngày' },
          { id: 'd', text: 'Có chứa năm sinh để dễ nhớ' }
        ],
        correct: 'b',
        feedback: 'NIST khuyến nghị ưu tiên độ dài, đối chiếu với danh sách mật khẩu bị lộ; không ép quy tắc thành phần và '
          + 'không bắt đổi định kỳ khi không có dấu hiệu bị lộ.'
      },
      {
        id: 'attt-q02-doi-dinh-ky', type: 'tf', objective: 'mat-khau',
        prompt: 'Đúng hay sai: Hướng dẫn hiện hành khuyên bắt buộc mọi người đổi mật khẩu 3 tháng một lần, kể cả khi không '
          + 'có dấu hiệu bị lộ.',
        correct: 'false',
        feedback: 'Sai. NIST SP 800-63B khuyên không bắt đổi định kỳ một cách máy móc; chỉ đổi khi có bằng chứng hoặc dấu '
          + 'hiệu mật khẩu bị lộ. Đổi liên tục khiến người dùng tạo mật khẩu theo mẫu dễ đoán.'
      },
      {
        id: 'attt-q03-quan-ly-mk', type: 'choice', objective: 'mat-khau',
        prompt: 'Cách nào giúp thầy cô có mật khẩu dài, khác nhau cho mỗi tài khoản mà không phải tự nhớ hết?',
        options: [
          { id: 'a', text: 'Ghi tất cả vào một tệp Word trên màn hình nền tên “matkhau.docx”' },
          { id: 'b', text: 'Dùng một mật khẩu mạnh chung cho tất cả' },
          { id: 'c', text: 'Dùng trình quản lý mật khẩu, bảo vệ bằng cụm mật khẩu chính và xác thực đa yếu tố' },
          { id: 'd', text: 'Nhờ đồng nghiệp nhớ giúp' }
        ],
        correct: 'c',
        feedback: 'Trình quản lý mật khẩu mã hóa kho mật khẩu, tạo mật khẩu ngẫu nhiên cho từng trang và chỉ tự điền trên '
          + 'đúng tên miền. Tệp Word không mã hóa; mật khẩu dùng chung bị lộ một lần là mất tất cả.'
      },
      {
        id: 'attt-q04-otp', type: 'choice', objective: 'mfa',
        prompt: 'Một người gọi điện xưng là nhân viên ngân hàng, nói cần mã OTP vừa gửi đến điện thoại của thầy cô để '
          + '“hủy giao dịch lạ”. Thầy cô nên:',
        options: [
          { id: 'a', text: 'Đọc mã vì người đó biết đúng họ tên và số tài khoản của mình' },
          { id: 'b', text: 'Không cung cấp mã, cúp máy, tự gọi tổng đài chính thức của ngân hàng để kiểm tra' },
          { id: 'c', text: 'Đọc một nửa mã để thử' },
          { id: 'd', text: 'Gửi mã qua tin nhắn thay vì đọc' }
        ],
        correct: 'b',
        feedback: 'Không ai có lý do chính đáng để hỏi mã OTP của thầy cô. Kẻ gian thường đã biết một phần thông tin cá '
          + 'nhân để tạo lòng tin. Hãy tự liên hệ ngân hàng qua số in trên thẻ hoặc ứng dụng chính thức.'
      },
      {
        id: 'attt-q05-mfa-sms', type: 'tf', objective: 'mfa',
        prompt: 'Đúng hay sai: Mã OTP qua SMS kém an toàn hơn khóa bảo mật, nhưng bật nó vẫn tốt hơn nhiều so với chỉ dùng '
          + 'mật khẩu.',
        correct: 'true',
        feedback: 'Đúng. SMS có rủi ro (chiếm SIM, bị lừa đọc mã) nên NIST xếp vào nhóm hạn chế, nhưng vẫn chặn được phần '
          + 'lớn các vụ dùng mật khẩu bị lộ. Khi có thể, hãy chuyển sang ứng dụng xác thực hoặc khóa bảo mật/passkey.'
      },
      {
        id: 'attt-q06-ten-mien', type: 'choice', objective: 'lua-dao',
        prompt: 'Địa chỉ nào có khả năng cao nhất là thư công vụ thật của một cơ quan giáo dục?',
        options: [
          { id: 'a', text: '<code>vanthu.phonggd@gmail.com</code>' },
          { id: 'b', text: '<code>thongbao@sogddt-hcm.com</code>' },
          { id: 'c', text: '<code>vanthu@pgd-quan1.edu.vn.thongbao.info</code>' },
          { id: 'd', text: 'Một địa chỉ có tên miền <code>.edu.vn</code> của đơn vị, khớp với địa chỉ đơn vị đã công bố' }
        ],
        correct: 'd',
        feedback: 'Thư công vụ dùng tên miền của đơn vị (.edu.vn, .gov.vn). Gmail là thư cá nhân; <code>sogddt-hcm.com</code> '
          + 'là tên miền thương mại ai cũng đăng ký được; ở (c) tên miền chính là <code>thongbao.info</code>.'
      },
      {
        id: 'attt-q07-phish-sogd', type: 'choice', objective: 'lua-dao',
        prompt: 'Thư dưới đây là lừa đảo hay thư hợp lệ?',
        mock: '<div class="mock email" role="group" aria-label="Thư điện tử cần đánh giá"><div class="bar">Thư điện tử</div>'
          + '<div class="body"><dl><dt>Từ:</dt><dd>Phòng GD&amp;ĐT &lt;hotro@phonggd-xacthuc.com&gt;</dd>'
          + '<dt>Tiêu đề:</dt><dd>Tài khoản hệ thống quản lý trường học sắp hết hạn</dd></dl>'
          + '<p>Tài khoản của thầy/cô sẽ bị vô hiệu hóa sau 2 giờ. Vui lòng đăng nhập lại tại '
          + '<span class="fake-link">https://phonggd-xacthuc.com/smas</span> để gia hạn.</p></div></div>',
        options: [
          { id: 'a', text: 'Lừa đảo' },
          { id: 'b', text: 'Hợp lệ' }
        ],
        correct: 'a',
        feedback: 'Lừa đảo: tên miền thương mại lạ (<code>phonggd-xacthuc.com</code>) thay vì tên miền công vụ, hạn chót 2 giờ '
          + 'để thúc ép, yêu cầu đăng nhập qua link. Tài khoản không “hết hạn” theo cách đó; hãy tự mở phần mềm bằng địa chỉ '
          + 'quen thuộc hoặc hỏi người phụ trách.'
      },
      {
        id: 'attt-q08-phish-vneid', type: 'choice', objective: 'lua-dao',
        prompt: 'Tin nhắn Zalo dưới đây là lừa đảo hay hợp lệ?',
        mock: '<div class="mock zalo" role="group" aria-label="Tin nhắn Zalo cần đánh giá"><div class="bar">Zalo · '
          + '“Công an phường – Hỗ trợ định danh”</div><div class="body"><p class="bubble">Hồ sơ định danh điện tử của anh/chị '
          + 'chưa đồng bộ. Tải bản cập nhật VNeID tại <span class="fake-link">vneid-gov.com/vneid.apk</span> và gửi lại mã '
          + 'OTP để cán bộ xác nhận.</p></div></div>',
        options: [
          { id: 'a', text: 'Lừa đảo' },
          { id: 'b', text: 'Hợp lệ' }
        ],
        correct: 'a',
        feedback: 'Lừa đảo: VNeID chỉ cài từ App Store/Google Play; tệp <code>.apk</code> từ link lạ có thể chiếm quyền điện '
          + 'thoại; cơ quan công an không đòi mã OTP qua tin nhắn.'
      },
      {
        id: 'attt-q09-phish-hople', type: 'choice', objective: 'lua-dao',
        prompt: 'Thư dưới đây là lừa đảo hay hợp lệ? (Thầy cô vừa tự bấm “Quên mật khẩu” trên trang đăng nhập của hệ thống '
          + 'học trực tuyến mà trường đang dùng, tại địa chỉ quen thuộc.)',
        mock: '<div class="mock email" role="group" aria-label="Thư điện tử cần đánh giá"><div class="bar">Thư điện tử</div>'
          + '<div class="body"><dl><dt>Từ:</dt><dd>Hệ thống học tập &lt;no-reply@hoctap.truong-thcs-hoabinh.edu.vn&gt;</dd>'
          + '<dt>Tiêu đề:</dt><dd>Đặt lại mật khẩu</dd></dl><p>Chúng tôi nhận được yêu cầu đặt lại mật khẩu lúc 20:14. '
          + 'Nếu thầy/cô vừa yêu cầu, hãy mở trang đặt lại mật khẩu trên hệ thống (liên kết có hiệu lực 30 phút). Nếu không '
          + 'phải thầy/cô yêu cầu, hãy bỏ qua thư này; mật khẩu sẽ không thay đổi.</p></div></div>',
        options: [
          { id: 'a', text: 'Lừa đảo' },
          { id: 'b', text: 'Hợp lệ' }
        ],
        correct: 'b',
        feedback: 'Hợp lệ: thư đến ngay sau khi chính thầy cô yêu cầu, từ tên miền .edu.vn của trường, không đe dọa, không '
          + 'đòi mật khẩu hay OTP và nói rõ phải làm gì nếu không phải mình yêu cầu. Dù vậy, vẫn nên kiểm tra tên miền của '
          + 'liên kết trước khi bấm.'
      },
      {
        id: 'attt-q10-phish-giaohang', type: 'choice', objective: 'lua-dao',
        prompt: 'Tin nhắn SMS dưới đây là lừa đảo hay hợp lệ?',
        mock: '<div class="mock sms" role="group" aria-label="Tin nhắn SMS cần đánh giá"><div class="bar">SMS · +84 56x xxx '
          + 'xxx</div><div class="body"><p class="bubble">Don hang cua ban dang bi giu tai kho do sai dia chi. Thanh toan '
          + 'phi 12.000d de giao lai trong hom nay: <span class="fake-link">bit.ly/ghn-capnhat</span></p></div></div>',
        options: [
          { id: 'a', text: 'Lừa đảo' },
          { id: 'b', text: 'Hợp lệ' }
        ],
        correct: 'a',
        feedback: 'Lừa đảo: số điện thoại cá nhân, link rút gọn che địa chỉ thật, đòi thanh toán khoản nhỏ để lấy thông tin '
          + 'thẻ. Kiểm tra đơn hàng trong ứng dụng mua sắm hoặc trang chính thức của đơn vị vận chuyển.'
      },
      {
        id: 'attt-q11-https', type: 'tf', objective: 'lua-dao',
        prompt: 'Đúng hay sai: Trang có biểu tượng ổ khóa và địa chỉ bắt đầu bằng https:// chắc chắn là trang thật.',
        correct: 'false',
        feedback: 'Sai. Ổ khóa chỉ cho biết kết nối được mã hóa. Trang lừa đảo cũng dễ dàng có chứng chỉ https. Cần kiểm '
          + 'tra tên miền chính.'
      },
      {
        id: 'attt-q12-nhay-cam', type: 'choice', objective: 'du-lieu',
        prompt: 'Theo Nghị định 13/2023/NĐ-CP, nhóm thông tin nào sau đây là dữ liệu cá nhân nhạy cảm?',
        options: [
          { id: 'a', text: 'Họ tên, lớp, ngày sinh của học sinh' },
          { id: 'b', text: 'Số điện thoại và địa chỉ thư điện tử của phụ huynh' },
          { id: 'c', text: 'Tình trạng sức khỏe trong hồ sơ bệnh án, nguồn gốc dân tộc, dữ liệu về hành vi phạm tội' },
          { id: 'd', text: 'Tên trường và năm học' }
        ],
        correct: 'c',
        feedback: 'Sức khỏe ghi trong hồ sơ bệnh án, nguồn gốc chủng tộc/dân tộc và dữ liệu về tội phạm, hành vi phạm tội '
          + 'đều thuộc danh mục dữ liệu cá nhân nhạy cảm của Nghị định 13/2023/NĐ-CP. Phương án (a), (b) là dữ liệu cá nhân '
          + 'cơ bản; (d) không phải dữ liệu cá nhân.'
      },
      {
        id: 'attt-q13-dong-y', type: 'tf', objective: 'du-lieu',
        prompt: 'Đúng hay sai: Nhà trường thông báo trong nhóm Zalo rằng sẽ đăng ảnh học sinh lên trang Facebook của trường; '
          + 'phụ huynh nào không phản hồi được coi là đã đồng ý.',
        correct: 'false',
        feedback: 'Sai. Nghị định 13/2023/NĐ-CP quy định sự im lặng hoặc không phản hồi không được coi là sự đồng ý. Sự đồng '
          + 'ý phải rõ ràng, cụ thể, thể hiện được ở dạng có thể in, sao chép; với trẻ em cần sự đồng ý của cha, mẹ hoặc '
          + 'người giám hộ (và của trẻ từ đủ 7 tuổi).'
      },
      {
        id: 'attt-q14-bao-cao', type: 'choice', objective: 'su-co',
        prompt: 'Thầy cô lỡ nhập mật khẩu tài khoản quản lý điểm vào một trang giả 10 phút trước. Trình tự nào đúng nhất?',
        options: [
          { id: 'a', text: 'Chờ xem có chuyện gì xảy ra không rồi mới báo' },
          { id: 'b', text: 'Xóa thư lừa đảo để khỏi bấm lại, không cần báo vì chưa thấy hậu quả' },
          { id: 'c', text: 'Đổi mật khẩu ngay từ thiết bị sạch, đăng xuất các phiên lạ, giữ lại thư/tin nhắn làm bằng chứng, báo ngay người phụ trách CNTT và ban giám hiệu' },
          { id: 'd', text: 'Tạo tài khoản mới và tiếp tục làm việc' }
        ],
        correct: 'c',
        feedback: 'Hành động nhanh để giới hạn thiệt hại, giữ bằng chứng và báo ngay trong ngày. Nếu dữ liệu học sinh bị truy '
          + 'cập trái phép, nhà trường còn phải thông báo cho cơ quan chức năng trong thời hạn 72 giờ theo quy định.'
      }
    ]
  }
};
