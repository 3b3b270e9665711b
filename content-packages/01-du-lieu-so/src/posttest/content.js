/* Bài kiểm tra cuối khóa — Dữ liệu số trong nhà trường. Licence: CC BY 4.0, HocSo. */
window.COURSE = {
  "standard": "2004",
  "role": "quiz",
  "passing": 0.8,
  "checks": {},
  "quiz": {
    "items": [
      {
        "id": "dls-post-01",
        "type": "choice",
        "prompt": "Trong vòng đời dữ liệu, ở bước nào cần quyết định dữ liệu được giữ bao lâu và hủy thế nào?",
        "options": [
          {
            "id": "a",
            "text": "Chỉ khi có sự cố"
          },
          {
            "id": "b",
            "text": "Ngay từ khi lập kế hoạch, và thực hiện ở bước lưu trữ dài hạn/hủy"
          },
          {
            "id": "c",
            "text": "Không cần quyết định"
          },
          {
            "id": "d",
            "text": "Khi trình bày biểu đồ"
          }
        ],
        "correct": "b",
        "feedback": "Thời hạn lưu trữ nên được xác định từ khi lập kế hoạch (và thông báo khi thu thập), rồi thực hiện ở cuối vòng đời.",
        "objective": "sec-s1"
      },
      {
        "id": "dls-post-02",
        "type": "choice",
        "prompt": "Đoạn thông báo đầu phiếu thu thập dữ liệu của học sinh KHÔNG cần nội dung nào?",
        "options": [
          {
            "id": "a",
            "text": "Mục đích thu thập"
          },
          {
            "id": "b",
            "text": "Ai được xem dữ liệu"
          },
          {
            "id": "c",
            "text": "Ô đồng ý đã được đánh dấu sẵn"
          },
          {
            "id": "d",
            "text": "Thời gian lưu giữ"
          }
        ],
        "correct": "c",
        "feedback": "Ô đồng ý không được đánh dấu sẵn: sự đồng ý phải là hành động rõ ràng, tự nguyện của người đồng ý.",
        "objective": "sec-s1"
      },
      {
        "id": "dls-post-03",
        "type": "choice",
        "prompt": "Cách nào an toàn nhất trước khi làm sạch một bảng điểm gộp từ nhiều lớp?",
        "options": [
          {
            "id": "a",
            "text": "Sửa trực tiếp trên tệp gốc cho nhanh"
          },
          {
            "id": "b",
            "text": "Giữ một bản gốc không sửa, làm trên bản sao và ghi nhật ký thay đổi"
          },
          {
            "id": "c",
            "text": "Xóa các điểm bất thường trước"
          },
          {
            "id": "d",
            "text": "Chuyển tất cả sang định dạng văn bản"
          }
        ],
        "correct": "b",
        "feedback": "Giữ bản gốc và ghi nhật ký giúp kiểm tra lại, khôi phục khi sai, và giải thích được số liệu.",
        "objective": "sec-s2"
      },
      {
        "id": "dls-post-04",
        "type": "choice",
        "prompt": "Điểm “85” xuất hiện trong cột điểm thang 10. Thầy cô nên làm gì?",
        "options": [
          {
            "id": "a",
            "text": "Xóa dòng đó"
          },
          {
            "id": "b",
            "text": "Sửa thành 8,5 vì chắc chắn là nhập thiếu dấu phẩy"
          },
          {
            "id": "c",
            "text": "Đánh dấu, hỏi lại người nhập (giáo viên bộ môn, GVCN) rồi sửa và ghi lại thay đổi"
          },
          {
            "id": "d",
            "text": "Giữ nguyên vì đó là dữ liệu gốc"
          }
        ],
        "correct": "c",
        "feedback": "Giá trị ngoài khoảng cần được xác minh với nguồn, không đoán, và thay đổi cần được ghi lại.",
        "objective": "sec-s2"
      },
      {
        "id": "dls-post-05",
        "type": "choice",
        "prompt": "Muốn cho thấy bao nhiêu học sinh khối 9 đạt từng khoảng điểm (0–2, 2–4, …, 8–10), nên dùng biểu đồ nào?",
        "options": [
          {
            "id": "a",
            "text": "Biểu đồ tần suất (histogram)"
          },
          {
            "id": "b",
            "text": "Biểu đồ tròn 3D"
          },
          {
            "id": "c",
            "text": "Biểu đồ đường"
          },
          {
            "id": "d",
            "text": "Biểu đồ hai trục tung"
          }
        ],
        "correct": "a",
        "feedback": "Biểu đồ tần suất thể hiện phân bố của một đại lượng theo các khoảng giá trị.",
        "objective": "sec-s3"
      },
      {
        "id": "dls-post-06",
        "type": "choice",
        "prompt": "Báo cáo ghi “Tỉ lệ phụ huynh hài lòng: 100 %” nhưng chỉ có 3 phụ huynh trả lời. Lỗi trình bày chính là gì?",
        "options": [
          {
            "id": "a",
            "text": "Màu sắc chưa đẹp"
          },
          {
            "id": "b",
            "text": "Thiếu cỡ mẫu, khiến người đọc tưởng kết quả đại diện cho toàn trường"
          },
          {
            "id": "c",
            "text": "Không dùng biểu đồ 3D"
          },
          {
            "id": "d",
            "text": "Không có lỗi"
          }
        ],
        "correct": "b",
        "feedback": "Luôn ghi cỡ mẫu (n) và nguồn. 3 câu trả lời không đại diện cho phụ huynh toàn trường.",
        "objective": "sec-s3"
      },
      {
        "id": "dls-post-07",
        "type": "tf",
        "prompt": "Đúng hay sai: Học sinh tham gia câu lạc bộ đọc sách có điểm Ngữ văn cao hơn, vậy câu lạc bộ chắc chắn đã làm tăng điểm Ngữ văn.",
        "correct": "false",
        "feedback": "Sai. Đây là tương quan, chưa phải nhân quả: có thể các em vốn học tốt Ngữ văn mới tham gia câu lạc bộ.",
        "objective": "sec-s4"
      },
      {
        "id": "dls-post-08",
        "type": "choice",
        "prompt": "Cách dùng dữ liệu nào phù hợp với giới hạn đạo đức đã học?",
        "options": [
          {
            "id": "a",
            "text": "Dán bảng xếp hạng học sinh theo số buổi nghỉ lên bảng tin"
          },
          {
            "id": "b",
            "text": "Để phần mềm tự động hạ hạnh kiểm học sinh vượt ngưỡng nghỉ học"
          },
          {
            "id": "c",
            "text": "Dùng danh sách cảnh báo nội bộ để giáo viên tìm hiểu và hỗ trợ, người có trách nhiệm ra quyết định"
          },
          {
            "id": "d",
            "text": "Tìm cách biết ai đã trả lời khảo sát tâm lý ẩn danh"
          }
        ],
        "correct": "c",
        "feedback": "Dữ liệu hỗ trợ con người ra quyết định; không dán nhãn, không công bố danh tính, không dùng sai mục đích.",
        "objective": "sec-s4"
      },
      {
        "id": "dls-post-09",
        "type": "choice",
        "prompt": "Gửi dữ liệu điểm cho Phòng GD&ĐT để tổng hợp chất lượng, cách nào đúng tinh thần bảo vệ dữ liệu cá nhân?",
        "options": [
          {
            "id": "a",
            "text": "Gửi toàn bộ hồ sơ học sinh cho đầy đủ"
          },
          {
            "id": "b",
            "text": "Chỉ gửi số liệu tổng hợp hoặc các cột cần thiết theo yêu cầu, không kèm thông tin không cần như số điện thoại, địa chỉ"
          },
          {
            "id": "c",
            "text": "Đăng lên nhóm Zalo chung của các trường"
          },
          {
            "id": "d",
            "text": "Gửi link công khai cho bất kỳ ai có đường liên kết"
          }
        ],
        "correct": "b",
        "feedback": "Thu thập và chia sẻ tối thiểu, đúng mục đích; ưu tiên số liệu tổng hợp.",
        "objective": "sec-s5"
      },
      {
        "id": "dls-post-10",
        "type": "choice",
        "prompt": "Thầy cô làm mất USB chứa danh sách học sinh kèm ngày sinh, địa chỉ. Theo Nghị định 13/2023/NĐ-CP, vì sao cần báo ngay cho nhà trường?",
        "options": [
          {
            "id": "a",
            "text": "Vì nhà trường phải thông báo vi phạm cho Bộ Công an chậm nhất 72 giờ sau khi xảy ra vi phạm"
          },
          {
            "id": "b",
            "text": "Vì cần mua USB mới"
          },
          {
            "id": "c",
            "text": "Không cần báo nếu USB có mật khẩu yếu"
          },
          {
            "id": "d",
            "text": "Chỉ cần báo vào cuối năm học"
          }
        ],
        "correct": "a",
        "feedback": "Bên kiểm soát dữ liệu phải thông báo cho Bộ Công an (Cục A05) trong 72 giờ; báo ngay giúp nhà trường kịp đánh giá và xử lý.",
        "objective": "sec-s5"
      }
    ]
  }
};
