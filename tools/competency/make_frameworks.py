#!/usr/bin/env python3
"""Generates HocSo's seeded competency frameworks as CASE 1.1 CFPackage JSON files.

Output: src/main/resources/competency/frameworks/*.json (committed; the server imports them through its own CASE
importer on first start, vn.hocso.competency.service.FrameworkSeeder). Identifiers are UUIDv5 of a stable name, so
re-running this script yields the same identifiers. UNESCO text lives in its own file under its own licence
(CC BY-SA 3.0 IGO); the notes of every file say where the text comes from and how reliable it is.

Run from the repository root: python3 tools/competency/make_frameworks.py
"""
import json
import pathlib
import uuid

BASE = "https://hocso.edu.vn/ims/case/v1p1"
OUT = pathlib.Path("src/main/resources/competency/frameworks")
STAMP = "2026-01-01T00:00:00Z"


def uid(*parts):
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "https://hocso.edu.vn/competency/" + "/".join(parts)))


class Package:
    def __init__(self, code, version, doc):
        self.code, self.version = code, version
        self.doc_id = uid(code, version)
        self.items, self.assocs, self.levels, self.targets = [], [], [], []
        self.doc = dict(identifier=self.doc_id, uri=f"{BASE}/CFDocuments/{self.doc_id}", lastChangeDateTime=STAMP,
                        version=version, adoptionStatus="Adopted", **doc)
        self.doc["CFPackageURI"] = dict(identifier=self.doc_id, uri=f"{BASE}/CFPackages/{self.doc_id}",
                                        title=doc["title"])

    def item_id(self, code):
        return uid(self.code, self.version, "item", code)

    def link(self, identifier, uri, title):
        return dict(identifier=identifier, uri=uri, title=title)

    def item(self, code, item_type, statement, parent=None, en=None, notes=None, seq=None):
        i = dict(identifier=self.item_id(code), uri=f"{BASE}/CFItems/{self.item_id(code)}", fullStatement=statement,
                 humanCodingScheme=code, CFItemType=item_type, lastChangeDateTime=STAMP,
                 CFDocumentURI=self.link(self.doc_id, self.doc["uri"], self.doc["title"]))
        if seq is not None:
            i["listEnumeration"] = str(seq)
        if notes:
            i["notes"] = notes
        if en:
            i["extensions"] = {"hocso": {"fullStatementEn": en}}
        self.items.append(i)
        dest = (self.link(self.item_id(parent), f"{BASE}/CFItems/{self.item_id(parent)}", parent) if parent
                else self.link(self.doc_id, self.doc["uri"], self.doc["title"]))
        self.assoc("isChildOf", code, dest, seq)
        return i

    def assoc(self, kind, origin_code, dest, seq=None, other=None):
        ident = uid(self.code, self.version, "assoc", kind, origin_code, dest["identifier"])
        a = dict(identifier=ident, uri=f"{BASE}/CFAssociations/{ident}", associationType=kind,
                 originNodeURI=self.link(self.item_id(origin_code), f"{BASE}/CFItems/{self.item_id(origin_code)}",
                                         origin_code),
                 destinationNodeURI=dest, lastChangeDateTime=STAMP,
                 CFDocumentURI=self.link(self.doc_id, self.doc["uri"], self.doc["title"]))
        if seq is not None:
            a["sequenceNumber"] = seq
        self.assocs.append(a)

    def level(self, code, label, label_en, description):
        ident = uid(self.code, self.version, "level", code)
        self.levels.append(dict(identifier=ident, code=code, label=label, label_en=label_en, description=description))

    def level_link(self, code):
        lv = next(l for l in self.levels if l["code"] == code)
        return dict(identifier=lv["identifier"], uri=f"{BASE}/CFRubrics/{self.rubric_id()}#{lv['identifier']}",
                    title=code, targetType="CFRubricCriterionLevel")

    def skill(self, item_code, level_code):
        self.assoc("hasSkillLevel", item_code, self.level_link(level_code))

    def rubric_id(self):
        return uid(self.code, self.version, "rubric")

    def crosswalk(self, kind, item_code, other, other_code):
        ident = other.item_id(other_code)
        self.assoc(kind, item_code, dict(identifier=ident, uri=f"{BASE}/CFItems/{ident}", title=other_code))

    def target(self, position, item_code, level_code):
        lv = next(l for l in self.levels if l["code"] == level_code)
        self.targets.append(dict(position=position, item=self.item_id(item_code), level=lv["identifier"]))

    def write(self, filename, hocso_ext):
        rid, cid = self.rubric_id(), uid(self.code, self.version, "criterion")
        levels = []
        for n, lv in enumerate(self.levels, 1):
            entry = dict(identifier=lv["identifier"], uri=f"{BASE}/CFRubrics/{rid}#{lv['identifier']}",
                         description=lv["description"], quality=lv["label"], score=n, position=n, criterionId=cid,
                         lastChangeDateTime=STAMP, extensions={"hocso": {"code": lv["code"]}})
            if lv["label_en"]:
                entry["extensions"]["hocso"]["labelEn"] = lv["label_en"]
            levels.append(entry)
        rubric = dict(identifier=rid, uri=f"{BASE}/CFRubrics/{rid}", title="Proficiency levels / Các mức thành thạo",
                      description="The proficiency scale of " + self.doc["title"], lastChangeDateTime=STAMP,
                      CFRubricCriteria=[dict(identifier=cid, uri=f"{BASE}/CFRubrics/{rid}#{cid}",
                                             category="Proficiency scale", description=self.doc["title"],
                                             position=1, rubricId=rid, lastChangeDateTime=STAMP,
                                             CFRubricCriterionLevels=levels)])
        ext = dict(hocso_ext)
        ext["code"] = self.code
        if self.targets:
            ext["roleTargets"] = self.targets
        self.doc["extensions"] = {"hocso": ext}
        package = {"CFDocument": self.doc, "CFItems": self.items, "CFAssociations": self.assocs, "CFRubrics": [rubric]}
        OUT.mkdir(parents=True, exist_ok=True)
        (OUT / filename).write_text(json.dumps(package, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --- UNESCO ICT CFT v3 (CC BY-SA 3.0 IGO) --------------------------------------------------------------------------
UNESCO_NOTE = ("Source: UNESCO (2018). UNESCO ICT Competency Framework for Teachers, Version 3. Paris: UNESCO. "
               "ISBN 978-92-3-100285-4. © UNESCO 2018, licensed under Creative Commons Attribution-ShareAlike 3.0 IGO "
               "(CC BY-SA 3.0 IGO, https://creativecommons.org/licenses/by-sa/3.0/igo/). The aspect and competency "
               "names are UNESCO's official names; item notes marked 'Paraphrase' are HocSo's own summaries, not "
               "UNESCO wording. This data file is an adaptation shared under the same licence (CC BY-SA 3.0 IGO). "
               "Nguồn: UNESCO (2018), giấy phép CC BY-SA 3.0 IGO; phần diễn giải là của HocSo, không phải văn bản "
               "của UNESCO.")
unesco = Package("UNESCO-ICT-CFT", "3", dict(
    title="UNESCO ICT Competency Framework for Teachers, Version 3", creator="UNESCO", publisher="UNESCO",
    language="en", description="6 aspects × 3 levels (Knowledge Acquisition, Knowledge Deepening, Knowledge "
    "Creation) = 18 competencies.",
    officialSourceURL="https://www.unesco.org/en/communication-information/digital-competencies-skills/ict-cft",
    licenseURI=dict(identifier=uid("licence", "cc-by-sa-3.0-igo"),
                    uri="https://creativecommons.org/licenses/by-sa/3.0/igo/", title="CC BY-SA 3.0 IGO"),
    notes=UNESCO_NOTE))
unesco.level("KA", "Tiếp thu kiến thức", "Knowledge Acquisition",
             "Paraphrase: students use ICT to learn more efficiently. (Vietnamese label: unofficial translation.)")
unesco.level("KD", "Đào sâu kiến thức", "Knowledge Deepening",
             "Paraphrase: students gain in-depth subject knowledge and apply it to complex, real-world problems.")
unesco.level("KC", "Sáng tạo tri thức", "Knowledge Creation",
             "Paraphrase: students, citizens and the workforce create the new knowledge society needs.")
UNESCO_ROWS = [
    ("Understanding ICT in Education Policy", [
        ("Policy Understanding", "Explains how own classroom practice corresponds to and supports institutional and national ICT-in-education policy."),
        ("Policy Application", "Designs and modifies classroom practice to implement institutional, national and international policy commitments and social priorities."),
        ("Policy Innovation", "Critiques institutional and national education policy, proposes revisions and improvements, and anticipates their impact.")]),
    ("Curriculum and Assessment", [
        ("Basic Knowledge", "Analyses curriculum standards and identifies how ICT can support attaining them, including assessment."),
        ("Knowledge Application", "Integrates ICT across subject content, teaching and assessment; builds an ICT-enhanced environment where students show mastery of standards."),
        ("Knowledge Society Skills", "Determines how best to situate student-centred collaborative learning to meet multidisciplinary standards (knowledge-society skills).")]),
    ("Pedagogy", [
        ("ICT-enhanced Teaching", "Chooses and uses appropriate ICT to support specific teaching and learning methods."),
        ("Complex Problem-solving", "Designs ICT-supported project-based learning; uses ICT so students plan, run and monitor projects and solve complex problems."),
        ("Self-management", "Sets learning parameters and encourages student self-management in student-centred, collaborative learning.")]),
    ("Application of Digital Skills", [
        ("Application", "Knows hardware components and common productivity software and uses them."),
        ("Infusion", "Blends varied digital tools and resources into an integrated environment supporting higher-order thinking and problem solving."),
        ("Transformation", "Designs knowledge communities and uses digital tools to support pervasive (anytime, anywhere) learning.")]),
    ("Organization and Administration", [
        ("Standard Classroom", "Organizes the physical and digital classroom so technology supports different learning methods inclusively, including safe and healthy use."),
        ("Collaborative Groups", "Uses digital tools flexibly to run collaborative learning, manage students and partners and administer learning."),
        ("Learning Organizations", "Plays a leadership role in the school's technology strategy so the school becomes a learning organization.")]),
    ("Teacher Professional Learning", [
        ("Digital Literacy", "Uses ICT for own professional development (the teacher's digital literacy)."),
        ("Networking", "Uses ICT to take part in professional networks and communities for own development."),
        ("Teacher as Innovator", "Continually develops, experiments, coaches, innovates and shares practice on how technology best serves the school.")]),
]
for a, (aspect, comps) in enumerate(UNESCO_ROWS, 1):
    unesco.item(f"UCFT3.{a}", "Aspect", aspect, seq=a)
    for (lv, (name, para)) in zip(["KA", "KD", "KC"], comps):
        code = f"UCFT3.{a}.{lv}"
        unesco.item(code, "Competency", name, parent=f"UCFT3.{a}", seq=["KA", "KD", "KC"].index(lv) + 1,
                    notes="Paraphrase (HocSo summary, not UNESCO wording): " + para)
        unesco.skill(code, lv)
unesco.write("unesco-ict-cft-v3.json", {"titleEn": "UNESCO ICT Competency Framework for Teachers, Version 3"})

# --- DigCompEdu ----------------------------------------------------------------------------------------------------
dce = Package("DIGCOMPEDU", "2017", dict(
    title="European Framework for the Digital Competence of Educators: DigCompEdu",
    creator="Redecker, C.; Punie, Y. (ed.), European Commission Joint Research Centre",
    publisher="Publications Office of the European Union", language="en",
    description="6 areas, 22 competences, 6 proficiency levels (A1 Newcomer to C2 Pioneer, modelled on the CEFR).",
    officialSourceURL="https://joint-research-centre.ec.europa.eu/digcompedu/digcompedu-framework_en",
    licenseURI=dict(identifier=uid("licence", "ec-reuse"), uri="https://eur-lex.europa.eu/eli/dec/2011/833/oj",
                    title="European Commission reuse policy (Decision 2011/833/EU)"),
    notes="Redecker, C. European Framework for the Digital Competence of Educators: DigCompEdu. Punie, Y. (ed.). "
          "EUR 28775 EN, Publications Office of the European Union, Luxembourg, 2017, doi:10.2760/159770, JRC107466. "
          "© European Union, 2017. Reuse is authorised provided the source is acknowledged. Area and competence "
          "names are the JRC's; Vietnamese level labels are HocSo's unofficial translations."))
for code, vi, en, sketch in [("A1", "Người mới bắt đầu", "Newcomer", "aware of the potential, little use, needs guidance"),
                             ("A2", "Người khám phá", "Explorer", "started using in some areas, not consistent"),
                             ("B1", "Người tích hợp", "Integrator", "uses in varied contexts, still matching tools to methods"),
                             ("B2", "Chuyên gia", "Expert", "confident, critical, strategic use"),
                             ("C1", "Người dẫn dắt", "Leader", "consistent, comprehensive approach; guides others"),
                             ("C2", "Người tiên phong", "Pioneer", "questions practice, innovates, role model")]:
    dce.level(code, vi, en, "Paraphrase: " + sketch + ".")
DCE_ROWS = [
    ("Professional Engagement", ["Organisational communication", "Professional collaboration", "Reflective practice",
                                 "Digital Continuous Professional Development (CPD)"]),
    ("Digital Resources", ["Selecting digital resources", "Creating and modifying digital content",
                           "Managing, protecting and sharing digital resources"]),
    ("Teaching and Learning", ["Teaching", "Guidance", "Collaborative learning", "Self-regulated learning"]),
    ("Assessment", ["Assessment strategies", "Analysing evidence", "Feedback and planning"]),
    ("Empowering Learners", ["Accessibility and inclusion", "Differentiation and personalisation",
                             "Actively engaging learners"]),
    ("Facilitating Learners' Digital Competence", ["Information and media literacy",
                                                   "Digital communication and collaboration", "Digital content creation",
                                                   "Responsible use (well-being)", "Digital problem solving"]),
]
for a, (area, comps) in enumerate(DCE_ROWS, 1):
    dce.item(f"DCE.{a}", "Area", area, seq=a)
    for c, name in enumerate(comps, 1):
        dce.item(f"DCE.{a}.{c}", "Competency", name, parent=f"DCE.{a}", seq=c)
        for lv in ["A1", "A2", "B1", "B2", "C1", "C2"]:
            dce.skill(f"DCE.{a}.{c}", lv)
dce.write("digcompedu.json", {"titleEn": "European Framework for the Digital Competence of Educators: DigCompEdu"})

# --- Thông tư 02/2025/TT-BGDĐT ---------------------------------------------------------------------------------------
vn02 = Package("VN-TT02-2025", "2025", dict(
    title="Khung năng lực số cho người học (Thông tư 02/2025/TT-BGDĐT)", creator="Bộ Giáo dục và Đào tạo",
    publisher="Bộ Giáo dục và Đào tạo", language="vi",
    description="Ban hành ngày 24/01/2025, hiệu lực từ 11/03/2025: 6 miền, 24 năng lực thành phần, 4 trình độ "
                "(Cơ bản, Trung cấp, Nâng cao, Chuyên sâu) chia thành 8 bậc.",
    notes="Nguồn: Thông tư 02/2025/TT-BGDĐT ngày 24/01/2025 của Bộ Giáo dục và Đào tạo quy định Khung năng lực số cho "
          "người học. Văn bản quy phạm pháp luật không thuộc đối tượng bảo hộ quyền tác giả (Điều 15 Luật Sở hữu trí "
          "tuệ). Tên miền đã đối chiếu; tên năng lực thành phần theo bản tổng hợp của bên thứ ba (khớp DigComp 2.2) và "
          "mã bậc CB1–CS2 theo Công văn 3456/BGDĐT-GDPT (2025) — cần đối chiếu với văn bản gốc. "
          "Source: Circular 02/2025/TT-BGDĐT (learners' digital competency framework); component names from "
          "third-party transcriptions, to be checked against the official text."))
for code, vi, en, desc in [("CB1", "Cơ bản 1", "Basic 1", "Bậc 1 (thường ứng với lớp 1–3)."),
                           ("CB2", "Cơ bản 2", "Basic 2", "Bậc 2 (thường ứng với lớp 4–5)."),
                           ("TC1", "Trung cấp 1", "Intermediate 1", "Bậc 3 (thường ứng với lớp 6–7)."),
                           ("TC2", "Trung cấp 2", "Intermediate 2", "Bậc 4 (thường ứng với lớp 8–9)."),
                           ("NC1", "Nâng cao 1", "Advanced 1", "Bậc 5 (thường ứng với trung học phổ thông)."),
                           ("NC2", "Nâng cao 2", "Advanced 2", "Bậc 6 (các trình độ cao hơn)."),
                           ("CS1", "Chuyên sâu 1", "Highly specialised 1", "Bậc 7 (các trình độ cao hơn)."),
                           ("CS2", "Chuyên sâu 2", "Highly specialised 2", "Bậc 8 (các trình độ cao hơn).")]:
    vn02.level(code, vi, en, desc)
VN02_ROWS = [
    ("Khai thác dữ liệu và thông tin", "Data and information literacy", [
        "Duyệt, tìm kiếm và lọc dữ liệu, thông tin và nội dung số", "Đánh giá dữ liệu, thông tin và nội dung số",
        "Quản lý dữ liệu, thông tin và nội dung số"]),
    ("Giao tiếp và hợp tác trong môi trường số", "Communication and collaboration in the digital environment", [
        "Tương tác thông qua công nghệ số", "Chia sẻ thông qua công nghệ số",
        "Sử dụng công nghệ số để thực hiện trách nhiệm công dân", "Hợp tác thông qua công nghệ số",
        "Quy tắc ứng xử trên mạng", "Quản lý danh tính số"]),
    ("Sáng tạo nội dung số", "Digital content creation", [
        "Phát triển nội dung số", "Tích hợp và tạo lập lại nội dung số", "Thực thi bản quyền và giấy phép",
        "Lập trình"]),
    ("An toàn", "Safety", [
        "Bảo vệ thiết bị", "Bảo vệ dữ liệu cá nhân và quyền riêng tư", "Bảo vệ sức khỏe và an sinh số",
        "Bảo vệ môi trường"]),
    ("Giải quyết vấn đề", "Problem solving", [
        "Giải quyết các vấn đề kỹ thuật", "Xác định nhu cầu và giải pháp công nghệ", "Sử dụng sáng tạo công nghệ số",
        "Xác định các vấn đề cần cải thiện về năng lực số"]),
    ("Ứng dụng trí tuệ nhân tạo", "Application of artificial intelligence", [
        "Hiểu biết về trí tuệ nhân tạo", "Sử dụng trí tuệ nhân tạo", "Đánh giá trí tuệ nhân tạo"]),
]
for d, (domain, domain_en, comps) in enumerate(VN02_ROWS, 1):
    vn02.item(f"VN02.{d}", "Domain", domain, en=domain_en, seq=d)
    for c, name in enumerate(comps, 1):
        vn02.item(f"VN02.{d}.{c}", "Competency", name, parent=f"VN02.{d}", seq=c,
                  notes="Tên theo bản tổng hợp của bên thứ ba; cần đối chiếu văn bản gốc." if d == 6 and c > 1 else None)
        for lv in ["CB1", "CB2", "TC1", "TC2", "NC1", "NC2", "CS1", "CS2"]:
            vn02.skill(f"VN02.{d}.{c}", lv)
vn02.write("vn-tt02-2025.json", {"titleEn": "Digital competency framework for learners (Circular 02/2025/TT-BGDĐT)"})

# --- HCMC staff profile (HCM-KNLS) -----------------------------------------------------------------------------------
city = Package("HCM-KNLS", "1", dict(
    title="Khung năng lực số cho cán bộ quản lý, giáo viên, nhân viên ngành Giáo dục TP.HCM (hồ sơ HocSo)",
    creator="Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh (hồ sơ do quản trị viên duy trì trên HocSo)",
    publisher="Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", language="vi",
    description="Hai mức Cơ bản và Nâng cao theo bảy chủ đề của Đề án bồi dưỡng năng lực số (QĐ 869/QĐ-UBND ngày "
                "21/03/2024). Quản trị viên chỉnh sửa bằng cách tạo phiên bản nháp mới rồi công bố.",
    notes="Văn bản chính thức của Khung năng lực số thành phố chưa được công bố. Đây là hồ sơ (profile) dựng trên "
          "UNESCO ICT CFT v3, DigCompEdu, Thông tư 02/2025/TT-BGDĐT và các chủ đề của Đề án theo QĐ 869/QĐ-UBND "
          "(21/03/2024); các ánh xạ (exactMatchOf, isRelatedTo) là đề xuất, không chính thức. "
          "The city's official framework text is unpublished: this is a profile over UNESCO ICT CFT v3, DigCompEdu "
          "and Circular 02/2025 following the plan's topic tracks; crosswalks are proposals, not official."))
city.level("CB", "Cơ bản", "Basic", "Sử dụng được công cụ và quy trình số thông dụng của chủ đề theo hướng dẫn, an "
           "toàn và đúng quy định (tương ứng kỹ năng số cơ bản theo QĐ 757/QĐ-BKHCN).")
city.level("NC", "Nâng cao", "Advanced", "Chủ động lựa chọn, thiết kế và cải tiến giải pháp số của chủ đề; hướng dẫn, "
           "hỗ trợ đồng nghiệp.")
CITY_ROWS = [
    ("KNLS.1", "Dữ liệu số: khai thác, phân tích và quản lý dữ liệu trong dạy học và quản lý giáo dục",
     "Digital data: finding, analysing and managing data in teaching and education management"),
    ("KNLS.2", "Học liệu số: lựa chọn, xây dựng, chia sẻ và quản lý học liệu số",
     "Digital learning materials: selecting, creating, sharing and managing them"),
    ("KNLS.3", "An toàn thông tin: bảo vệ thiết bị, tài khoản, dữ liệu cá nhân và dữ liệu của nhà trường",
     "Cybersecurity: protecting devices, accounts, personal data and school data"),
    ("KNLS.4", "Dạy học và đánh giá trực tuyến: tổ chức lớp học, hỗ trợ và đánh giá người học trong môi trường số",
     "Online teaching and assessment: running classes, supporting and assessing learners online"),
    ("KNLS.5", "Bài giảng tương tác: thiết kế và sử dụng bài giảng điện tử, bài giảng tương tác",
     "Interactive lessons: designing and using e-lessons and interactive lessons"),
    ("KNLS.6", "Dịch vụ công trực tuyến: sử dụng dịch vụ công trực tuyến, hồ sơ và văn bản điện tử, hướng dẫn người dân",
     "Online public services: using online public services and electronic records, guiding citizens"),
    ("KNLS.7", "AI và lập trình: hiểu biết, sử dụng có trách nhiệm trí tuệ nhân tạo và tư duy lập trình",
     "AI and coding: understanding and responsibly using artificial intelligence, computational thinking and coding"),
]
for n, (code, vi, en) in enumerate(CITY_ROWS, 1):
    city.item(code, "Competency", vi, en=en, seq=n)
    city.skill(code, "CB")
    city.skill(code, "NC")
# Crosswalks (competency-frameworks.md §3.5, proposal): exactMatchOf where the city track covers the same ground as a
# whole domain/area, isRelatedTo otherwise.
CROSS = {
    "KNLS.1": [("exactMatchOf", vn02, "VN02.1"), ("isRelatedTo", vn02, "VN02.1.1"), ("isRelatedTo", vn02, "VN02.1.2"),
               ("isRelatedTo", vn02, "VN02.1.3"), ("isRelatedTo", dce, "DCE.2.1"), ("isRelatedTo", dce, "DCE.4.2"),
               ("isRelatedTo", dce, "DCE.6.1"), ("isRelatedTo", unesco, "UCFT3.2.KA"),
               ("isRelatedTo", unesco, "UCFT3.2.KD"), ("isRelatedTo", unesco, "UCFT3.6.KA")],
    "KNLS.2": [("exactMatchOf", dce, "DCE.2"), ("isRelatedTo", dce, "DCE.2.2"), ("isRelatedTo", dce, "DCE.2.3"),
               ("isRelatedTo", vn02, "VN02.3.1"), ("isRelatedTo", vn02, "VN02.3.2"), ("isRelatedTo", vn02, "VN02.3.3"),
               ("isRelatedTo", unesco, "UCFT3.4.KD")],
    "KNLS.3": [("isRelatedTo", vn02, "VN02.4.1"), ("isRelatedTo", vn02, "VN02.4.2"), ("isRelatedTo", vn02, "VN02.4.3"),
               ("isRelatedTo", vn02, "VN02.2.6"), ("isRelatedTo", dce, "DCE.2.3"), ("isRelatedTo", dce, "DCE.6.4"),
               ("isRelatedTo", unesco, "UCFT3.5.KA"), ("isRelatedTo", unesco, "UCFT3.4.KA")],
    "KNLS.4": [("isRelatedTo", dce, "DCE.3.1"), ("isRelatedTo", dce, "DCE.3.3"), ("isRelatedTo", dce, "DCE.4.1"),
               ("isRelatedTo", dce, "DCE.4.3"), ("isRelatedTo", vn02, "VN02.2.4"), ("isRelatedTo", unesco, "UCFT3.3.KA"),
               ("isRelatedTo", unesco, "UCFT3.3.KD")],
    "KNLS.5": [("isRelatedTo", dce, "DCE.2.2"), ("isRelatedTo", dce, "DCE.3.3"), ("isRelatedTo", dce, "DCE.5.3"),
               ("isRelatedTo", vn02, "VN02.3.1"), ("isRelatedTo", vn02, "VN02.3.2"), ("isRelatedTo", unesco, "UCFT3.3.KD"),
               ("isRelatedTo", unesco, "UCFT3.4.KD")],
    "KNLS.6": [("isRelatedTo", vn02, "VN02.2.3"), ("isRelatedTo", dce, "DCE.1.1"), ("isRelatedTo", unesco, "UCFT3.5.KD")],
    "KNLS.7": [("isRelatedTo", vn02, "VN02.6.1"), ("isRelatedTo", vn02, "VN02.6.2"), ("isRelatedTo", vn02, "VN02.6.3"),
               ("isRelatedTo", vn02, "VN02.3.4"), ("isRelatedTo", vn02, "VN02.5.3"), ("isRelatedTo", dce, "DCE.6.3"),
               ("isRelatedTo", dce, "DCE.6.5"), ("isRelatedTo", unesco, "UCFT3.4.KD"),
               ("isRelatedTo", unesco, "UCFT3.4.KC")],
}
for code, links in CROSS.items():
    for kind, other, other_code in links:
        city.crosswalk(kind, code, other, other_code)
# Role targets (documented in docs/competency.md): managers Advanced in data, cybersecurity and online public services;
# heads of subject groups Advanced in the teaching tracks; teachers Basic everywhere + Advanced in digital learning
# materials; non-teaching staff Basic in the tracks of their work; IT officers Advanced in the technical tracks.
ALL = [c for c, _, _ in CITY_ROWS]
TARGETS = {
    "CBQL": {"KNLS.1": "NC", "KNLS.3": "NC", "KNLS.6": "NC", **{c: "CB" for c in ["KNLS.2", "KNLS.4", "KNLS.5", "KNLS.7"]}},
    "TTCM": {"KNLS.2": "NC", "KNLS.4": "NC", "KNLS.5": "NC", **{c: "CB" for c in ["KNLS.1", "KNLS.3", "KNLS.6", "KNLS.7"]}},
    "GV": {**{c: "CB" for c in ALL}, "KNLS.2": "NC"},
    "NV": {c: "CB" for c in ["KNLS.1", "KNLS.3", "KNLS.6", "KNLS.7"]},
    "IT": {"KNLS.1": "NC", "KNLS.3": "NC", "KNLS.7": "NC", "KNLS.6": "CB"},
}
for position, goals in TARGETS.items():
    for code in ALL:
        if code in goals:
            city.target(position, code, goals[code])
city.write("hcm-knls.json", {"titleEn": "Digital competency framework for HCMC education managers, teachers and staff "
                             "(HocSo profile)", "editable": True})
