/* phan-2 — Dữ liệu số trong nhà trường. Licence: CC BY 4.0, HocSo. */
window.COURSE = {
  "standard": "2004",
  "role": "lesson",
  "checks": {
    "ck-s2": {
      "id": "ck-s2",
      "type": "choice",
      "prompt": "Luyện tập: trong Bảng 1, vì sao “05/09/2014” có thể bị hiểu sai?",
      "options": [
        {
          "id": "a",
          "text": "Vì thiếu năm"
        },
        {
          "id": "b",
          "text": "Vì máy đặt vùng Hoa Kỳ hiểu theo tháng/ngày/năm, thành ngày 9 tháng 5"
        },
        {
          "id": "c",
          "text": "Vì ngày sinh không được phép lưu"
        },
        {
          "id": "d",
          "text": "Vì có số 0 ở đầu"
        }
      ],
      "correct": "b",
      "feedback": "Thứ tự ngày/tháng phụ thuộc cài đặt vùng. Kiểm tra bằng cách đổi định dạng, và thống nhất dd/mm/yyyy."
    }
  }
};
