/* Bài kiểm tra đầu vào — Dữ liệu số trong nhà trường. Licence: CC BY 4.0, HocSo. */
window.COURSE = {
  "standard": "2004",
  "role": "pretest",
  "passing": 0.8,
  "checks": {},
  "quiz": {
    "items": [
      {
        "id": "dls-pre-01",
        "type": "choice",
        "prompt": "Trước khi tạo một biểu mẫu khảo sát phụ huynh, việc nào nên làm đầu tiên?",
        "options": [
          {
            "id": "a",
            "text": "Liệt kê càng nhiều câu hỏi càng tốt để sau này có đủ dữ liệu"
          },
          {
            "id": "b",
            "text": "Xác định câu hỏi cần trả lời và những dữ liệu tối thiểu cần cho câu hỏi đó"
          },
          {
            "id": "c",
            "text": "Chọn mẫu biểu đồ cho báo cáo"
          },
          {
            "id": "d",
            "text": "Gửi thử cho toàn trường"
          }
        ],
        "correct": "b",
        "feedback": "Lập kế hoạch là bước đầu của vòng đời dữ liệu: bắt đầu từ câu hỏi, chỉ thu những gì cần cho câu hỏi đó.",
        "objective": "pre-s1"
      },
      {
        "id": "dls-pre-02",
        "type": "choice",
        "prompt": "Trong phiếu đăng ký câu lạc bộ, trường “Lớp” nên được thiết kế thế nào?",
        "options": [
          {
            "id": "a",
            "text": "Ô văn bản tự do để phụ huynh ghi theo ý mình"
          },
          {
            "id": "b",
            "text": "Danh sách chọn sẵn các lớp của trường"
          },
          {
            "id": "c",
            "text": "Không cần hỏi lớp"
          },
          {
            "id": "d",
            "text": "Ô văn bản, kèm lời nhắc “ghi đúng chính tả”"
          }
        ],
        "correct": "b",
        "feedback": "Danh sách chọn sẵn tránh các cách viết khác nhau (“6A1”, “6a1”, “lớp 6A1”) và đỡ công làm sạch về sau.",
        "objective": "pre-s1"
      },
      {
        "id": "dls-pre-03",
        "type": "choice",
        "prompt": "Ô chứa “Nguyễn Minh  Anh ” (thừa dấu cách) nên được xử lý bằng hàm nào?",
        "options": [
          {
            "id": "a",
            "text": "<code>TRIM</code>"
          },
          {
            "id": "b",
            "text": "<code>SUM</code>"
          },
          {
            "id": "c",
            "text": "<code>COUNTIF</code>"
          },
          {
            "id": "d",
            "text": "<code>ROUND</code>"
          }
        ],
        "correct": "a",
        "feedback": "<code>TRIM</code> xóa khoảng trắng ở đầu, cuối và gộp các khoảng trắng liên tiếp ở giữa.",
        "objective": "pre-s2"
      },
      {
        "id": "dls-pre-04",
        "type": "tf",
        "prompt": "Đúng hay sai: Khi khử trùng danh sách học sinh gộp từ nhiều lớp, nên dùng cột họ tên làm khóa.",
        "correct": "false",
        "feedback": "Sai. Hai học sinh có thể trùng họ tên. Dùng mã định danh (mã học sinh) làm khóa.",
        "objective": "pre-s2"
      },
      {
        "id": "dls-pre-05",
        "type": "choice",
        "prompt": "Muốn cho thấy tỉ lệ nghỉ học thay đổi qua từng tháng của năm học, biểu đồ nào phù hợp nhất?",
        "options": [
          {
            "id": "a",
            "text": "Biểu đồ tròn"
          },
          {
            "id": "b",
            "text": "Biểu đồ đường"
          },
          {
            "id": "c",
            "text": "Biểu đồ phân tán"
          },
          {
            "id": "d",
            "text": "Bảng 12 cột không có biểu đồ"
          }
        ],
        "correct": "b",
        "feedback": "Biểu đồ đường thể hiện xu hướng theo thời gian.",
        "objective": "pre-s3"
      },
      {
        "id": "dls-pre-06",
        "type": "tf",
        "prompt": "Đúng hay sai: Với biểu đồ cột, trục tung nên bắt đầu từ 0.",
        "correct": "true",
        "feedback": "Đúng. Người xem so sánh độ dài cột, nên cắt trục sẽ phóng đại chênh lệch.",
        "objective": "pre-s3"
      },
      {
        "id": "dls-pre-07",
        "type": "choice",
        "prompt": "Lớp 6A1 (40 học sinh) có 8 em nghỉ học nhiều, lớp 6A2 (32 học sinh) có 8 em. Nhận định nào đúng?",
        "options": [
          {
            "id": "a",
            "text": "Hai lớp như nhau vì cùng 8 em"
          },
          {
            "id": "b",
            "text": "Tỉ lệ ở 6A2 (25 %) cao hơn 6A1 (20 %)"
          },
          {
            "id": "c",
            "text": "Tỉ lệ ở 6A1 cao hơn"
          },
          {
            "id": "d",
            "text": "Không so sánh được"
          }
        ],
        "correct": "b",
        "feedback": "8/40 = 20 %, 8/32 = 25 %. Khi quy mô khác nhau, so sánh bằng tỉ lệ.",
        "objective": "pre-s4"
      },
      {
        "id": "dls-pre-08",
        "type": "choice",
        "prompt": "Một học sinh vào danh sách cảnh báo sớm vì nghỉ học nhiều. Việc nên làm là gì?",
        "options": [
          {
            "id": "a",
            "text": "Thông báo tên em trước lớp để nhắc nhở"
          },
          {
            "id": "b",
            "text": "Hạ hạnh kiểm ngay theo danh sách"
          },
          {
            "id": "c",
            "text": "Giáo viên chủ nhiệm tìm hiểu nguyên nhân, trao đổi với gia đình để có cách hỗ trợ"
          },
          {
            "id": "d",
            "text": "Không làm gì vì dữ liệu có thể sai"
          }
        ],
        "correct": "c",
        "feedback": "Ngưỡng cảnh báo là điểm bắt đầu tìm hiểu và hỗ trợ, không phải để dán nhãn hay xử phạt.",
        "objective": "pre-s4"
      },
      {
        "id": "dls-pre-09",
        "type": "choice",
        "prompt": "Thông tin nào là dữ liệu cá nhân nhạy cảm theo Nghị định 13/2023/NĐ-CP?",
        "options": [
          {
            "id": "a",
            "text": "Số điện thoại của phụ huynh"
          },
          {
            "id": "b",
            "text": "Kết quả khám sức khỏe trong hồ sơ bệnh án của học sinh"
          },
          {
            "id": "c",
            "text": "Họ tên học sinh"
          },
          {
            "id": "d",
            "text": "Tên trường"
          }
        ],
        "correct": "b",
        "feedback": "Tình trạng sức khỏe trong hồ sơ bệnh án là dữ liệu nhạy cảm; số điện thoại, họ tên là dữ liệu cơ bản.",
        "objective": "pre-s5"
      },
      {
        "id": "dls-pre-10",
        "type": "tf",
        "prompt": "Đúng hay sai: Phụ huynh không phản hồi thông báo xin ý kiến trong nhóm Zalo được coi là đã đồng ý.",
        "correct": "false",
        "feedback": "Sai. Theo Nghị định 13/2023/NĐ-CP, im lặng hoặc không phản hồi không được coi là sự đồng ý.",
        "objective": "pre-s5"
      }
    ]
  },
  "objectives": {
    "pre-s1": [
      "dls-pre-01",
      "dls-pre-02"
    ],
    "pre-s2": [
      "dls-pre-03",
      "dls-pre-04"
    ],
    "pre-s3": [
      "dls-pre-05",
      "dls-pre-06"
    ],
    "pre-s4": [
      "dls-pre-07",
      "dls-pre-08"
    ],
    "pre-s5": [
      "dls-pre-09",
      "dls-pre-10"
    ]
  },
  "objectiveNames": {
    "pre-s1": "Phần 1 – Vòng đời và thu thập dữ liệu",
    "pre-s2": "Phần 2 – Làm sạch dữ liệu",
    "pre-s3": "Phần 3 – Trực quan hóa dữ liệu",
    "pre-s4": "Phần 4 – Ra quyết định dựa trên dữ liệu",
    "pre-s5": "Phần 5 – Bảo vệ dữ liệu cá nhân"
  }
};
