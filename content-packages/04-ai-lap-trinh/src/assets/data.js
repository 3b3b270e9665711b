/* Module 4 "AI và lập trình cho giáo viên": practice items of AUs 1–3 and the final quiz (AU 5, 12 items). */
(function (global) {
  'use strict';

  var practice = {
    au1: [
      {
        id: 'a1-hoc-may', type: 'choice',
        name: 'Luyện tập: học máy khác lập trình truyền thống ở đâu',
        prompt: 'Điểm khác biệt cốt lõi giữa một chương trình viết theo cách truyền thống và một hệ thống học máy là gì?',
        choices: [
          { id: 'a', text: 'Hệ thống học máy luôn chạy nhanh hơn' },
          { id: 'b', text: 'Trong học máy, quy luật được “học” từ dữ liệu ví dụ thay vì do lập trình viên viết ra từng quy tắc' },
          { id: 'c', text: 'Hệ thống học máy không cần dữ liệu' },
          { id: 'd', text: 'Hệ thống học máy hiểu ý nghĩa như con người' }
        ],
        correct: 'b',
        ok: 'Đúng. Ví dụ bộ lọc thư rác học từ hàng nghìn thư đã được gắn nhãn “rác/không rác” thay vì từ một danh sách '
          + 'quy tắc viết tay.',
        bad: 'Học máy không nhất thiết nhanh hơn, và luôn cần dữ liệu. Điểm cốt lõi là quy luật được rút ra từ dữ liệu ví '
          + 'dụ (đáp án b); mô hình tìm ra mẫu thống kê chứ không “hiểu” như con người.'
      },
      {
        id: 'a1-trich-dan', type: 'true-false',
        name: 'Luyện tập: trích dẫn do chatbot đưa ra',
        prompt: 'Khi chatbot AI trả lời kèm tên sách, tác giả và năm xuất bản cụ thể, ta có thể yên tâm rằng tài liệu đó '
          + 'có thật.',
        correct: false,
        ok: 'Đúng là không thể yên tâm. Mô hình ngôn ngữ có thể tạo ra trích dẫn trông rất thật nhưng không tồn tại; hãy '
          + 'tra cứu lại từng nguồn.',
        bad: 'Nhận định này sai. Trích dẫn bịa đặt là một dạng “ảo giác” thường gặp; luôn tìm lại nguồn gốc trước khi dùng.'
      }
    ],
    au2: [
      {
        id: 'a2-du-lieu', type: 'choice', multiple: true,
        name: 'Luyện tập: thông tin không nên đưa vào chatbot công cộng',
        prompt: 'Thầy cô đang dùng một chatbot AI miễn phí, chưa được nhà trường phê duyệt. Những nội dung nào <strong>không'
          + '</strong> nên nhập vào? Chọn tất cả đáp án đúng.',
        choices: [
          { id: 'a', text: 'Danh sách họ tên và điểm kiểm tra của lớp chủ nhiệm để nhờ nhận xét' },
          { id: 'b', text: 'Tình trạng sức khỏe của một học sinh để xin lời khuyên' },
          { id: 'c', text: 'Yêu cầu gợi ý năm hoạt động khởi động cho bài “Phân số” lớp 4' },
          { id: 'd', text: 'Hoàn cảnh gia đình của một học sinh, có kèm tên em' }
        ],
        correct: ['a', 'b', 'd'],
        ok: 'Yêu cầu về hoạt động dạy học không chứa dữ liệu cá nhân; các nội dung còn lại đều là dữ liệu cá '
          + 'nhân của học sinh, trong đó thông tin sức khỏe là dữ liệu nhạy cảm.',
        bad: 'Đáp án đúng là a, b và d: đều là dữ liệu cá nhân của học sinh (sức khỏe còn là dữ liệu nhạy cảm). Chỉ yêu '
          + 'cầu c là an toàn vì không nhắc đến học sinh cụ thể nào.'
      },
      {
        id: 'a2-phat-hien', type: 'true-false',
        name: 'Luyện tập: công cụ phát hiện văn bản do AI viết',
        prompt: 'Kết quả của một công cụ phát hiện văn bản do AI viết đủ tin cậy để làm căn cứ duy nhất kết luận học sinh '
          + 'gian lận.',
        correct: false,
        ok: 'Đúng là không. Các công cụ này có thể báo nhầm, đặc biệt với bài của người viết bằng ngôn ngữ thứ hai; hãy '
          + 'trò chuyện với học sinh và xem quá trình làm bài.',
        bad: 'Nhận định này sai. Công cụ phát hiện có tỷ lệ báo nhầm đáng kể; kết luận về liêm chính cần nhiều bằng '
          + 'chứng và một cuộc trao đổi công bằng với học sinh.'
      }
    ],
    au3: [
      {
        id: 'a3-thanh-phan', type: 'matching',
        name: 'Luyện tập: các thành phần của câu lệnh',
        prompt: 'Ghép mỗi thành phần của câu lệnh với ví dụ tương ứng.',
        source: [
          { id: 'vai-tro', text: 'Vai trò' },
          { id: 'boi-canh', text: 'Bối cảnh' },
          { id: 'nhiem-vu', text: 'Nhiệm vụ' },
          { id: 'dinh-dang', text: 'Định dạng' }
        ],
        target: [
          { id: 'v1', text: '“Bạn là giáo viên Ngữ văn THCS giàu kinh nghiệm.”' },
          { id: 'v2', text: '“Lớp 7 có 40 học sinh, nhiều em còn ngại phát biểu.”' },
          { id: 'v3', text: '“Đề xuất 3 hoạt động khởi động cho một bài thơ viết về tình mẹ con.”' },
          { id: 'v4', text: '“Trình bày thành bảng: tên hoạt động, thời gian, cách tổ chức.”' }
        ],
        correct: { 'vai-tro': 'v1', 'boi-canh': 'v2', 'nhiem-vu': 'v3', 'dinh-dang': 'v4' },
        ok: 'Bạn đã nhận ra đủ bốn thành phần. Câu lệnh có đủ chúng thường cho kết quả sát nhu cầu hơn.',
        bad: 'Gợi ý: vai trò = “bạn là ai”; bối cảnh = lớp học, học sinh; nhiệm vụ = việc cần làm; định dạng = hình thức '
          + 'trình bày kết quả.'
      },
      {
        id: 'a3-quy-trinh', type: 'sequencing',
        name: 'Luyện tập: quy trình dùng kết quả của AI',
        prompt: 'Sắp xếp các bước dùng AI để soạn một phiếu học tập theo trình tự hợp lý.',
        choices: [
          { id: 'c', text: 'Chỉnh sửa cho phù hợp với trình độ, hoàn cảnh của lớp mình' },
          { id: 'a', text: 'Viết câu lệnh có vai trò, bối cảnh, nhiệm vụ, định dạng' },
          { id: 'd', text: 'Dùng với học sinh và ghi chú rằng có sử dụng AI hỗ trợ' },
          { id: 'b', text: 'Đọc kỹ, đối chiếu nội dung với chương trình và sách giáo khoa' }
        ],
        correct: ['a', 'b', 'c', 'd'],
        ok: 'Trình tự hợp lý: câu lệnh rõ ràng → kiểm chứng → điều chỉnh → sử dụng minh bạch.',
        bad: 'Trình tự hợp lý: viết câu lệnh → đọc và đối chiếu → chỉnh sửa cho lớp mình → dùng và ghi chú việc dùng AI.'
      }
    ]
  };

  var quiz = [
    {
      id: 'k01-llm', type: 'choice',
      name: 'Kiểm tra: mô hình ngôn ngữ lớn tạo câu trả lời thế nào',
      prompt: 'Mô tả nào đúng nhất về cách một mô hình ngôn ngữ lớn (như các chatbot phổ biến) tạo ra câu trả lời?',
      choices: [
        { id: 'a', text: 'Tra cứu câu trả lời đúng trong một cơ sở dữ liệu đã được kiểm chứng' },
        { id: 'b', text: 'Lần lượt dự đoán từ (token) tiếp theo có khả năng cao nhất, dựa trên mẫu đã học từ dữ liệu huấn luyện' },
        { id: 'c', text: 'Suy nghĩ và hiểu câu hỏi giống như con người' },
        { id: 'd', text: 'Sao chép nguyên văn một trang web phù hợp nhất' }
      ],
      correct: 'b',
      ok: 'Đúng. Vì chỉ dự đoán chuỗi chữ “hợp lý”, mô hình có thể viết trôi chảy cả khi nội dung sai.',
      bad: 'Mô hình không tra cứu cơ sở dữ liệu đã kiểm chứng, cũng không hiểu như người. Nó dự đoán token tiếp theo '
        + 'dựa trên mẫu thống kê (đáp án b).'
    },
    {
      id: 'k02-ao-giac', type: 'true-false',
      name: 'Kiểm tra: ảo giác AI',
      prompt: '“Ảo giác” (hallucination) của AI là hiện tượng mô hình tạo ra thông tin nghe hợp lý nhưng sai hoặc bịa đặt.',
      correct: true,
      ok: 'Đúng. Vì vậy mọi số liệu, sự kiện, trích dẫn do AI đưa ra đều cần được kiểm chứng.',
      bad: 'Nhận định này đúng: ảo giác là thông tin sai hoặc bịa đặt được trình bày rất tự tin.'
    },
    {
      id: 'k03-thien-lech', type: 'choice',
      name: 'Kiểm tra: thiên lệch',
      prompt: 'Một công cụ tạo ảnh hầu như luôn vẽ “hiệu trưởng” là nam giới và “giáo viên mầm non” là nữ giới. Đây là ví '
        + 'dụ của điều gì?',
      choices: [
        { id: 'a', text: 'Ảo giác về sự kiện' },
        { id: 'b', text: 'Thiên lệch phản ánh định kiến có trong dữ liệu huấn luyện' },
        { id: 'c', text: 'Lỗi kết nối mạng' },
        { id: 'd', text: 'Phản ánh chính xác thực tế nên không cần lưu ý' }
      ],
      correct: 'b',
      ok: 'Đúng. Mô hình học và có thể khuếch đại định kiến trong dữ liệu; dùng những hình ảnh này trong lớp học có thể '
        + 'củng cố định kiến giới.',
      bad: 'Đây là thiên lệch (đáp án b): mô hình tái tạo định kiến có sẵn trong dữ liệu huấn luyện. Giáo viên cần chủ '
        + 'động chọn lọc và đa dạng hóa hình ảnh.'
    },
    {
      id: 'k04-nhay-cam', type: 'choice', multiple: true,
      name: 'Kiểm tra: dữ liệu cá nhân nhạy cảm',
      prompt: 'Theo Nghị định 13/2023/NĐ-CP, thông tin nào dưới đây thuộc <strong>dữ liệu cá nhân nhạy cảm</strong>? '
        + 'Chọn tất cả đáp án đúng.',
      choices: [
        { id: 'a', text: 'Tình trạng sức khỏe được ghi trong hồ sơ bệnh án' },
        { id: 'b', text: 'Quan điểm tôn giáo' },
        { id: 'c', text: 'Họ tên và ngày sinh' },
        { id: 'd', text: 'Số điện thoại' }
      ],
      correct: ['a', 'b'],
      ok: 'Họ tên, ngày sinh, số điện thoại là dữ liệu cá nhân cơ bản; chúng vẫn phải được bảo vệ, nhưng sức '
        + 'khỏe và tôn giáo thuộc nhóm nhạy cảm, đòi hỏi bảo vệ chặt chẽ hơn.',
      bad: 'Đáp án đúng là a và b. Họ tên, ngày sinh, số điện thoại là dữ liệu cá nhân cơ bản (vẫn cần bảo vệ); sức khỏe '
        + 'và quan điểm tôn giáo là dữ liệu nhạy cảm.'
    },
    {
      id: 'k05-tre-em', type: 'true-false',
      name: 'Kiểm tra: dữ liệu cá nhân của trẻ em',
      prompt: 'Theo Nghị định 13/2023/NĐ-CP, xử lý dữ liệu cá nhân của trẻ em từ đủ 7 tuổi trở lên cần có sự đồng ý của '
        + 'cả trẻ em và cha, mẹ hoặc người giám hộ (trừ các trường hợp luật định khác).',
      correct: true,
      ok: 'Đúng. Vì vậy không tự ý đưa thông tin học sinh lên các dịch vụ AI bên ngoài.',
      bad: 'Nhận định này đúng: với trẻ từ đủ 7 tuổi, cần sự đồng ý của cả trẻ và cha, mẹ hoặc người giám hộ.'
    },
    {
      id: 'k06-unesco', type: 'choice',
      name: 'Kiểm tra: khuyến nghị độ tuổi của UNESCO',
      prompt: 'Hướng dẫn về AI tạo sinh trong giáo dục và nghiên cứu của UNESCO (2023) đề xuất độ tuổi tối thiểu nào để '
        + 'học sinh tự sử dụng các công cụ AI tạo sinh trong lớp học?',
      choices: [
        { id: 'a', text: '10 tuổi' },
        { id: 'b', text: '13 tuổi' },
        { id: 'c', text: '16 tuổi' },
        { id: 'd', text: '18 tuổi' }
      ],
      correct: 'b',
      ok: 'Đúng: 13 tuổi, kèm theo yêu cầu bảo vệ dữ liệu, kiểm định công cụ và tiếp cận lấy con người làm trung tâm.',
      bad: 'UNESCO đề xuất mức tối thiểu 13 tuổi cho việc sử dụng độc lập AI tạo sinh trong lớp học (đáp án b).'
    },
    {
      id: 'k07-khai-niem', type: 'matching',
      name: 'Kiểm tra: khái niệm AI',
      prompt: 'Ghép mỗi khái niệm với mô tả đúng.',
      source: [
        { id: 'hoc-may', text: 'Học máy' },
        { id: 'du-lieu', text: 'Dữ liệu huấn luyện' },
        { id: 'ao-giac', text: 'Ảo giác' },
        { id: 'thien-lech', text: 'Thiên lệch' }
      ],
      target: [
        { id: 'm1', text: 'Máy tự rút ra quy luật từ các ví dụ' },
        { id: 'm2', text: 'Tập ví dụ dùng để mô hình học' },
        { id: 'm3', text: 'Thông tin bịa đặt nhưng nghe hợp lý' },
        { id: 'm4', text: 'Kết quả bất công có hệ thống với một nhóm người' }
      ],
      correct: { 'hoc-may': 'm1', 'du-lieu': 'm2', 'ao-giac': 'm3', 'thien-lech': 'm4' },
      ok: 'Bạn đã nắm vững bốn khái niệm nền tảng.',
      bad: 'Học máy = rút quy luật từ ví dụ; dữ liệu huấn luyện = các ví dụ; ảo giác = thông tin bịa; thiên lệch = bất '
        + 'công có hệ thống.'
    },
    {
      id: 'k08-lap-lai', type: 'sequencing',
      name: 'Kiểm tra: vòng lặp làm việc với AI',
      prompt: 'Sắp xếp các bước làm việc với AI khi soạn kế hoạch bài dạy theo trình tự hợp lý.',
      choices: [
        { id: 'c', text: 'Yêu cầu chỉnh sửa cụ thể (ví dụ: “rút hoạt động 2 còn 10 phút, thêm câu hỏi cho học sinh khá”)' },
        { id: 'd', text: 'Kiểm chứng nội dung với chương trình, sách giáo khoa trước khi dùng' },
        { id: 'a', text: 'Viết câu lệnh có vai trò, bối cảnh, nhiệm vụ, định dạng' },
        { id: 'b', text: 'Đọc kết quả và xác định chỗ chưa đạt yêu cầu' }
      ],
      correct: ['a', 'b', 'c', 'd'],
      ok: 'Trình tự hợp lý: viết → đánh giá → tinh chỉnh → kiểm chứng rồi mới dùng.',
      bad: 'Trình tự hợp lý: viết câu lệnh → đọc và tìm chỗ chưa đạt → yêu cầu chỉnh sửa cụ thể → kiểm chứng trước khi '
        + 'dùng.'
    },
    {
      id: 'k09-cau-lenh', type: 'choice',
      name: 'Kiểm tra: chọn câu lệnh tốt',
      prompt: 'Câu lệnh nào có khả năng cho kết quả hữu ích nhất?',
      choices: [
        { id: 'a', text: '“Viết phiếu ra về.”' },
        { id: 'b', text: '“Viết phiếu ra về môn Toán thật hay.”' },
        { id: 'c', text: '“Bạn là giáo viên Toán lớp 6. Lớp tôi vừa học bài “Ước chung lớn nhất”, trình độ không đồng đều. Hãy soạn phiếu ra về 3 câu, từ dễ đến khó, làm trong 5 phút. Trình bày: câu hỏi, đáp án, quan niệm sai mà mỗi câu giúp phát hiện.”' },
        { id: 'd', text: '“Hãy giúp tôi dạy Toán.”' }
      ],
      correct: 'c',
      ok: 'Câu lệnh c có đủ vai trò, bối cảnh, nhiệm vụ và định dạng, nên kết quả sát nhu cầu.',
      bad: 'Các câu lệnh a, b, d quá chung chung. Câu lệnh c nêu rõ vai trò, bối cảnh lớp học, nhiệm vụ và định dạng.'
    },
    {
      id: 'k10-return', type: 'fill-in',
      name: 'Kiểm tra: từ khóa trả về giá trị',
      prompt: 'Trong JavaScript, từ khóa nào dùng để một hàm <strong>trả về</strong> kết quả cho nơi gọi nó?',
      label: 'Từ khóa',
      correct: ['return'],
      ok: 'Đúng: <code>return</code>. Không có return, hàm trả về <code>undefined</code>.',
      bad: 'Từ khóa là <code>return</code>, ví dụ <code>return tong / soLuong;</code>.'
    },
    {
      id: 'k11-vong-lap', type: 'choice',
      name: 'Kiểm tra: đọc một đoạn mã',
      prompt: 'Đoạn mã sau in ra gì? <code>let tong = 0; for (const d of [8, 6, 10]) { tong = tong + d; } '
        + 'console.log(tong / 3);</code>',
      choices: [
        { id: 'a', text: '24' },
        { id: 'b', text: '8' },
        { id: 'c', text: '3' },
        { id: 'd', text: '10' }
      ],
      correct: 'b',
      ok: 'Đúng: vòng lặp cộng 8 + 6 + 10 = 24, chia 3 được 8.',
      bad: 'Vòng lặp cộng dồn 8 + 6 + 10 = 24 vào biến tong, sau đó in tong / 3 = 8 (đáp án b).'
    },
    {
      id: 'k12-dtb', type: 'fill-in',
      name: 'Kiểm tra: điểm trung bình môn học kỳ',
      prompt: 'Theo Thông tư 22/2021/TT-BGDĐT, một học sinh có hai điểm đánh giá thường xuyên 7 và 9, điểm giữa kỳ 8, '
        + 'điểm cuối kỳ 9. Điểm trung bình môn học kỳ (làm tròn đến một chữ số thập phân) là bao nhiêu?',
      label: 'Điểm trung bình',
      correct: ['8.4', '8,4'],
      ok: 'Cách tính: (7 + 9 + 2 × 8 + 3 × 9) / (2 + 5) = 59 / 7 ≈ 8,43, làm tròn 8,4.',
      bad: 'Công thức: (tổng điểm thường xuyên + 2 × giữa kỳ + 3 × cuối kỳ) / (số điểm thường xuyên + 5) = 59 / 7 ≈ 8,4.'
    }
  ];

  global.ModuleData = { practice: practice, quiz: quiz };
}(window));
