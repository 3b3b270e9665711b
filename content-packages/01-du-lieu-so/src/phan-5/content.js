/* phan-5 — Dữ liệu số trong nhà trường. Licence: CC BY 4.0, HocSo. */
window.COURSE = {
  "standard": "2004",
  "role": "lesson",
  "checks": {
    "ck-s5": {
      "id": "ck-s5",
      "type": "choice",
      "prompt": "Luyện tập: thay họ tên học sinh bằng mã và giữ bảng đối chiếu riêng. Dữ liệu sau khi giả danh có còn là dữ liệu cá nhân không?",
      "options": [
        {
          "id": "a",
          "text": "Không, vì đã bỏ họ tên"
        },
        {
          "id": "b",
          "text": "Có, vì vẫn có thể nối lại với từng học sinh qua bảng đối chiếu"
        },
        {
          "id": "c",
          "text": "Chỉ khi có ngày sinh"
        },
        {
          "id": "d",
          "text": "Tùy người nhận"
        }
      ],
      "correct": "b",
      "feedback": "Giả danh giảm rủi ro nhưng dữ liệu vẫn gắn được với một người cụ thể, nên vẫn phải bảo vệ như dữ liệu cá nhân."
    }
  }
};
