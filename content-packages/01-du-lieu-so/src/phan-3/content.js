/* phan-3 — Dữ liệu số trong nhà trường. Licence: CC BY 4.0, HocSo. */
window.COURSE = {
  "standard": "2004",
  "role": "lesson",
  "checks": {
    "ck-s3": {
      "id": "ck-s3",
      "type": "choice",
      "prompt": "Luyện tập: biểu đồ cột so sánh tỉ lệ đạt của hai lớp (95 % và 97 %) có trục tung từ 94 % đến 98 %. Vấn đề là gì?",
      "options": [
        {
          "id": "a",
          "text": "Không có vấn đề"
        },
        {
          "id": "b",
          "text": "Trục bị cắt làm chênh lệch 2 điểm phần trăm trông như gấp ba lần"
        },
        {
          "id": "c",
          "text": "Nên dùng biểu đồ tròn 3D"
        },
        {
          "id": "d",
          "text": "Cần thêm hiệu ứng bóng đổ"
        }
      ],
      "correct": "b",
      "feedback": "Với biểu đồ cột, trục phải bắt đầu từ 0 để độ dài cột tỉ lệ với giá trị."
    }
  }
};
