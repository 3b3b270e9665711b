/* phan-1 — Dữ liệu số trong nhà trường. Licence: CC BY 4.0, HocSo. */
window.COURSE = {
  "standard": "2004",
  "role": "lesson",
  "checks": {
    "ck-s1": {
      "id": "ck-s1",
      "type": "choice",
      "prompt": "Luyện tập: phiếu đăng ký tham quan bảo tàng nên thu thập những thông tin nào?",
      "options": [
        {
          "id": "a",
          "text": "Họ tên, lớp, số điện thoại phụ huynh, lưu ý sức khỏe liên quan đến chuyến đi"
        },
        {
          "id": "b",
          "text": "Thêm số định danh cá nhân và nghề nghiệp, thu nhập của cha mẹ"
        },
        {
          "id": "c",
          "text": "Chỉ cần ảnh chân dung học sinh"
        },
        {
          "id": "d",
          "text": "Mọi thông tin có trong hồ sơ học sinh"
        }
      ],
      "correct": "a",
      "feedback": "Chỉ thu những gì cần cho mục đích (tổ chức chuyến đi, liên lạc, an toàn). Thông tin thừa làm tăng rủi ro nếu bị lộ."
    }
  }
};
