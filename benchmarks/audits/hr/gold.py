"""A recruiting agency's and an HR department's Korean–English material for the hr audit,
both languages written by hand, and its gold, as data.

``POSTING_A``: a fintech's data analyst opening on its own careers site (company intro,
담당업무 / Responsibilities, 자격요건 / Requirements, 우대사항 / Preferred, 근무조건 /
Benefits as bullet fragments without full stops, "연봉 4,000만~5,000만 원 (협의)", "경력 3년
이상", location, deadline "~2026.12.31(목)", "채용 시 마감", a line each side only).
``POSTING_B``: a recruiting agency's overseas sales manager opening on a job board (the
agency's note Korean only, a visa line English only). Both become HTML pages with site
chrome (``make.py``). ``RESUME``: the analyst's résumé / CV in label–value form (name,
romanized name, date of birth, phone, e-mail, education and experience with date ranges,
achievements with numbers, certifications, skills; 병역 and 희망 연봉 Korean only,
references English only). ``COVER``: her 자기소개서 and its looser English cover letter (a
paragraph of three Korean sentences condensed to one English sentence, a paragraph English
only, the salutation English only, the sign-off). ``CONTRACT``: an employment contract
excerpt (제1조(근로계약기간) / Article 1 (Term of Employment) …, dates, amounts, a
signature block). ``NOTICE``: an HR notice of the annual leave policy with a table of years
of service against days (``LEAVE``, also a .csv sheet).

A document is a list of entries, its lines in reading order:

  ("P", [(ko, en[, D]), ...][, tag])  a line on each side, its sentences' gold pairs, joined
                                by a space into one line; ko or en "": that sentence one
                                side only (to be left unpaired); D: a pair that may be made
                                or not. ``tag``: the line's kind in HTML or Word ("h1",
                                "h2", "li", "p"; default "p").
  ("G", [(ko, en), ...])       a line of sentences whose gold is its pairs, or the line whole.
  ("K", text[, tag]) / ("E", text[, tag])  a line only the Korean / English side has.
  ("L", ko_label, ko_value, en_label, en_value)  a label–value line: "label: value" in a
                                text file, a row of two cells in a Word table. Gold: the
                                whole line, or its label and its value each a pair (a value
                                the same on both sides, an e-mail, may pair or not).
"""

D = "debatable"

# ---------------------------------------------------------------- 1 job posting, a company's careers site
POSTING_A = [
    ("P", [("[하늘페이] 데이터 분석가 (경력 3년 이상)", "[Haneul Pay] Data Analyst (3+ years of experience)")], "h1"),
    ("P", [("데이터플랫폼팀 · 정규직 · 서울 강남구", "Data Platform Team · Full-time · Gangnam-gu, Seoul", D)]),
    ("P", [("회사 소개", "About us")], "h2"),
    ("P", [("하늘페이는 2018년에 설립된 간편결제 전문 핀테크 기업입니다.",
            "Founded in 2018, Haneul Pay is a fintech company specializing in simple mobile payments."),
           ("현재 월간 활성 이용자 620만 명, 가맹점 18만 곳이 하늘페이로 결제하고 있습니다.",
            "Today 6.2 million monthly active users and 180,000 merchants rely on our service."),
           ("우리는 데이터로 의사결정을 내리고, 누구나 질문하고 반박할 수 있는 문화를 지향합니다.",
            "We make decisions with data, and we want a culture where anyone can ask questions and push back.")]),
    ("P", [("담당업무", "Responsibilities")], "h2"),
    ("P", [("결제·송금 서비스의 핵심 지표 정의 및 대시보드 구축·운영",
            "Define key metrics for our payment and transfer services and build and maintain dashboards")], "li"),
    ("P", [("A/B 테스트 설계 및 결과 분석을 통한 제품 개선안 도출",
            "Design A/B tests and analyze the results to propose product improvements")], "li"),
    ("P", [("이상거래 탐지 모델의 성능 모니터링 및 개선",
            "Monitor and improve the performance of our fraud detection models")], "li"),
    ("P", [("사업·마케팅 부서의 데이터 요청 대응 및 분석 리포트 작성",
            "Handle data requests from business and marketing teams and write analysis reports")], "li"),
    ("P", [("자격요건", "Requirements")], "h2"),
    ("P", [("데이터 분석 실무 경력 3년 이상", "3+ years of hands-on experience in data analysis")], "li"),
    ("P", [("SQL을 이용한 대용량 데이터 추출 및 가공 능력",
            "Strong SQL skills for extracting and processing large datasets")], "li"),
    ("P", [("Python 또는 R을 활용한 통계 분석 경험", "Experience with statistical analysis in Python or R")], "li"),
    ("P", [("분석 결과를 비개발 직군에게 쉽게 설명할 수 있는 커뮤니케이션 역량",
            "Ability to explain findings clearly to non-technical colleagues")], "li"),
    ("P", [("우대사항", "Preferred qualifications")], "h2"),
    ("P", [("금융 또는 핀테크 업계 경력", "Experience in finance or fintech")], "li"),
    ("P", [("Tableau, Looker 등 BI 도구 활용 경험", "Experience with BI tools such as Tableau or Looker")], "li"),
    ("P", [("통계학, 산업공학, 컴퓨터공학 등 관련 전공 석사 이상",
            "Master's degree or higher in statistics, industrial engineering, computer science or a related field")], "li"),
    ("K", "ADsP, SQLD 등 데이터 관련 자격증 보유자", "li"),
    ("P", [("근무조건 및 복리후생", "Compensation & benefits")], "h2"),
    ("P", [("연봉 4,000만~5,000만 원 (협의)", "KRW 40–50 million per year (negotiable)")], "li"),
    ("P", [("주 5일 근무 (09:00~18:00, 시차출퇴근제 운영)",
            "Five-day week, 9 a.m. to 6 p.m., with flexible start times")], "li"),
    ("P", [("점심 식대 및 통신비 지원", "Lunch and mobile phone allowances")], "li"),
    ("P", [("연 100만 원 자기계발비 지원", "KRW 1 million a year for professional development")], "li"),
    ("P", [("입사 후 6개월 수습기간 (급여 100% 지급)", "6-month probation at full pay")], "li"),
    ("E", "Relocation support for candidates moving from outside the Seoul area", "li"),
    ("P", [("전형 절차", "Hiring process")], "h2"),
    ("P", [("서류 전형 → 과제 전형 → 1차 면접(실무) → 2차 면접(임원) → 처우 협의 → 최종 합격",
            "Application review → Take-home assignment → Technical interview → Executive interview → Offer → Hire")]),
    ("P", [("근무지", "Location")], "h2"),
    ("P", [("서울특별시 강남구 테헤란로 152, 11층 (역삼역 3번 출구 도보 3분)",
            "11F, 152 Teheran-ro, Gangnam-gu, Seoul (3-minute walk from Yeoksam Station, Exit 3)")]),
    ("P", [("접수 기간", "Application period")], "h2"),
    ("P", [("~2026.12.31(목) 23:59까지", "Until 11:59 p.m., Thursday, December 31, 2026")]),
    ("P", [("※ 적합한 인재를 찾으면 채용 시 마감될 수 있습니다.",
            "※ Open until filled: we may close the posting early once we find the right person.")]),
    ("P", [("문의: recruit@haneulpay.co.kr", "Questions: recruit@haneulpay.co.kr")]),
]

# ---------------------------------------------------------------- 2 job posting, a recruiting agency's board
POSTING_B = [
    ("P", [("[코스메틱 브랜드] 해외영업 매니저 (일본·동남아)",
            "[Cosmetics Brand] Overseas Sales Manager (Japan & Southeast Asia)")], "h1"),
    ("P", [("브릿지HR 헤드헌팅 | 공고번호 BH-26-0417", "Bridge HR Executive Search | Job ID BH-26-0417", D)]),
    ("K", "본 공고는 고객사의 요청에 따라 회사명을 비공개로 진행합니다. 서류 검토 후 개별 연락 드립니다."),
    ("P", [("포지션 개요", "Position overview")], "h2"),
    ("P", [("국내 매출 1,200억 원 규모의 스킨케어 브랜드에서 일본 및 동남아 시장을 총괄할 해외영업 매니저를 모십니다.",
            "A skincare brand with KRW 120 billion in domestic sales is looking for an Overseas Sales Manager to lead its business in Japan and Southeast Asia."),
           ("현지 유통 파트너와의 관계를 주도적으로 관리하실 분을 찾습니다.",
            "You will own the relationships with our local distribution partners.")]),
    ("P", [("주요 업무", "What you'll do")], "h2"),
    ("P", [("일본·태국·베트남 유통사 및 온라인 채널 영업 관리", "Manage distributors and online channels in Japan, Thailand and Vietnam")], "li"),
    ("P", [("국가별 연간 매출 목표 수립 및 실적 관리", "Set annual sales targets by country and track performance")], "li"),
    ("P", [("해외 박람회 참가 및 신규 바이어 발굴", "Represent the brand at international trade shows and find new buyers")], "li"),
    ("P", [("자격 요건", "Requirements")], "h2"),
    ("P", [("해외영업 경력 5년 이상 (뷰티·소비재 업계 선호)",
            "5+ years in overseas sales, ideally in beauty or consumer goods")], "li"),
    ("P", [("비즈니스 영어 능통, 일본어 가능자 우대",
            "Fluent business English; Japanese is a strong plus")], "li"),
    ("P", [("해외 출장 가능자 (분기별 1~2회)", "Able to travel abroad once or twice a quarter")], "li"),
    ("P", [("근무 조건", "Terms")], "h2"),
    ("P", [("연봉 6,000만~7,500만 원 (경력에 따라 협의)", "KRW 60–75 million per year, depending on experience")], "li"),
    ("P", [("근무지: 서울 성동구 성수동", "Location: Seongsu-dong, Seongdong-gu, Seoul")], "li"),
    ("P", [("고용형태: 정규직 (수습 3개월)", "Employment type: Full-time (3-month probation)")], "li"),
    ("E", "Candidates must be eligible to work in Korea; visa sponsorship is not available.", "li"),
    ("P", [("마감일: 채용 시 마감", "Deadline: Open until filled")]),
    ("P", [("담당 컨설턴트: 이서준 수석 (seojun.lee@bridgehr.kr / 02-6952-3310)",
            "Consultant: Lee Seo-jun, Senior Consultant (seojun.lee@bridgehr.kr / +82-2-6952-3310)")]),
]

# ---------------------------------------------------------------- 3 résumé / CV (two .docx tables, two .txt)
# Each section: a heading, then rows. ("L", …) rows are label–value lines; ("P", …) lines are
# free lines (an entry of a list, an achievement).
RESUME = [
    ("P", [("이력서", "Curriculum Vitae")], "h1"),
    ("P", [("인적사항", "Personal details")], "h2"),
    ("L", "성명", "김민지", "Name", "Kim Min-ji"),
    ("K", "영문 성명: KIM MINJI"),
    ("L", "생년월일", "1996년 7월 15일", "Date of birth", "July 15, 1996"),
    ("L", "연락처", "010-4821-7735", "Phone", "+82-10-4821-7735"),
    ("L", "이메일", "minji.kim.data@gmail.com", "E-mail", "minji.kim.data@gmail.com"),
    ("L", "주소", "서울특별시 마포구 성미산로 27", "Address", "27 Seongmisan-ro, Mapo-gu, Seoul"),
    ("K", "병역: 해당 없음"),
    ("P", [("학력", "Education")], "h2"),
    ("L", "2019.03 – 2021.02", "연세대학교 대학원 통계학과 석사 (학점 4.1/4.3)",
     "Mar 2019 – Feb 2021", "M.S. in Statistics, Yonsei University (GPA 4.1/4.3)"),
    ("L", "2015.03 – 2019.02", "성균관대학교 통계학과 학사 (학점 3.8/4.5)",
     "Mar 2015 – Feb 2019", "B.S. in Statistics, Sungkyunkwan University (GPA 3.8/4.5)"),
    ("P", [("경력", "Work experience")], "h2"),
    ("L", "2021.03 – 현재", "(주)모아커머스 데이터분석팀 선임 분석가",
     "Mar 2021 – Present", "Senior Data Analyst, Data Analytics Team, Moa Commerce Inc."),
    ("P", [("고객 이탈 예측 모델을 개발해 재구매율 12%p 향상",
            "Built a churn prediction model that raised the repeat purchase rate by 12 percentage points")], "li"),
    ("P", [("추천 영역 A/B 테스트 40여 건을 설계·분석하여 추천 상품 매출 30% 증가",
            "Designed and analyzed more than 40 A/B tests on product recommendations, increasing recommendation sales by 30%")], "li"),
    ("P", [("Tableau 경영 대시보드 구축으로 주간 보고 작성 시간 8시간 → 1시간 단축",
            "Cut weekly reporting time from 8 hours to 1 by building executive dashboards in Tableau")], "li"),
    ("L", "2020.07 – 2020.12", "한빛카드 리스크관리부 인턴",
     "Jul 2020 – Dec 2020", "Intern, Risk Management Department, Hanbit Card"),
    ("P", [("카드 부정사용 탐지 규칙 20종의 적중률 분석 및 개선안 보고",
            "Analyzed the hit rates of 20 card fraud detection rules and reported recommendations")], "li"),
    ("P", [("자격증 및 어학", "Certifications & languages")], "h2"),
    ("L", "2023.05", "TOEIC 950", "May 2023", "TOEIC 950"),
    ("L", "2022.11", "SQL 개발자(SQLD)", "Nov 2022", "SQL Developer (SQLD)"),
    ("L", "2020.09", "데이터분석 준전문가(ADsP)", "Sep 2020", "Advanced Data Analytics Semi-Professional (ADsP)"),
    ("P", [("보유 기술", "Skills")], "h2"),
    ("L", "분석", "Python (pandas, scikit-learn), R, SQL", "Analysis", "Python (pandas, scikit-learn), R, SQL"),
    ("L", "시각화", "Tableau, Looker Studio", "Visualization", "Tableau, Looker Studio"),
    ("L", "기타", "BigQuery, Airflow, Git", "Other", "BigQuery, Airflow, Git"),
    ("K", "희망 연봉: 회사 내규에 따름"),
    ("E", "References available upon request."),
    ("P", [("위의 기재 사항은 사실과 틀림없음을 확인합니다.", "I certify that the information above is true and correct.", D)]),
    ("P", [("2026년 12월 10일", "December 10, 2026")]),
    ("P", [("지원자: 김민지 (서명)", "Applicant: Kim Min-ji (signature)")]),
]

# ---------------------------------------------------------------- 4 cover letter (two .txt, one bilingual .txt)
COVER = [
    ("P", [("자기소개서", "Cover Letter")]),
    ("E", "Dear Hiring Manager,"),
    ("P", [("1. 지원 동기", "Why Haneul Pay")]),
    ("P", [("저는 대학 시절 처음 간편결제 앱을 쓰면서, 버튼 하나로 돈이 오가는 경험 뒤에 얼마나 많은 데이터가 쌓이는지 궁금해졌습니다.",
            "I first became curious about payments data in college, when I started using a mobile payment app and wondered how much data piled up behind a single tap."),
           ("그 궁금증이 통계학 석사 과정과 이커머스 데이터 분석가로서의 5년으로 이어졌습니다.",
            "That curiosity led me to a master's in statistics and then to five years as an e-commerce data analyst."),
           ("하늘페이가 올해 발표한 '이상거래 탐지 고도화' 사례를 읽고, 제가 쌓아 온 실험 설계와 모델링 경험을 결제 데이터에서 펼쳐 보고 싶다는 생각이 확고해졌습니다.",
            "Reading about Haneul Pay's work this year on improving fraud detection convinced me that payments are where I want to put my experience in experiment design and modeling to use.")]),
    ("P", [("2. 직무 관련 경험", "What I have done")]),
    ("P", [("모아커머스에서 저는 추천 영역의 A/B 테스트를 40건 넘게 설계하고 분석했습니다.",
            "At Moa Commerce I have designed and analyzed more than 40 A/B tests on our recommendation features."),
           ("처음에는 실험마다 표본 크기를 감으로 정하는 경우가 많아 결과를 믿기 어려웠습니다.",
            "At first, sample sizes were often set by gut feeling, which made the results hard to trust."),
           ("그래서 검정력 계산 템플릿과 실험 리뷰 절차를 만들어 팀 전체에 공유했고, 그 결과 결론을 내리지 못하고 종료되는 실험의 비율이 35%에서 10% 아래로 줄었습니다.",
            "I built a power calculation template and an experiment review process for the whole team, and the share of tests that ended without a conclusion fell from 35% to under 10%."),
           ("이 과정에서 추천 상품 매출은 30% 늘었습니다.",
            "Along the way, sales from recommendations grew by 30%.")]),
    # three Korean sentences condensed into one English sentence
    ("P", [("고객 이탈 예측 모델을 만들 때는 모델의 정확도보다 현업이 실제로 쓸 수 있는지를 먼저 고민했습니다. "
            "마케팅팀과 매주 회의를 하며 어떤 고객에게 언제 쿠폰을 보내야 하는지를 함께 정했습니다. "
            "덕분에 모델은 실제 캠페인에 적용되었고 재구매율이 12%p 올랐습니다.",
            "When I built a churn prediction model, I worked week by week with the marketing team so that it would drive real campaigns rather than just score well, and repeat purchases rose by 12 percentage points.")]),
    ("P", [("3. 일하는 방식", "How I work")]),
    ("P", [("저는 분석 결과를 전달할 때 숫자보다 결정을 먼저 이야기하려고 노력합니다.",
            "When I present an analysis, I try to lead with the decision, not the numbers."),
           ("경영진 대시보드를 만들면서 주간 보고에 들던 시간을 8시간에서 1시간으로 줄였지만, 더 큰 성과는 회의에서 '그래서 무엇을 해야 하느냐'는 질문이 줄어든 것이었습니다.",
            "My executive dashboards cut weekly reporting from eight hours to one, but the bigger win was hearing \"So what should we do?\" far less often in meetings.")]),
    # a paragraph the English only has
    ("E", "I am currently based in Seoul and available to start in February 2027. "
          "I hold Korean citizenship and do not require visa sponsorship."),
    ("P", [("4. 입사 후 포부", "What I hope to do at Haneul Pay")]),
    ("P", [("입사 후에는 결제 퍼널 전반의 지표 체계를 정비하고, 이상거래 탐지 모델의 성능을 비즈니스 관점에서 점검하는 일부터 시작하고 싶습니다.",
            "I would like to start by tidying up the metrics across the payment funnel and reviewing the fraud detection models from a business perspective."),
           ("데이터를 가장 잘 아는 사람이 아니라, 데이터로 동료의 일을 가장 쉽게 만들어 주는 분석가가 되겠습니다.",
            "My goal is not to be the person who knows the data best, but the analyst who makes colleagues' work easiest with it.")]),
    ("P", [("긴 글 읽어 주셔서 감사합니다.", "Thank you for your time and consideration.")]),
    ("P", [("김민지 드림", "Sincerely, Kim Min-ji")]),
]

# ---------------------------------------------------------------- 5 employment contract (two PDFs, two .txt)
CONTRACT = [
    ("P", [("근로계약서", "Employment Contract")], "h1"),
    ("P", [("주식회사 하늘페이(이하 \"회사\")와 김민지(이하 \"근로자\")는 다음과 같이 근로계약을 체결한다.",
            "Haneul Pay Co., Ltd. (the \"Company\") and Kim Min-ji (the \"Employee\") enter into this employment contract on the following terms.")]),
    ("P", [("제1조(근로계약기간)", "Article 1 (Term of Employment)")], "h2"),
    ("P", [("근로계약기간은 2027년 2월 1일부터 기간의 정함이 없는 것으로 한다.",
            "The Employee's employment begins on February 1, 2027 and is for an indefinite term."),
           ("다만, 입사일로부터 6개월은 수습기간으로 한다.",
            "The first six months from the start date are a probationary period.")]),
    ("P", [("제2조(근무장소 및 업무)", "Article 2 (Place of Work and Duties)")], "h2"),
    ("P", [("근무장소는 서울특별시 강남구 테헤란로 152 회사 본사로 하며, 근로자는 데이터플랫폼팀에서 데이터 분석 업무를 수행한다.",
            "The Employee will work at the Company's head office at 152 Teheran-ro, Gangnam-gu, Seoul, as a data analyst in the Data Platform Team.")]),
    ("P", [("제3조(근로시간 및 휴게)", "Article 3 (Working Hours and Breaks)")], "h2"),
    ("P", [("소정근로시간은 09:00부터 18:00까지로 하며, 휴게시간은 12:00부터 13:00까지로 한다.",
            "Regular working hours are from 9:00 a.m. to 6:00 p.m., with a break from 12:00 p.m. to 1:00 p.m."),
           ("업무상 필요한 경우 근로자와 합의하여 시차출퇴근제를 적용할 수 있다.",
            "Where the work requires, flexible start times may apply by agreement with the Employee.")]),
    ("P", [("제4조(임금)", "Article 4 (Wages)")], "h2"),
    ("P", [("연봉은 금 사천팔백만 원(48,000,000원)으로 하며, 이를 12개월로 나누어 매월 4,000,000원을 지급한다.",
            "The annual salary is KRW 48,000,000, paid in twelve monthly installments of KRW 4,000,000."),
           ("임금은 매월 25일에 근로자 명의의 예금계좌로 지급하며, 지급일이 휴일인 경우 그 전날 지급한다.",
            "Wages are paid into the Employee's bank account on the 25th of each month, or on the preceding day if the 25th is a holiday.")]),
    ("P", [("연장·야간·휴일근로에 대하여는 근로기준법에 따라 통상임금의 50%를 가산하여 지급한다.",
            "Overtime, night and holiday work is paid at an additional 50% of the ordinary wage under the Labor Standards Act.")]),
    ("P", [("제5조(연차유급휴가)", "Article 5 (Paid Annual Leave)")], "h2"),
    ("P", [("연차유급휴가는 근로기준법 및 회사의 취업규칙에서 정하는 바에 따라 부여한다.",
            "Paid annual leave is granted in accordance with the Labor Standards Act and the Company's Rules of Employment.")]),
    ("P", [("제6조(비밀유지)", "Article 6 (Confidentiality)")], "h2"),
    ("P", [("근로자는 재직 중은 물론 퇴직 후에도 업무상 알게 된 회사의 영업비밀과 고객 정보를 누설하여서는 아니 된다.",
            "During and after employment, the Employee shall not disclose any trade secrets or customer information of the Company learned in the course of the work.")]),
    ("K", "제7조(기타) 이 계약에 정함이 없는 사항은 근로기준법 및 회사의 취업규칙에 따른다."),
    ("E", "This English translation is provided for reference only. In case of any discrepancy, the Korean original shall prevail."),
    ("P", [("2026년 12월 28일", "December 28, 2026")]),
    ("P", [("(회사) 주식회사 하늘페이 대표이사 박정훈 (인)",
            "Company: Haneul Pay Co., Ltd., by Park Jung-hoon, CEO (seal)")]),
    ("P", [("주소: 서울특별시 강남구 테헤란로 152, 11층",
            "Address: 11F, 152 Teheran-ro, Gangnam-gu, Seoul")]),
    ("P", [("(근로자) 김민지 (서명)", "Employee: Kim Min-ji (signature)")]),
    ("P", [("연락처: 010-4821-7735", "Phone: +82-10-4821-7735")]),
]

# ---------------------------------------------------------------- 6 HR notice: annual leave (two .txt; the table as .csv)
# The leave table: (years of service ko, en, days ko, en)
LEAVE = [
    ("1년 미만", "Less than 1 year", "1개월 개근 시 1일 (최대 11일)", "1 day per month of full attendance (up to 11)"),
    ("1년 이상 3년 미만", "1 to less than 3 years", "15일", "15 days"),
    ("3년 이상 5년 미만", "3 to less than 5 years", "16일", "16 days"),
    ("5년 이상 7년 미만", "5 to less than 7 years", "17일", "17 days"),
    ("7년 이상 9년 미만", "7 to less than 9 years", "18일", "18 days"),
    ("9년 이상 11년 미만", "9 to less than 11 years", "19일", "19 days"),
    ("11년 이상 21년 미만", "11 to less than 21 years", "20~24일 (2년마다 1일 가산)", "20–24 days (1 more day every 2 years)"),
    ("21년 이상", "21 years or more", "25일 (상한)", "25 days (maximum)"),
]

NOTICE = [
    ("P", [("[인사팀 공지] 2027년 연차휴가 운영 기준 안내", "[HR Notice] Annual Leave Policy for 2027")]),
    ("P", [("게시일: 2026.12.15 | 작성: 인사팀 최유나", "Posted: Dec 15, 2026 | By Choi Yu-na, HR", D)]),
    # the English greeting runs on with a comma into one sentence: the 2-1 is fair as well (make.py)
    ("G", [("임직원 여러분, 안녕하세요.", "Dear colleagues,"),
           ("2027년 1월 1일부터 적용되는 연차휴가 운영 기준을 아래와 같이 안내드립니다.",
            "Please see below for our annual leave policy, effective January 1, 2027.")]),
    ("P", [("1. 연차 발생 기준", "1. Leave entitlement")]),
    ("P", [("연차는 입사일을 기준으로 산정하며, 근속연수에 따른 연차 일수는 다음과 같습니다.",
            "Leave is calculated from each employee's start date. The number of days by years of service is as follows.")]),
    ("P", [("근속연수 | 연차 일수", "Years of service | Annual leave", D)]),
    ("T",),  # the table's rows, "years | days", here
    ("P", [("2. 사용 방법", "2. How to request leave")]),
    ("P", [("연차는 사용 예정일 3일 전까지 그룹웨어에서 신청해 주시기 바랍니다.",
            "Please submit leave requests in the groupware system at least three days in advance."),
           ("반차(4시간)는 오전 09:00~13:00, 오후 14:00~18:00 중 선택할 수 있습니다.",
            "Half days (4 hours) can be taken either 9 a.m.–1 p.m. or 2 p.m.–6 p.m.")]),
    ("P", [("3. 연차 사용 촉진", "3. Use-it-or-lose-it reminders")]),
    ("P", [("회사는 근로기준법 제61조에 따라 연말 6개월 전과 2개월 전에 미사용 연차 현황을 개별 통보합니다.",
            "Under Article 61 of the Labor Standards Act, the Company will notify each employee of unused leave six months and two months before the end of the year."),
           ("촉진 절차 이후 사용하지 않은 연차에 대해서는 수당이 지급되지 않으니 유의하시기 바랍니다.",
            "Please note that leave left unused after these reminders will not be paid out.")]),
    ("K", "※ 2026년 미사용 연차의 이월은 허용되지 않습니다. 12월 31일까지 모두 사용해 주세요."),
    ("P", [("4. 문의", "4. Contact")]),
    ("P", [("인사팀 최유나 매니저 (내선 2214, yuna.choi@haneulpay.co.kr)",
            "Choi Yu-na, HR Manager (ext. 2214, yuna.choi@haneulpay.co.kr)")]),
    ("E", "For questions in English, please contact the Global HR desk at globalhr@haneulpay.co.kr."),
]
