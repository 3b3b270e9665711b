/* Module 3 "Thiết kế bài giảng tương tác": practice items (in the lessons) and the final quiz (12 items). */
(function (global) {
  'use strict';

  var practice = [
    {
      id: 'p-mayer-du-thua', lesson: 'da-phuong-tien', type: 'choice',
      name: 'Luyện tập: nhận ra nguyên tắc bị vi phạm',
      prompt: 'Cô Lan chiếu một sơ đồ vòng tuần hoàn của nước, bên dưới là đoạn văn dài 120 chữ, và cô đọc to '
        + 'nguyên văn đoạn văn đó trong lúc học sinh nhìn sơ đồ. Cách làm này đi ngược nguyên tắc nào nhiều nhất?',
      choices: [
        { id: 'a', text: 'Nguyên tắc liền kề không gian' },
        { id: 'b', text: 'Nguyên tắc dư thừa' },
        { id: 'c', text: 'Nguyên tắc cá nhân hóa' },
        { id: 'd', text: 'Nguyên tắc tiền huấn luyện' }
      ],
      correct: 'b',
      ok: 'Học sinh phải cùng lúc nhìn sơ đồ, đọc chữ và nghe lời giảng có nội dung giống hệt chữ, nên kênh thị giác '
        + 'bị quá tải. Cô có thể giữ sơ đồ kèm vài từ khóa và giảng bằng lời.',
      bad: 'Hãy để ý: lời giảng và đoạn văn trên màn hình <em>trùng nhau</em>. Nguyên tắc dư thừa khuyên không đặt '
        + 'thêm chữ in trùng với lời nói khi đã có hình ảnh và lời thuyết minh; đáp án đúng là “Nguyên tắc dư thừa”.'
    },
    {
      id: 'p-mayer-ghep', lesson: 'da-phuong-tien', type: 'matching',
      name: 'Luyện tập: ghép nguyên tắc với cách áp dụng',
      prompt: 'Ghép mỗi nguyên tắc của Mayer với cách áp dụng phù hợp trong một bài giảng.',
      source: [
        { id: 'mach-lac', text: 'Mạch lạc (coherence)' },
        { id: 'bao-hieu', text: 'Báo hiệu (signalling)' },
        { id: 'phan-doan', text: 'Phân đoạn (segmenting)' },
        { id: 'tien-huan-luyen', text: 'Tiền huấn luyện (pre-training)' }
      ],
      target: [
        { id: 't1', text: 'Bỏ nhạc nền, ảnh minh họa “cho vui” và chuyện bên lề không phục vụ mục tiêu' },
        { id: 't2', text: 'Dùng tiêu đề, mũi tên, in đậm để chỉ ra ý chính và cấu trúc' },
        { id: 't3', text: 'Chia bài thành các đoạn ngắn, học sinh bấm “Tiếp” khi sẵn sàng' },
        { id: 't4', text: 'Giới thiệu trước tên và đặc điểm của các bộ phận chính' }
      ],
      correct: { 'mach-lac': 't1', 'bao-hieu': 't2', 'phan-doan': 't3', 'tien-huan-luyen': 't4' },
      ok: 'Bạn đã nắm được bốn nguyên tắc giúp giảm tải và quản lý tải nhận thức.',
      bad: 'Gợi ý: mạch lạc = bớt thứ thừa; báo hiệu = làm nổi bật ý chính; phân đoạn = chia nhỏ và để người học '
        + 'điều khiển nhịp; tiền huấn luyện = dạy trước các khái niệm then chốt.'
    },
    {
      id: 'p-tiep-can-alt', lesson: 'tiep-can', type: 'true-false',
      name: 'Luyện tập: văn bản thay thế cho ảnh trang trí',
      prompt: 'Một đường viền hoa văn chỉ dùng để trang trí trang tài liệu. Trên trang web, ảnh này nên có văn bản '
        + 'thay thế rỗng (<code>alt=""</code>) để trình đọc màn hình bỏ qua.',
      correct: true,
      ok: 'Đúng. Ảnh thuần trang trí không mang thông tin; alt rỗng giúp người dùng trình đọc màn hình không phải nghe '
        + 'những mô tả vô ích như “hoa văn, hoa văn”.',
      bad: 'Thật ra nhận định này đúng. Với ảnh chỉ để trang trí, WCAG khuyên dùng alt rỗng để công nghệ hỗ trợ bỏ qua; '
        + 'chỉ ảnh mang thông tin mới cần mô tả.'
    },
    {
      id: 'p-tiep-can-tuong-phan', lesson: 'tiep-can', type: 'fill-in',
      name: 'Luyện tập: tỷ lệ tương phản tối thiểu',
      prompt: 'Theo WCAG 2.2 mức AA, văn bản cỡ thường cần tỷ lệ tương phản với nền tối thiểu là bao nhiêu? '
        + '(Nhập con số, ví dụ 7 hoặc 7:1.)',
      label: 'Tỷ lệ tối thiểu',
      correct: ['4.5', '4,5', '4.5:1', '4,5:1'],
      ok: 'Tỷ lệ tối thiểu là 4,5:1 cho văn bản cỡ thường; chữ lớn (từ khoảng 24 px, hoặc 18,66 px in đậm) cần 3:1.',
      bad: 'Đáp án là 4,5:1 (tiêu chí 1.4.3, mức AA). Con số 7:1 là mức AAA, còn 3:1 dành cho chữ lớn.'
    },
    {
      id: 'p-danh-gia-ban-le', lesson: 'danh-gia', type: 'choice',
      name: 'Luyện tập: đặc điểm của câu hỏi bản lề',
      prompt: 'Điều gì làm cho một câu hỏi trắc nghiệm trở thành câu hỏi bản lề tốt?',
      choices: [
        { id: 'a', text: 'Câu hỏi thật khó để phân loại học sinh giỏi' },
        { id: 'b', text: 'Mỗi phương án sai tương ứng với một quan niệm sai cụ thể mà giáo viên dự đoán trước' },
        { id: 'c', text: 'Học sinh trả lời lần lượt từng em để giáo viên ghi điểm miệng' },
        { id: 'd', text: 'Câu hỏi được giao về nhà để học sinh có thời gian suy nghĩ' }
      ],
      correct: 'b',
      ok: 'Đúng vậy. Nhờ các phương án nhiễu “có chẩn đoán”, chỉ cần nhìn lựa chọn của cả lớp là biết em nào đang vướng '
        + 'ở quan niệm sai nào.',
      bad: 'Câu hỏi bản lề không nhằm phân loại hay chấm điểm. Giá trị của nó nằm ở các phương án sai có chẩn đoán: '
        + 'mỗi phương án sai cho biết một quan niệm sai cụ thể (đáp án b).'
    },
    {
      id: 'p-danh-gia-quy-trinh', lesson: 'danh-gia', type: 'sequencing',
      name: 'Luyện tập: quy trình dùng câu hỏi bản lề',
      prompt: 'Sắp xếp các bước dùng một câu hỏi bản lề trong tiết học theo đúng trình tự.',
      choices: [
        { id: 'c', text: 'Cả lớp trả lời cùng lúc (giơ thẻ A/B/C/D, bảng con)' },
        { id: 'a', text: 'Xác định thời điểm bản lề của bài và các quan niệm sai thường gặp' },
        { id: 'd', text: 'Giáo viên quét nhanh câu trả lời rồi quyết định dạy tiếp, dạy lại hay chia nhóm' },
        { id: 'b', text: 'Soạn câu hỏi có các phương án nhiễu phản ánh những quan niệm sai đó' }
      ],
      correct: ['a', 'b', 'c', 'd'],
      ok: 'Chuẩn bị trước (xác định điểm bản lề, soạn phương án nhiễu), thu bằng chứng từ cả lớp cùng lúc, rồi ra quyết '
        + 'định ngay trong tiết.',
      bad: 'Trình tự đúng: xác định thời điểm bản lề và quan niệm sai → soạn câu hỏi → cả lớp trả lời cùng lúc → '
        + 'giáo viên quét kết quả và quyết định.'
    },
    {
      id: 'p-giay-phep-sa', lesson: 'giay-phep-mo', type: 'choice',
      name: 'Luyện tập: chọn giấy phép Creative Commons',
      prompt: 'Thầy Minh muốn chia sẻ bộ phiếu học tập sao cho người khác được chỉnh sửa, kể cả dùng vào mục đích '
        + 'thương mại, nhưng mọi bản chỉnh sửa phải được chia sẻ lại với cùng giấy phép. Thầy nên chọn giấy phép nào?',
      choices: [
        { id: 'a', text: 'CC BY-ND 4.0' },
        { id: 'b', text: 'CC BY-NC 4.0' },
        { id: 'c', text: 'CC BY-SA 4.0' },
        { id: 'd', text: 'CC BY-NC-ND 4.0' }
      ],
      correct: 'c',
      ok: 'CC BY-SA cho phép chỉnh sửa và dùng thương mại, với điều kiện ghi công và chia sẻ tương tự (SA).',
      bad: 'ND cấm chia sẻ bản phái sinh, NC cấm dùng thương mại. Điều kiện “chia sẻ lại với cùng giấy phép” chính là '
        + 'SA, nên đáp án là CC BY-SA 4.0.'
    },
    {
      id: 'p-giay-phep-tasl', lesson: 'giay-phep-mo', type: 'sequencing',
      name: 'Luyện tập: thứ tự ghi công TASL',
      prompt: 'Quy tắc ghi công TASL gồm bốn thành phần. Hãy xếp chúng theo đúng thứ tự các chữ cái T-A-S-L.',
      choices: [
        { id: 's', text: 'Nguồn: đường dẫn tới nơi đăng tác phẩm gốc' },
        { id: 'l', text: 'Giấy phép: tên giấy phép và đường dẫn tới văn bản giấy phép' },
        { id: 't', text: 'Tên tác phẩm' },
        { id: 'a', text: 'Tác giả (và đường dẫn tới trang của tác giả nếu có)' }
      ],
      correct: ['t', 'a', 's', 'l'],
      ok: 'TASL = Title (tên tác phẩm), Author (tác giả), Source (nguồn), License (giấy phép).',
      bad: 'Nhớ chữ viết tắt tiếng Anh: Title – Author – Source – License, tức tên tác phẩm, tác giả, nguồn, giấy phép.'
    }
  ];

  var quiz = [
    {
      id: 'q01-mach-lac', type: 'choice',
      name: 'Kiểm tra: nguyên tắc mạch lạc',
      prompt: 'Khi rà soát một bài trình chiếu theo nguyên tắc mạch lạc, thay đổi nào là phù hợp nhất?',
      choices: [
        { id: 'a', text: 'Thêm một đoạn nhạc nền sôi động để học sinh hứng thú' },
        { id: 'b', text: 'Bỏ các ảnh và mẩu chuyện thú vị nhưng không liên quan đến mục tiêu bài học' },
        { id: 'c', text: 'Chép toàn bộ lời giảng lên từng trang chiếu' },
        { id: 'd', text: 'Thêm hiệu ứng chuyển trang cho mỗi trang chiếu' }
      ],
      correct: 'b',
      ok: 'Nguyên tắc mạch lạc: người học tiếp thu tốt hơn khi loại bỏ chữ, hình, âm thanh không cần thiết.',
      bad: 'Nhạc nền, hiệu ứng hay chép nguyên lời giảng đều làm tăng tải nhận thức ngoại lai. Nguyên tắc mạch lạc '
        + 'khuyên bỏ những chi tiết thú vị nhưng không liên quan (đáp án b).'
    },
    {
      id: 'q02-lien-ke', type: 'true-false',
      name: 'Kiểm tra: liền kề không gian',
      prompt: 'Đặt chú thích ngay cạnh bộ phận tương ứng trên hình vẽ giúp học sinh học tốt hơn so với đặt tất cả chú '
        + 'thích thành danh sách ở cuối trang.',
      correct: true,
      ok: 'Đúng: đó là nguyên tắc liền kề không gian; học sinh không phải tốn sức dò qua lại giữa chữ và hình.',
      bad: 'Nhận định này đúng. Theo nguyên tắc liền kề không gian, chữ và hình tương ứng nên đặt gần nhau.'
    },
    {
      id: 'q03-bao-hieu', type: 'choice', multiple: true,
      name: 'Kiểm tra: cách báo hiệu',
      prompt: 'Những cách nào là ví dụ của nguyên tắc báo hiệu (signalling)? Chọn tất cả đáp án đúng.',
      choices: [
        { id: 'a', text: 'Dùng tiêu đề và đề mục rõ ràng cho từng phần' },
        { id: 'b', text: 'In đậm hoặc dùng mũi tên chỉ vào ý then chốt' },
        { id: 'c', text: 'Chèn ảnh động vui nhộn ở góc mỗi trang' },
        { id: 'd', text: 'Mở đầu bằng một sơ đồ tóm tắt cấu trúc bài' }
      ],
      correct: ['a', 'b', 'd'],
      ok: 'Tiêu đề, nhấn mạnh và sơ đồ cấu trúc đều là tín hiệu giúp người học chọn lọc và tổ chức thông tin.',
      bad: 'Đáp án đúng là a, b và d. Ảnh động trang trí không báo hiệu điều gì, ngược lại còn gây phân tán.'
    },
    {
      id: 'q04-kenh', type: 'choice',
      name: 'Kiểm tra: nguyên tắc kênh',
      prompt: 'Một hình động minh họa quá trình quang hợp chạy khá nhanh. Theo nguyên tắc kênh (modality), cách giải '
        + 'thích nào hiệu quả nhất với đa số học sinh?',
      choices: [
        { id: 'a', text: 'Lời thuyết minh bằng giọng nói đi kèm hình động' },
        { id: 'b', text: 'Một đoạn chữ dài chạy ở cuối màn hình' },
        { id: 'c', text: 'Lời thuyết minh kèm phụ đề trùng khớp từng chữ và đoạn chữ giải thích' },
        { id: 'd', text: 'Không cần giải thích, để học sinh tự quan sát' }
      ],
      correct: 'a',
      ok: 'Lời nói đi vào kênh thính giác, để kênh thị giác dành cho hình động. Lưu ý: vẫn cần phụ đề/bản chép lời '
        + 'làm phương án thay thế cho người khiếm thính.',
      bad: 'Chữ chạy cùng hình động buộc mắt phải chia đôi sự chú ý. Nguyên tắc kênh khuyên giải thích bằng lời nói '
        + '(đáp án a); phụ đề vẫn được cung cấp như một lựa chọn bật/tắt cho người cần.'
    },
    {
      id: 'q05-alt-bieu-do', type: 'choice',
      name: 'Kiểm tra: văn bản thay thế cho biểu đồ',
      prompt: 'Văn bản thay thế nào phù hợp nhất cho một biểu đồ cột điểm trung bình môn Toán của ba lớp?',
      choices: [
        { id: 'a', text: '“Biểu đồ”' },
        { id: 'b', text: '“bieu-do-toan-final-v2.png”' },
        { id: 'c', text: '“Điểm trung bình môn Toán: 7A cao nhất (7,8), 7B 7,1, 7C thấp nhất (6,4)”, kèm bảng số liệu đầy đủ ngay dưới biểu đồ' },
        { id: 'd', text: 'Để trống vì biểu đồ đã có màu sắc rõ ràng' }
      ],
      correct: 'c',
      ok: 'Văn bản thay thế tốt truyền đạt thông điệp chính của hình; số liệu chi tiết đặt trong bảng để ai cũng đọc được.',
      bad: 'Tên tệp hay chữ “Biểu đồ” không mang thông tin, còn alt rỗng chỉ dành cho ảnh trang trí. Hãy mô tả thông '
        + 'điệp chính và cung cấp bảng số liệu (đáp án c).'
    },
    {
      id: 'q06-mau-sac', type: 'true-false',
      name: 'Kiểm tra: chỉ dùng màu để truyền thông tin',
      prompt: 'Trong phiếu học tập điện tử, chỉ cần tô đỏ các đáp án sai là đủ để mọi học sinh nhận biết.',
      correct: false,
      ok: 'Đúng là sai: học sinh mù màu hoặc dùng trình đọc màn hình sẽ không nhận ra. Hãy thêm chữ hoặc ký hiệu '
        + '(ví dụ “✗ Sai”) bên cạnh màu.',
      bad: 'Nhận định này sai. Tiêu chí 1.4.1 của WCAG yêu cầu không dùng màu sắc làm cách duy nhất để truyền thông '
        + 'tin; hãy kèm chữ hoặc ký hiệu.'
    },
    {
      id: 'q07-chu-lon', type: 'fill-in',
      name: 'Kiểm tra: tương phản cho chữ lớn',
      prompt: 'Theo WCAG 2.2 mức AA, chữ lớn (từ khoảng 24 px, hoặc 18,66 px in đậm) cần tỷ lệ tương phản tối thiểu là '
        + 'bao nhiêu? (Nhập con số, ví dụ 7 hoặc 7:1.)',
      label: 'Tỷ lệ tối thiểu',
      correct: ['3', '3:1', '3.0', '3,0'],
      ok: 'Chữ lớn cần tối thiểu 3:1; văn bản cỡ thường cần 4,5:1.',
      bad: 'Đáp án là 3:1. Con số 4,5:1 dành cho văn bản cỡ thường.'
    },
    {
      id: 'q08-ky-thuat', type: 'matching',
      name: 'Kiểm tra: kỹ thuật đánh giá vì sự tiến bộ',
      prompt: 'Ghép mỗi kỹ thuật đánh giá với mục đích chính của nó.',
      source: [
        { id: 'phieu-ra-ve', text: 'Phiếu ra về (exit ticket)' },
        { id: 'ban-le', text: 'Câu hỏi bản lề' },
        { id: 'tieu-chi', text: 'Tiêu chí thành công chia sẻ từ đầu tiết' },
        { id: 'dong-dang', text: 'Nhận xét đồng đẳng theo tiêu chí' }
      ],
      target: [
        { id: 'm1', text: 'Biết mức hiểu của từng em cuối tiết để điều chỉnh tiết sau' },
        { id: 'm2', text: 'Quyết định ngay trong tiết có chuyển sang nội dung mới hay không' },
        { id: 'm3', text: 'Giúp học sinh biết “bài làm tốt trông như thế nào” để tự đánh giá' },
        { id: 'm4', text: 'Biến học sinh thành nguồn hỗ trợ học tập cho nhau' }
      ],
      correct: { 'phieu-ra-ve': 'm1', 'ban-le': 'm2', 'tieu-chi': 'm3', 'dong-dang': 'm4' },
      ok: 'Mỗi kỹ thuật phục vụ một trong các chiến lược then chốt của đánh giá vì sự tiến bộ.',
      bad: 'Gợi ý: phiếu ra về → cuối tiết; câu hỏi bản lề → giữa tiết, quyết định ngay; tiêu chí thành công → tự đánh '
        + 'giá; nhận xét đồng đẳng → học sinh hỗ trợ nhau.'
    },
    {
      id: 'q09-phan-hoi', type: 'choice',
      name: 'Kiểm tra: phản hồi hiệu quả',
      prompt: 'Nhận xét nào trên bài viết của học sinh thể hiện rõ nhất phản hồi hiệu quả theo Hattie và Timperley?',
      choices: [
        { id: 'a', text: '“Em giỏi lắm, cô rất tự hào về em!”' },
        { id: 'b', text: '“7 điểm.”' },
        { id: 'c', text: '“Mở bài đã nêu đúng vấn đề. Đoạn thân bài 2 mới có ý kiến, chưa có dẫn chứng: em hãy bổ sung một dẫn chứng từ văn bản cho ý đó.”' },
        { id: 'd', text: '“Bài còn nhiều lỗi, cần cố gắng hơn.”' }
      ],
      correct: 'c',
      ok: 'Phản hồi này trả lời cả ba câu hỏi: mục tiêu là gì, em đang ở đâu, và bước tiếp theo cần làm gì.',
      bad: 'Lời khen về bản thân, một con số hay nhận xét chung chung không cho học sinh biết phải làm gì tiếp. Phản '
        + 'hồi hiệu quả chỉ ra điểm đạt, điểm chưa đạt và bước tiếp theo cụ thể (đáp án c).'
    },
    {
      id: 'q10-nd', type: 'choice',
      name: 'Kiểm tra: giấy phép CC BY-NC-ND',
      prompt: 'Một sơ đồ được cấp phép CC BY-NC-ND 4.0. Thầy cô có được cắt bớt, dịch chữ trên sơ đồ sang tiếng Việt rồi '
        + 'chia sẻ bản đã sửa lên nhóm giáo viên của trường không?',
      choices: [
        { id: 'a', text: 'Được, vì dùng cho giáo dục, phi thương mại' },
        { id: 'b', text: 'Được, miễn là ghi tên tác giả' },
        { id: 'c', text: 'Không, vì ND không cho phép chia sẻ bản phái sinh; chỉ được chia sẻ nguyên vẹn, có ghi công, phi thương mại' },
        { id: 'd', text: 'Không, vì giấy phép CC chỉ áp dụng ở nước có tác giả' }
      ],
      correct: 'c',
      ok: 'ND (No Derivatives) cấm phổ biến bản đã chỉnh sửa, kể cả bản dịch. Có thể xin phép tác giả, hoặc tìm tài '
        + 'liệu có giấy phép BY hay BY-SA.',
      bad: 'Phi thương mại và ghi công là chưa đủ: ND không cho phép chia sẻ bản phái sinh (bản cắt, bản dịch). Giấy '
        + 'phép CC 4.0 có hiệu lực trên toàn thế giới. Đáp án là c.'
    },
    {
      id: 'q11-mo-hinh', type: 'sequencing',
      name: 'Kiểm tra: quá trình nhận thức trong học tập đa phương tiện',
      prompt: 'Theo thuyết nhận thức về học tập đa phương tiện, hãy sắp xếp các quá trình theo đúng trình tự.',
      choices: [
        { id: 'c', text: 'Tổ chức các từ ngữ và hình ảnh đã chọn thành mô hình lời và mô hình hình ảnh' },
        { id: 'a', text: 'Lời nói và hình ảnh đi vào qua tai và mắt (trí nhớ giác quan)' },
        { id: 'd', text: 'Tích hợp hai mô hình với nhau và với kiến thức sẵn có trong trí nhớ dài hạn' },
        { id: 'b', text: 'Chọn lọc những từ ngữ và hình ảnh quan trọng để đưa vào trí nhớ làm việc' }
      ],
      correct: ['a', 'b', 'c', 'd'],
      ok: 'Tiếp nhận → chọn lọc → tổ chức → tích hợp. Bài giảng tốt hỗ trợ cả ba quá trình chọn lọc, tổ chức, tích hợp.',
      bad: 'Trình tự đúng: tiếp nhận qua giác quan → chọn lọc → tổ chức → tích hợp với kiến thức sẵn có.'
    },
    {
      id: 'q12-quyen-tac-gia', type: 'choice',
      name: 'Kiểm tra: quyền tác giả phát sinh khi nào',
      prompt: 'Theo Luật Sở hữu trí tuệ của Việt Nam, quyền tác giả đối với một bài giảng điện tử do thầy cô tự soạn '
        + 'phát sinh khi nào?',
      choices: [
        { id: 'a', text: 'Khi bài giảng được đăng ký tại cơ quan nhà nước có thẩm quyền' },
        { id: 'b', text: 'Kể từ khi bài giảng được sáng tạo và thể hiện dưới một hình thức vật chất nhất định, dù đã đăng ký hay chưa' },
        { id: 'c', text: 'Khi bài giảng được xuất bản thành sách' },
        { id: 'd', text: 'Chỉ khi bài giảng có ghi ký hiệu ©' }
      ],
      correct: 'b',
      ok: 'Đúng. Đăng ký quyền tác giả không bắt buộc; nó chỉ giúp chứng minh quyền khi có tranh chấp.',
      bad: 'Quyền tác giả phát sinh tự động kể từ khi tác phẩm được sáng tạo và thể hiện dưới hình thức vật chất nhất '
        + 'định, không phụ thuộc việc đăng ký hay ký hiệu © (đáp án b).'
    }
  ];

  global.ModuleData = {
    courseId: 'https://hocso.edu.vn/xapi/activities/modules/bai-giang-tuong-tac',
    courseName: 'Thiết kế bài giảng tương tác',
    passingScore: 0.8,
    practice: practice,
    quiz: quiz
  };
}(window));
