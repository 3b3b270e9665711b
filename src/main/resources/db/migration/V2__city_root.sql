-- HocSo serves Ho Chi Minh City: the root of the organisation tree is the city's Department of Education and Training.
INSERT INTO org_unit (code, name, kind, path)
VALUES ('HCM', 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh', 'CITY', '/HCM/');
