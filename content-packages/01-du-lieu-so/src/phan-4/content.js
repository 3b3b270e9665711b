/* phan-4 — Dữ liệu số trong nhà trường. Licence: CC BY 4.0, HocSo. */
window.COURSE = {
  "standard": "2004",
  "role": "lesson",
  "checks": {
    "ck-s4": {
      "id": "ck-s4",
      "type": "choice",
      "prompt": "Luyện tập: điểm trung bình lớp 7,0. Thông tin nào giúp hiểu rõ hơn lớp cần hỗ trợ gì?",
      "options": [
        {
          "id": "a",
          "text": "Không cần thêm gì"
        },
        {
          "id": "b",
          "text": "Trung vị, tỉ lệ học sinh dưới 5 và biểu đồ phân bố điểm"
        },
        {
          "id": "c",
          "text": "Điểm trung bình của lớp khác"
        },
        {
          "id": "d",
          "text": "Tên học sinh có điểm cao nhất"
        }
      ],
      "correct": "b",
      "feedback": "Cùng trung bình 7,0 có thể là một lớp đồng đều hoặc chia hai nhóm rất khác nhau; cần xem phân bố."
    }
  }
};
