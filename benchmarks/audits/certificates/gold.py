"""Korean official documents and their certified English translations, as a translation agency
produces them for visas, immigration and study abroad, for the certificates audit: both
languages written by hand (helperC51, 2026-12-06), and the gold, as data. All names,
addresses, ID numbers, account numbers and phone numbers are invented.

``FAMILY``: a family relation certificate (가족관계증명서(일반): the 등록기준지 header row, a
table 구분 / 성명 / 출생연월일 / 주민등록번호 / 성별 / 본 with masked ID numbers, 본인 / 부 / 모 /
배우자 / 자녀 rows, the certifying sentence, the date, the issuing office with "(인)" /
"[Seal]", an online-issue watermark line and a page footer Korean only, a translator's note
and the translator's certification English only). ``BASIC``: a basic certificate (detailed)
with its register entries in "[label] value" form (creation, birth, a change of name).
``EMPLOYMENT``: a certificate of employment (재직증명서: a spaced title "재 직 증 명 서", label
lines "성 명: …", a period "~ 현재", the CEO's seal line, a printout stamp Korean only);
``EMPLOYMENT_FORM``, the same as a form (two label–value pairs a row, "2019. 3. 4. ~ 현재").
``TRANSCRIPT``: a university transcript (성적증명서: student rows, a course table by semester
with 이수구분, credits and grades, credit totals and the GPA "4.12 / 4.5", the grading scale).
``DIPLOMA``: a diploma, its English followed by the translator's certification and a
notary's block (English only). ``BALANCE``: a bank's certificate of deposit balance
(label–value rows, an accounts table of figures, a converted total, a proviso of two
sentences).

A document is a list of entries in reading order, as ``finance/gold.py`` writes them (its
``make.lines`` reads them):

  ("P", [(ko, en[, D]), ...][, tag])  a line on each side: its beads, joined by a space;
                                     ko or en "": one side only; D: may pair or not.
  ("S", [(ko, en), ...][, tag])      a line of several sentences on both sides: paired
                                     whole or sentence by sentence.
  ("K", text[, tag]) / ("E", text[, tag])  a line only one side has (left unpaired).
  ("ROW", [ko cells], [en cells][, D])  a table row: a tab-separated line in text; fair
                                     readings: the row whole, or its cells that hold letters
                                     on both sides cell by cell (figures-only cells may pair
                                     or not); D: a header row that may pair or not.

Tags: "h1" a title, "h2" a section heading, "p" a paragraph, "li" a label line, "note" a
small-print line, "foot" a page footer, "seal" the issuer's line.
"""

D = "debatable"

# The agency's certification, at the end of every English translation it delivers.
CERT_EN = [
    ("E", "TRANSLATOR'S CERTIFICATE OF ACCURACY", "h2"),
    ("E", "I, CHOI YUNA, a professional translator with Hanul Translation & Interpretation, hereby certify "
          "that I am competent to translate from Korean into English and that the foregoing is a true, "
          "complete and accurate translation of the original document attached hereto, to the best of my "
          "knowledge and ability."),
    ("E", "Signature: ____________________", "li"),
    ("E", "Name: CHOI YUNA / Translator ID: HTI-0382", "li"),
    ("E", "Date: November 26, 2026", "li"),
    ("E", "Hanul Translation & Interpretation | 5F, 00 Jong-ro 1-gil, Jongno-gu, Seoul 03152 | +82-2-735-0000 "
          "| certified@hanul-ti.example", "foot"),
]

# ---------------------------------------------------------------- 1 a family relation certificate
FAMILY_HEAD = (["구분", "성명", "출생연월일", "주민등록번호", "성별", "본"],
               ["Relationship", "Name", "Date of Birth", "Resident Registration No.", "Sex", "Clan Origin"])
FAMILY = [
    ("P", [("가족관계증명서(일반)", "FAMILY RELATION CERTIFICATE (General)")], "h1"),
    ("ROW", ["등록기준지", "서울특별시 종로구 삼청로 00"], ["Registered Domicile", "00 Samcheong-ro, Jongno-gu, Seoul"]),
    ("ROW", *FAMILY_HEAD),
    ("ROW", ["본인", "김민지(金敏智)", "1990년 01월 01일", "900101-2******", "여", "金海"],
            ["Self", "KIM MINJI", "January 1, 1990", "900101-2******", "Female", "Gimhae"]),
    ("P", [("가족사항", "Family Members")], "h2"),
    ("ROW", *FAMILY_HEAD, D),
    ("ROW", ["부", "김정호(金正浩)", "1961년 07월 23일", "610723-1******", "남", "金海"],
            ["Father", "KIM JEONGHO", "July 23, 1961", "610723-1******", "Male", "Gimhae"]),
    ("ROW", ["모", "이순자(李順子)", "1963년 11월 02일", "631102-2******", "여", "全州"],
            ["Mother", "LEE SOONJA", "November 2, 1963", "631102-2******", "Female", "Jeonju"]),
    ("ROW", ["배우자", "박준혁(朴俊赫)", "1988년 05월 30일", "880530-1******", "남", "密陽"],
            ["Spouse", "PARK JUNHYEOK", "May 30, 1988", "880530-1******", "Male", "Miryang"]),
    ("ROW", ["자녀", "박서윤(朴瑞允)", "2021년 03월 15일", "210315-4******", "여", "密陽"],
            ["Child", "PARK SEOYUN", "March 15, 2021", "210315-4******", "Female", "Miryang"]),
    ("E", "(Translator's note: \"Clan Origin\" renders 본 (bon), the ancestral seat of a family line; the "
          "names in Chinese characters in the original are given in romanized form only.)", "note"),
    ("P", [("위 가족관계증명서는 가족관계등록부의 기록사항과 틀림없음을 증명합니다.",
            "This is to certify that the above Family Relation Certificate is a true statement of the entries "
            "in the Family Relation Register.")]),
    ("P", [("※ 이 증명서는 「가족관계의 등록 등에 관한 법률」 제15조제2항에 따른 일반증명서로, 현재의 혼인 중 자녀만 "
            "기재됩니다.",
            "* This is a general certificate issued under Article 15(2) of the Act on the Registration, etc. of "
            "Family Relationships; it lists only the children of the current marriage.")], "note"),
    ("P", [("2026년 11월 24일", "November 24, 2026")]),
    ("P", [("서울특별시 종로구청장 (인)", "Head of Jongno-gu District Office, Seoul [Seal]")], "seal"),
    ("P", [("신청인: 김민지", "Applicant: KIM MINJI")], "li"),
    ("K", "본 증명서는 인터넷으로 발급되었으며, 정부24(gov.kr)의 전자문서 진위확인 메뉴에서 발급번호를 입력하여 "
          "위변조 여부를 확인할 수 있습니다.", "note"),
    ("K", "발급번호 3941-7726-0518-2203 | 발급일시 2026.11.24 14:32 | 1 / 1", "foot"),
    ("E", "(Translator's note: The original bears an official seal over the issuer's name, a barcode and an "
          "anti-forgery pattern, which are not reproduced here.)", "note"),
    *CERT_EN,
]

# ---------------------------------------------------------------- 2 a basic certificate (detailed)
BASIC = [
    ("P", [("기본증명서(상세)", "BASIC CERTIFICATE (Detailed)")], "h1"),
    ("ROW", ["등록기준지", "전라북도 전주시 완산구 풍남문1길 00"],
            ["Registered Domicile", "00 Pungnammun 1-gil, Wansan-gu, Jeonju-si, Jeollabuk-do"]),
    ("ROW", ["구분", "상세내용"], ["Category", "Details"], D),
    ("ROW", ["작성", "[가족관계등록부작성일] 2008년 01월 01일 [작성사유] 가족관계의 등록 등에 관한 법률 부칙 제3조제1항"],
            ["Creation", "[Date Register Created] January 1, 2008 [Reason] Article 3(1) of the Addenda to the Act "
                         "on the Registration, etc. of Family Relationships"]),
    ("ROW", ["구분", "성명", "출생연월일", "주민등록번호", "성별", "본"],
            ["Relationship", "Name", "Date of Birth", "Resident Registration No.", "Sex", "Clan Origin"]),
    ("ROW", ["본인", "이도현(李到賢)", "1995년 08월 14일", "950814-1******", "남", "全州"],
            ["Self", "LEE DOHYEON", "August 14, 1995", "950814-1******", "Male", "Jeonju"]),
    ("P", [("일반등록사항", "General Registration Details")], "h2"),
    ("ROW", ["구분", "상세내용"], ["Category", "Details"], D),
    ("ROW", ["출생", "[출생일] 1995년 08월 14일 [출생장소] 전라북도 전주시 완산구 [신고일] 1995년 08월 21일 [신고인] 부"],
            ["Birth", "[Date of Birth] August 14, 1995 [Place of Birth] Wansan-gu, Jeonju-si, Jeollabuk-do "
                      "[Date Reported] August 21, 1995 [Reported by] Father"]),
    ("ROW", ["개명", "[개명허가일] 2012년 04월 09일 [허가법원] 전주지방법원 [신고일] 2012년 04월 20일 "
                     "[개명 전 이름] 이동현(李東賢)"],
            ["Change of Name", "[Date of Court Permission] April 9, 2012 [Court] Jeonju District Court "
                               "[Date Reported] April 20, 2012 [Former Name] LEE DONGHYEON"]),
    ("E", "(Translator's note: Jeollabuk-do became Jeonbuk State on January 18, 2024; the address is given "
          "as it appears in the original.)", "note"),
    ("P", [("위 기본증명서(상세)는 가족관계등록부의 기록사항과 틀림없음을 증명합니다.",
            "This is to certify that the above Basic Certificate (Detailed) is a true statement of the entries "
            "in the Family Relation Register.")]),
    ("P", [("2026년 11월 20일", "November 20, 2026")]),
    ("P", [("전주시 완산구청장 (인)", "Head of Wansan-gu District Office, Jeonju [Seal]")], "seal"),
    ("K", "발급번호 1187-0934-6620-5518 | 발급담당자 민원지적과 | ☎ 063-290-0000 | 1 / 1", "foot"),
    *CERT_EN,
]

# ---------------------------------------------------------------- 3 a certificate of employment
EMPLOYMENT = [
    ("P", [("제 2026-0412 호", "No. 2026-0412")], "li"),
    ("P", [("재 직 증 명 서", "CERTIFICATE OF EMPLOYMENT")], "h1"),
    ("P", [("1. 인적사항", "1. Personal Details")], "h2"),
    ("P", [("성    명: 정하은", "Name: JEONG HAEUN")], "li"),
    ("P", [("생년월일: 1992년 4월 17일", "Date of Birth: April 17, 1992")], "li"),
    ("P", [("주    소: 서울특별시 마포구 월드컵북로 00, 101동 1203호",
            "Address: Apt. 101-1203, 00 World Cup buk-ro, Mapo-gu, Seoul")], "li"),
    ("P", [("2. 재직사항", "2. Employment Details")], "h2"),
    ("P", [("회 사 명: 주식회사 누리소프트", "Company: Nurisoft Co., Ltd.")], "li"),
    ("P", [("부    서: 플랫폼개발팀", "Department: Platform Development Team")], "li"),
    ("P", [("직    위: 책임연구원", "Position: Senior Research Engineer")], "li"),
    ("P", [("재직기간: 2019년 3월 4일 ~ 현재 (7년 8개월)", "Period of Employment: March 4, 2019 to present "
            "(7 years and 8 months)")], "li"),
    ("P", [("고용형태: 정규직(주 40시간)", "Employment Type: Permanent, full-time (40 hours a week)")], "li"),
    ("P", [("연    봉: 금 칠천이백만 원정 (₩72,000,000, 세전)",
            "Annual Salary: KRW 72,000,000 (seventy-two million won), before tax")], "li"),
    ("P", [("용    도: 비자 신청용 (주한 캐나다 대사관 제출)", "Purpose: Visa application (for submission to the "
            "Embassy of Canada to Korea)")], "li"),
    ("P", [("위 사람은 당사에 재직하고 있음을 증명합니다.",
            "This is to certify that the above-named person is currently employed by our company.")]),
    ("S", [("※ 본 증명서는 발급일로부터 3개월간 유효합니다.",
            "* This certificate is valid for three months from the date of issue."),
           ("기재 내용의 진위는 인사팀(02-6000-0123)으로 확인하실 수 있습니다.",
            "Its contents may be verified with our Human Resources team at +82-2-6000-0123.")], "note"),
    ("P", [("2026년 11월 18일", "November 18, 2026")]),
    ("P", [("주식회사 누리소프트", "Nurisoft Co., Ltd.")], "seal"),
    ("P", [("서울특별시 강남구 테헤란로 00, 누리타워 8층", "8F Nuri Tower, 00 Teheran-ro, Gangnam-gu, Seoul")], "seal"),
    ("P", [("대표이사  한 승 우  (인)", "HAN SEUNGWOO, Chief Executive Officer [Seal]")], "seal"),
    ("P", [("사업자등록번호 214-81-00000", "Business Registration No. 214-81-00000", D)], "foot"),
    ("E", "(Translator's note: The company seal is stamped over the CEO's name in the original.)", "note"),
    ("K", "이 문서는 누리소프트 전자결재시스템에서 출력되었습니다. (출력일시 2026-11-18 10:42, 출력자 오지영)", "foot"),
]

# ... and the same certificate as most companies print it: a form, two label–value pairs a row
EMPLOYMENT_FORM = [
    ("P", [("제 2026-0412 호", "No. 2026-0412")], "li"),
    ("P", [("재 직 증 명 서", "CERTIFICATE OF EMPLOYMENT")], "h1"),
    ("ROW", ["성    명", "정하은", "생년월일", "1992년 4월 17일"], ["Name", "JEONG HAEUN", "Date of Birth", "April 17, 1992"]),
    ("ROW", ["주    소", "서울특별시 마포구 월드컵북로 00, 101동 1203호"],
            ["Address", "Apt. 101-1203, 00 World Cup buk-ro, Mapo-gu, Seoul"]),
    ("ROW", ["회 사 명", "주식회사 누리소프트", "사업자등록번호", "214-81-00000"],
            ["Company", "Nurisoft Co., Ltd.", "Business Registration No.", "214-81-00000"]),
    ("ROW", ["부    서", "플랫폼개발팀", "직    위", "책임연구원"],
            ["Department", "Platform Development Team", "Position", "Senior Research Engineer"]),
    ("ROW", ["재직기간", "2019. 3. 4. ~ 현재", "고용형태", "정규직"],
            ["Period of Employment", "March 4, 2019 to present", "Employment Type", "Permanent, full-time"]),
    ("ROW", ["용    도", "비자 신청용 (주한 캐나다 대사관 제출)"],
            ["Purpose", "Visa application (for submission to the Embassy of Canada to Korea)"]),
    ("P", [("위 사람은 당사에 재직하고 있음을 증명합니다.",
            "This is to certify that the above-named person is currently employed by our company.")]),
    ("P", [("2026년 11월 18일", "November 18, 2026")]),
    ("P", [("주식회사 누리소프트", "Nurisoft Co., Ltd.")], "seal"),
    ("P", [("대표이사  한 승 우  (인)", "HAN SEUNGWOO, Chief Executive Officer [Seal]")], "seal"),
    ("E", "(Translator's note: The company seal is stamped over the CEO's name in the original.)", "note"),
    *CERT_EN,
]

# ---------------------------------------------------------------- 4 a university transcript
TRANSCRIPT = [
    ("P", [("한빛대학교", "HANBIT UNIVERSITY")], "h1"),
    ("P", [("성적증명서", "OFFICIAL TRANSCRIPT")], "h1"),
    ("ROW", ["성명", "윤서진"], ["Name", "YOON SEOJIN"]),
    ("ROW", ["학번", "2015110417"], ["Student ID", "2015110417"]),
    ("ROW", ["생년월일", "1996년 2월 9일"], ["Date of Birth", "February 9, 1996"]),
    ("ROW", ["소속", "공과대학 컴퓨터공학과"], ["College / Department", "College of Engineering, Department of "
                                                             "Computer Science and Engineering"]),
    ("ROW", ["입학일", "2015년 3월 2일"], ["Date of Admission", "March 2, 2015"]),
    ("ROW", ["졸업일", "2019년 2월 22일"], ["Date of Graduation", "February 22, 2019"]),
    ("ROW", ["학위", "공학사"], ["Degree", "Bachelor of Engineering"]),
    ("ROW", ["이수구분", "교과목명", "학점", "성적"], ["Category", "Course Title", "Credits", "Grade"], D),
    ("P", [("2015학년도 1학기", "2015 Spring Semester")], "h2"),
    ("ROW", ["교양필수", "대학글쓰기", "3", "A0"], ["General Required", "College Writing", "3", "A"]),
    ("ROW", ["교양필수", "영어회화1", "2", "A+"], ["General Required", "English Conversation 1", "2", "A+"]),
    ("ROW", ["전공기초", "미적분학1", "3", "B+"], ["Major Basic", "Calculus 1", "3", "B+"]),
    ("ROW", ["전공기초", "컴퓨터프로그래밍", "3", "A+"], ["Major Basic", "Computer Programming", "3", "A+"]),
    ("ROW", ["교양선택", "현대사회와 윤리", "2", "P"], ["General Elective", "Ethics in Modern Society", "2", "P"]),
    ("P", [("2015학년도 2학기", "2015 Fall Semester")], "h2"),
    ("ROW", ["전공기초", "이산수학", "3", "A0"], ["Major Basic", "Discrete Mathematics", "3", "A"]),
    ("ROW", ["전공필수", "자료구조", "3", "A+"], ["Major Required", "Data Structures", "3", "A+"]),
    ("ROW", ["전공기초", "일반물리학및실험1", "4", "B0"], ["Major Basic", "General Physics and Laboratory 1", "4", "B"]),
    ("ROW", ["교양선택", "한국사의 이해", "3", "A0"], ["General Elective", "Understanding Korean History", "3", "A"]),
    ("P", [("2018학년도 2학기", "2018 Fall Semester")], "h2"),
    ("ROW", ["전공필수", "졸업프로젝트", "3", "A+"], ["Major Required", "Capstone Design Project", "3", "A+"]),
    ("ROW", ["전공선택", "기계학습", "3", "A+"], ["Major Elective", "Machine Learning", "3", "A+"]),
    ("ROW", ["전공선택", "컴퓨터보안", "3", "A0"], ["Major Elective", "Computer Security", "3", "A"]),
    ("ROW", ["일반선택", "현장실습(인턴십)", "6", "P"], ["Free Elective", "Field Practicum (Internship)", "6", "P"]),
    ("E", "(Translator's note: Semesters 2016-1 through 2018-1 appear on pages 2 and 3 of the original and are "
          "translated on the following pages.)", "note"),
    ("ROW", ["총 취득학점", "132"], ["Total Credits Earned", "132"]),
    ("ROW", ["평점평균", "4.12 / 4.5"], ["Cumulative GPA", "4.12/4.5"]),
    ("ROW", ["백분위 환산점수", "95.2"], ["Percentage Equivalent", "95.2"]),
    ("P", [("성적 평가 기준: A+(4.5), A0(4.0), B+(3.5), B0(3.0), C+(2.5), C0(2.0), D+(1.5), D0(1.0), F(0)",
            "Grading scale: A+ (4.5), A (4.0), B+ (3.5), B (3.0), C+ (2.5), C (2.0), D+ (1.5), D (1.0), F (0)")],
     "note"),
    ("P", [("P(Pass)/NP(Non-Pass) 과목은 평점평균 산출에서 제외됩니다.",
            "Courses graded P (Pass) or NP (Non-Pass) are not included in the GPA.")], "note"),
    ("P", [("위 사실을 증명합니다.", "This is to certify that the above is true and correct.")]),
    ("P", [("2026년 11월 19일", "November 19, 2026")]),
    ("P", [("한빛대학교 총장 (직인)", "President, Hanbit University [Official Seal]")], "seal"),
    ("K", "이 증명서는 인터넷 증명발급 시스템에서 발급되었습니다. 문서확인번호 8F3K-22QX-71MA", "foot"),
]

# ---------------------------------------------------------------- 5 a diploma, with the notary's block
NOTARY_EN = [
    ("E", "NOTARIAL CERTIFICATE", "h2"),
    ("E", "Registered No. 2026-4471", "li"),
    ("E", "CHOI YUNA, the translator, personally appeared before me and swore under oath that the attached "
          "translation is faithful to the original document."),
    ("E", "This is hereby notarized on this 27th day of November, 2026, at this office."),
    ("E", "KANG TAEMIN, Notary Public", "seal"),
    ("E", "Sejong Notary Office, 00 Seocho-daero, Seocho-gu, Seoul | Affiliated with the Seoul Central District "
          "Prosecutors' Office", "foot"),
]

DIPLOMA = [
    ("P", [("제 2019(학)0417 호", "No. 2019(B)0417")], "li"),
    ("P", [("학  위  기", "DIPLOMA")], "h1"),
    ("P", [("성    명: 윤 서 진", "Name: YOON SEOJIN")], "li"),
    ("P", [("생년월일: 1996년 2월 9일", "Date of Birth: February 9, 1996")], "li"),
    ("P", [("위 사람은 본 대학교 공과대학 컴퓨터공학과의 학사학위과정을 이수하였으므로 공학사의 학위를 수여합니다.",
            "The above-named person, having completed the undergraduate program of the Department of Computer "
            "Science and Engineering, College of Engineering, is hereby awarded the degree of Bachelor of "
            "Engineering.")]),
    ("P", [("2019년 2월 22일", "February 22, 2019")]),
    ("P", [("한빛대학교 총장  공학박사  서 지 원", "SEO JIWON, Ph.D. in Engineering, President of Hanbit University")],
     "seal"),
    ("P", [("한빛대학교 공과대학장  이학박사  문 경 호", "MOON KYUNGHO, Ph.D. in Science, Dean of the College of "
            "Engineering")], "seal"),
    ("P", [("학위등록번호: 한빛대 2019(학)0417", "Degree Registration No.: Hanbit Univ. 2019(B)0417")], "li"),
    ("E", "(Translator's note: The original bears the university's official seal and an embossed stamp.)", "note"),
    *CERT_EN,
    *NOTARY_EN,
]

# ---------------------------------------------------------------- 6 a certificate of deposit balance
BALANCE = [
    ("P", [("예금잔액증명서", "CERTIFICATE OF DEPOSIT BALANCE")], "h1"),
    ("ROW", ["예금주", "윤서진"], ["Account Holder", "YOON SEOJIN"]),
    ("ROW", ["생년월일", "1996.02.09"], ["Date of Birth", "February 9, 1996"]),
    ("ROW", ["기준일", "2026.11.25 현재"], ["Reference Date", "As of November 25, 2026"]),
    ("ROW", ["용도", "유학(비자) 신청용"], ["Purpose", "Student visa application"]),
    ("ROW", ["계좌번호", "예금종류", "통화", "잔액"], ["Account No.", "Type of Account", "Currency", "Balance"], D),
    ("ROW", ["110-***-123456", "보통예금", "KRW", "18,450,200"],
            ["110-***-123456", "Ordinary Savings Deposit", "KRW", "18,450,200"]),
    ("ROW", ["110-***-654321", "정기예금", "KRW", "30,000,000"],
            ["110-***-654321", "Time Deposit", "KRW", "30,000,000"]),
    ("ROW", ["221-***-000118", "외화보통예금", "USD", "12,300.55"],
            ["221-***-000118", "Foreign Currency Savings Deposit", "USD", "12,300.55"]),
    ("ROW", ["합계", "원화 환산", "KRW", "65,357,305"], ["Total", "KRW equivalent", "KRW", "65,357,305"]),
    ("P", [("※ 외화예금은 기준일의 매매기준율(USD 1 = KRW 1,374.50)로 환산하였습니다.",
            "* Foreign currency balances have been converted at the base rate on the reference date "
            "(USD 1 = KRW 1,374.50).")], "note"),
    ("P", [("위 금액이 기준일 현재 당행에 예치되어 있음을 증명합니다.",
            "We hereby certify that the above amounts were held on deposit with our bank as of the reference "
            "date.")]),
    ("S", [("이 증명서는 잔액을 증명할 뿐이며, 예금의 양도나 질권 설정을 위하여 사용할 수 없습니다.",
            "This certificate attests to the balances only and may not be used to assign or pledge the "
            "deposits."),
           ("발급 이후의 입출금 내역은 반영되지 않습니다.",
            "Deposits and withdrawals made after it was issued are not reflected.")], "note"),
    ("P", [("2026년 11월 25일", "November 25, 2026")]),
    ("P", [("주식회사 한빛은행 광화문지점장 (인)", "Branch Manager, Gwanghwamun Branch, Hanbit Bank Co., Ltd. [Seal]")],
     "seal"),
    ("K", "발급번호 2026112500417 | 발급자 창구 03 | 본 증명서는 발급일로부터 30일 이내에 제출하여 주십시오.", "foot"),
    *CERT_EN,
]
