"""A mid-sized Korean parts maker's corporate communication for the business audit, both
languages written by hand, and its gold, as data.

One company, Daewon Tech (대원테크), a maker of display and sensor components:

``EMAIL``: an e-mail thread as its Korean original and its English translation: the latest
reply ("안녕하세요, 김 부장님." / "Dear Mr. Kim,"), a sentence the English splits in two, the
sender's signature with title, team, phone and address lines, a banner line in the Korean
signature only, a confidentiality disclaimer in English only; then the earlier message under
"-----원본 메시지-----" / "-----Original Message-----" with its From / Sent / To / Subject
lines, an apology the translator dropped; and, in the Korean thread only, an older message
quoted with ">" that the translation left out.
``PRESS``: a quarterly earnings press release ("매출 3조 2,450억 원" / "KRW 3.245 trillion",
"전년 동기 대비 12.3% 증가" / "up 12.3% year on year"), a CEO's quote the English gives as
two sentences, a results table (``TABLE``: KRW 100 million in Korean, KRW billion in
English), an accounting note, forward-looking-statement boilerplate whose first two
sentences cross (a 2-2 bead), an IR contact block, an "About" paragraph in English only.
``MINUTES``: a weekly management meeting's minutes (date, venue, attendees with titles,
numbered agenda repeated as the discussion's headings, "- 한 전무:" / "- Han (CFO):" notes,
action items with owners and due dates; "[대외비]" Korean only, a translator's note
English only); ``ACTIONS`` its action items as a sheet.
``PROFILE``: a business card and the company profile (overview, key facts as label: value
lines, a history list, a certification line English only, a recruiting line Korean only).
``NDA``: a non-disclosure agreement excerpt (a preamble, 제1조 (목적) / Article 1 (Purpose)
…, ① / (1) paragraphs, items 1. / (a), a sentence the English splits in two, a signature
block; a "convenience translation" line English only).

A document is a list of entries, its lines in reading order:

  ("P", [(ko, en[, D]), ...][, tag])  a line on each side, its sentences' gold pairs, joined
                                by a space into one line; ko or en "": that sentence one
                                side only (to be left unpaired); D: a pair that may be made
                                or not. ``tag``: the line's kind in HTML or Word ("h1",
                                "h2", "li", "p", "sig": a signature line; default "p").
  ("G", [(ko, en), ...][, tag]) a line whose sentences cross (a 2-2 bead): gold is the line
                                whole, or its sentences as listed.
  ("S", [(ko, en[, D]), ...][, tag]) lines one under another whose words cross (the
                                signature's title on the name's line in Korean, on the
                                team's in English): gold is the pairs (D: debatable), or
                                the lines together whole.
  ("K", text[, tag]) / ("E", text[, tag])  a line only the Korean / English side has.
"""

D = "debatable"

# ---------------------------------------------------------------- 1 an e-mail thread
# The latest message's header, as a mail client shows it (the .eml layout has its own).
EMAIL_HEAD = [
    ("P", [("보낸 사람: 이수민 <sm.lee@daewontech.co.kr>", "From: Su-min Lee <sm.lee@daewontech.co.kr>", D)], "hd"),
    ("P", [("보낸 날짜: 2026년 11월 12일 목요일 오후 3:42", "Sent: Thursday, November 12, 2026 3:42 PM", D)], "hd"),
    ("P", [("받는 사람: 김태호 <th.kim@hanbitdisplay.com>", "To: Tae-ho Kim <th.kim@hanbitdisplay.com>", D)], "hd"),
    ("P", [("참조: 오지영 <jy.oh@daewontech.co.kr>", "Cc: Ji-young Oh <jy.oh@daewontech.co.kr>", D)], "hd"),
    ("P", [("제목: RE: 11월 납품 일정 변경 요청", "Subject: RE: Request to change the November delivery schedule")], "hd"),
]

EMAIL = [
    ("P", [("안녕하세요, 김 부장님.", "Dear Mr. Kim,")]),
    ("P", [("대원테크 영업2팀 이수민입니다.", "This is Su-min Lee from Sales Team 2 at Daewon Tech."),
           ("요청하신 11월 납품 일정 변경 건에 대해 검토 결과를 말씀드립니다.",
            "I'm writing with the results of our review of your request to change the November delivery schedule.")]),
    ("P", [("1차 물량 4,000개는 예정대로 11월 18일에 출고하고, 2차 물량 6,000개는 12월 8일에서 11월 28일로 열흘 앞당겨 출고할 수 있습니다.",
            "The first batch of 4,000 units will ship as planned on November 18. "
            "We can bring the second batch of 6,000 units forward by ten days, from December 8 to November 28."),
           ("다만 앞당긴 일정을 맞추려면 주말 특근이 불가피하여 개당 단가가 120원 인상됩니다.",
            "However, meeting the earlier date will require weekend shifts, which adds KRW 120 to the unit price.")]),
    ("P", [("인상된 단가를 반영한 수정 견적서를 첨부하오니 확인 부탁드립니다.",
            "I've attached a revised quotation reflecting the new price for your review."),
           ("금요일(11월 13일)까지 회신 주시면 바로 생산 계획에 반영하겠습니다.",
            "If you can get back to us by Friday, November 13, we will update our production plan right away.")]),
    ("P", [("감사합니다.", "Best regards,", D)]),
    ("S", [("이수민 대리", "Su-min Lee", D),
           ("해외영업2팀 | (주)대원테크", "Assistant Manager, Overseas Sales Team 2 | Daewon Tech Co., Ltd.")], "sig"),
    ("P", [("T. 031-8039-5521 | M. 010-3345-0917", "T. +82-31-8039-5521 | M. +82-10-3345-0917", D)], "sig"),
    ("P", [("경기도 화성시 동탄산단6길 42 (우 18487)", "42 Dongtansandan 6-gil, Hwaseong-si, Gyeonggi-do 18487, Korea")], "sig"),
    ("K", "[대원테크] 2026 지속가능경영보고서가 발간되었습니다. ▶ 보고서 보기", "sig"),
    ("E", "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the "
          "named addressee. If you have received it in error, please notify the sender immediately and delete it. "
          "Any unauthorized use, disclosure or copying is strictly prohibited.", "small"),
    ("P", [("-----원본 메시지-----", "-----Original Message-----", D)], "orig"),
    ("P", [("보낸 사람: 김태호 <th.kim@hanbitdisplay.com>", "From: Tae-ho Kim <th.kim@hanbitdisplay.com>", D)], "hd"),
    ("P", [("보낸 날짜: 2026년 11월 11일 수요일 오전 10:15", "Sent: Wednesday, November 11, 2026 10:15 AM", D)], "hd"),
    ("P", [("받는 사람: 이수민 <sm.lee@daewontech.co.kr>", "To: Su-min Lee <sm.lee@daewontech.co.kr>", D)], "hd"),
    ("P", [("제목: 11월 납품 일정 변경 요청", "Subject: Request to change the November delivery schedule")], "hd"),
    ("P", [("안녕하세요, 이수민 대리님.", "Dear Ms. Lee,")]),
    ("P", [("한빛디스플레이 구매팀 김태호입니다.", "This is Tae-ho Kim from the purchasing team at Hanbit Display."),
           ("고객사의 신제품 출시가 12월 초로 당겨지면서 부품 입고 일정을 다시 잡아야 하는 상황이 되었습니다.",
            "Our customer has moved its new product launch up to early December, so we have to rework our parts schedule."),
           ("혹시 2차 물량을 11월 말까지 받아 볼 수 있을지 검토 부탁드립니다.",
            "Could you check whether the second batch could reach us by the end of November?"),
           ("추가 비용이 발생한다면 미리 알려 주시기 바랍니다.", "If this adds any cost, please let us know in advance."),
           ("바쁘신 와중에 번거롭게 해 드려 죄송합니다.", "")]),
    ("P", [("김태호 드림", "Tae-ho Kim", D)], "sig"),
    ("P", [("한빛디스플레이 구매팀 부장", "Purchasing Manager, Hanbit Display Co., Ltd.", D)], "sig"),
    ("K", "> 김 부장님, 안녕하세요.", "quote"),
    ("K", "> 발주서(PO-2611-0087) 잘 받았습니다.", "quote"),
    ("K", "> 1차 4,000개는 11월 18일, 2차 6,000개는 12월 8일 출고 예정입니다.", "quote"),
    ("K", "> 이수민 드림", "quote"),
]

# ---------------------------------------------------------------- 2 an earnings press release
PRESS = [
    ("P", [("보도자료", "PRESS RELEASE", D)], "label"),
    ("K", "배포 즉시 보도 가능 | 배포일: 2026. 10. 29.(목)", "label"),
    ("E", "FOR IMMEDIATE RELEASE", "label"),
    ("P", [("대원테크, 3분기 매출 3조 2,450억 원… 전년 동기 대비 12.3% 증가",
            "Daewon Tech Reports Q3 Revenue of KRW 3.245 Trillion, Up 12.3% Year on Year")], "h1"),
    ("P", [("- 영업이익 2,870억 원으로 분기 최대 실적 경신", "Operating profit hits a quarterly record of KRW 287 billion")], "h2"),
    ("P", [("- 차량용 디스플레이 부품 매출 27.5% 급증, 4분기 매출 가이던스 3조 3,000억~3조 4,000억 원 제시",
            "Automotive display components sales jump 27.5%; Q4 revenue guidance set at KRW 3.3–3.4 trillion")], "h2"),
    ("P", [("(주)대원테크(대표이사 최민호)는 29일 2026년 3분기 연결 기준 매출액 3조 2,450억 원, 영업이익 2,870억 원의 잠정 실적을 발표했다.",
            "SEOUL, October 29, 2026 – Daewon Tech Co., Ltd. (KRX: 041520) today reported preliminary consolidated "
            "revenue of KRW 3.245 trillion and operating profit of KRW 287 billion for the third quarter of 2026.")]),
    ("P", [("매출은 전년 동기 대비 12.3% 증가했으며, 영업이익은 34.6% 늘어 분기 기준 사상 최대치를 기록했다.",
            "Revenue rose 12.3% year on year, while operating profit grew 34.6% to the highest quarterly level in the company's history."),
           ("영업이익률은 8.8%로 전년 동기(7.4%)보다 1.4%포인트 개선됐다.",
            "Operating margin improved by 1.4 percentage points to 8.8%, from 7.4% a year earlier."),
           ("순이익은 2,115억 원으로 21.7% 증가했다.",
            "Net profit was KRW 211.5 billion, up 21.7% from the same period last year.")]),
    ("P", [("사업부별로는 차량용 디스플레이 부품 사업부가 성장을 이끌었다.",
            "The automotive display components division led the growth."),
           ("북미와 유럽 완성차 업체로의 공급이 늘면서 이 사업부의 매출은 1조 4,380억 원으로 전년 동기 대비 27.5% 증가했다.",
            "Its revenue jumped 27.5% year on year to KRW 1.438 trillion on higher shipments to automakers in North America and Europe."),
           ("반면 IT 기기용 부품 사업부 매출은 스마트폰 수요 둔화로 3.1% 감소한 1조 1,920억 원에 그쳤다.",
            "Revenue at the IT device components division slipped 3.1% to KRW 1.192 trillion as smartphone demand cooled.")]),
    ("P", [("최민호 대표이사는 \"전기차 전환에 맞춘 선제적 투자가 결실을 맺고 있다\"며 \"4분기에도 멕시코 신공장의 가동률을 끌어올려 성장세를 이어 가겠다\"고 말했다.",
            "\"Our early investment in the shift to electric vehicles is paying off,\" said Min-ho Choi, CEO of Daewon Tech. "
            "\"In the fourth quarter, we will keep up the momentum by ramping up utilization at our new plant in Mexico.\"")]),
    ("P", [("회사는 4분기 매출 가이던스로 3조 3,000억~3조 4,000억 원을 제시했다.",
            "For the fourth quarter, the company expects revenue of KRW 3.3 trillion to KRW 3.4 trillion."),
           ("한편 대원테크는 이날 이사회를 열고 보통주 1주당 500원의 분기 배당을 결의했다.",
            "The board of directors also approved a quarterly dividend of KRW 500 per common share.")]),
    ("TABLE",),
    ("P", [("※ 상기 실적은 한국채택국제회계기준(K-IFRS)에 따라 작성된 잠정 실적으로, 외부감사인의 검토 결과에 따라 달라질 수 있습니다.",
            "Figures are preliminary, prepared under Korean International Financial Reporting Standards (K-IFRS), "
            "and subject to change upon review by the external auditor.")], "note"),
    ("P", [("미래예측정보에 관한 안내", "Forward-Looking Statements")], "h2"),
    ("G", [("본 보도자료에는 회사의 향후 사업 전망에 관한 예측 정보가 포함되어 있습니다. ",
            "This press release contains forward-looking statements that reflect the company's current view of its business "
            "environment and strategy. "),
           ("이러한 정보는 현재의 사업 환경과 경영 전략을 바탕으로 작성된 것으로, 시장 상황의 변화 등에 따라 실제 결과와 크게 다를 수 있습니다.",
            "Actual results may differ materially from those expressed or implied in these statements due to changes "
            "in market conditions and other factors.")], "small"),
    ("P", [("회사는 이러한 정보를 갱신할 의무를 지지 않습니다.",
            "Daewon Tech undertakes no obligation to update any forward-looking statement.")], "small"),
    ("P", [("IR 문의", "Investor Relations Contact")], "h2"),
    ("P", [("대원테크 IR팀 정유진 팀장", "Yu-jin Jung, Head of Investor Relations, Daewon Tech", D)]),
    ("P", [("전화: 02-3470-8812", "Tel: +82-2-3470-8812", D)]),
    ("P", [("이메일: ir@daewontech.co.kr", "Email: ir@daewontech.co.kr", D)]),
    ("E", "About Daewon Tech", "h2"),
    ("E", "Daewon Tech (KRX: 041520) is a leading supplier of display and sensor components for automotive and consumer "
          "electronics, with manufacturing sites in Korea, Vietnam and Mexico. For more information, visit "
          "www.daewontech.co.kr/en."),
    ("E", "###", "end"),
]

# Lines written as one side's only that a fair reader may pair all the same: the Korean
# embargo line's "배포 즉시 보도 가능" says what "FOR IMMEDIATE RELEASE" says (its date aside).
# Made debatable after the first run, which counted the pair wrong (see the report).
LOOSE = [("배포 즉시 보도 가능 | 배포일: 2026. 10. 29.(목)", "FOR IMMEDIATE RELEASE")]

# The results table: Korean in KRW 100 million, English in KRW billion (the same figures
# written otherwise: no cell of figures alike on both sides but the percentages).
TABLE_CAPTION = ("2026년 3분기 연결 실적 요약 (단위: 억 원)", "Q3 2026 Consolidated Results Summary (KRW billion)")
TABLE = [
    (("구분", "2026년 3분기", "2025년 3분기", "증감률"), ("", "Q3 2026", "Q3 2025", "YoY")),
    (("매출액", "32,450", "28,896", "+12.3%"), ("Revenue", "3,245.0", "2,889.6", "+12.3%")),
    (("영업이익", "2,870", "2,132", "+34.6%"), ("Operating profit", "287.0", "213.2", "+34.6%")),
    (("영업이익률", "8.8%", "7.4%", "+1.4%p"), ("Operating margin", "8.8%", "7.4%", "+1.4 pp")),
    (("당기순이익", "2,115", "1,738", "+21.7%"), ("Net profit", "211.5", "173.8", "+21.7%")),
]

# ---------------------------------------------------------------- 3 meeting minutes
MINUTES = [
    ("K", "[대외비]"),
    ("P", [("주간 경영회의 회의록", "Minutes of the Weekly Management Meeting")], "h1"),
    ("P", [("일시: 2026년 11월 9일(월) 오전 9:00~10:30", "Date: Monday, November 9, 2026, 9:00–10:30 a.m.")]),
    ("P", [("장소: 본사 7층 대회의실", "Venue: Main Conference Room, 7F, Headquarters")]),
    ("P", [("참석: 최민호 대표이사, 한상우 전무(CFO), 오지영 상무(영업본부장), 서동진 상무(생산본부장), 윤가람 부장(경영기획팀)",
            "Attendees: Min-ho Choi (CEO), Sang-woo Han (EVP & CFO), Ji-young Oh (SVP, Sales), "
            "Dong-jin Seo (SVP, Manufacturing), Ga-ram Yoon (General Manager, Corporate Planning)")]),
    ("P", [("불참: 이재혁 상무(기술연구소장, 해외 출장)", "Absent: Jae-hyuk Lee (SVP, R&D Center; traveling overseas)")]),
    ("P", [("작성: 윤가람 부장", "Minutes taken by: Ga-ram Yoon", D)]),
    ("E", "(Translator's note: Korean job titles are rendered as functional titles in this translation.)"),
    ("P", [("■ 안건", "Agenda")], "h2"),
    ("P", [("1. 3분기 실적 리뷰 및 4분기 전망", "1. Q3 results review and Q4 outlook")], "li"),
    ("P", [("2. 멕시코 공장 가동률 개선 방안", "2. Improving utilization at the Mexico plant")], "li"),
    ("P", [("3. 한빛디스플레이 납기 조정 요청 대응", "3. Hanbit Display's request to change delivery dates")], "li"),
    ("P", [("4. 기타", "4. Other business")], "li"),
    ("P", [("■ 논의 내용", "Discussion")], "h2"),
    ("P", [("1. 3분기 실적 리뷰 및 4분기 전망", "1. Q3 results review and Q4 outlook")], "h3"),
    ("P", [("- 한 전무: 3분기 영업이익률 8.8%로 목표(8.0%)를 초과 달성함.",
            "- Han (CFO): Q3 operating margin came in at 8.8%, ahead of the 8.0% target.")]),
    ("P", [("- 4분기는 원화 강세가 이어질 경우 매출이 가이던스 하단에 머물 가능성이 있음.",
            "- If the won keeps strengthening, Q4 revenue may land at the low end of guidance.")]),
    ("P", [("2. 멕시코 공장 가동률 개선 방안", "2. Improving utilization at the Mexico plant")], "h3"),
    ("P", [("- 서 상무: 현재 가동률 61%, 12월 말까지 75% 달성이 목표임.",
            "- Seo (Manufacturing): Utilization is currently 61%; the target is 75% by the end of December.")]),
    ("P", [("- 현지 숙련 인력 부족이 가장 큰 병목으로, 본사 엔지니어 8명을 3개월간 파견하기로 함.",
            "- A shortage of skilled local workers is the biggest bottleneck. "
            "Eight engineers from headquarters will be sent to the plant for three months.")]),
    ("P", [("3. 한빛디스플레이 납기 조정 요청 대응", "3. Hanbit Display's request to change delivery dates")], "h3"),
    ("P", [("- 오 상무: 2차 물량 6,000개를 11월 28일로 앞당겨 달라는 요청을 받음.",
            "- Oh (Sales): Hanbit has asked us to move the second batch of 6,000 units up to November 28.")]),
    ("P", [("- 주말 특근 비용을 반영하여 개당 120원 인상 조건으로 수용하기로 결정.",
            "- Agreed to accept, provided the unit price goes up by KRW 120 to cover weekend overtime.")]),
    ("P", [("4. 기타", "4. Other business")], "h3"),
    ("P", [("- 연말 사내 봉사활동은 12월 18일(금)로 확정.", "- The year-end company volunteer day is confirmed for Friday, December 18.")]),
    ("P", [("- 다음 회의는 대표이사 해외 출장으로 11월 23일(월)로 한 주 연기함.",
            "- Next week's meeting is postponed by a week to Monday, November 23, as the CEO will be traveling.")]),
    ("P", [("■ 결정 및 후속 조치", "Action Items")], "h2"),
    ("ACTIONS",),
    ("K", "이상."),
]

# The action items: (no., ko task, en task, ko owner, en owner, ko due, en due)
ACTIONS = [
    ("1", "멕시코 공장 파견 엔지니어 8명 선발 및 비자 발급", "Select eight engineers for the Mexico plant and arrange their visas",
     "서동진 상무", "Dong-jin Seo", "11/20", "Nov 20"),
    ("2", "한빛디스플레이에 수정 견적서 발송", "Send the revised quotation to Hanbit Display",
     "오지영 상무", "Ji-young Oh", "11/12", "Nov 12"),
    ("3", "환율 시나리오별 4분기 손익 분석 보고", "Report on Q4 profit under different exchange-rate scenarios",
     "한상우 전무", "Sang-woo Han", "11/16", "Nov 16"),
    ("4", "봉사활동 참가 신청 접수 (전 직원 대상)", "Collect sign-ups for the volunteer day from all staff",
     "윤가람 부장", "Ga-ram Yoon", "12/4", "Dec 4"),
]

# ---------------------------------------------------------------- 4 a business card and the company profile
CARD = [
    ("P", [("(주)대원테크", "Daewon Tech Co., Ltd.")]),
    ("P", [("해외영업2팀 대리", "Assistant Manager, Overseas Sales Team 2")]),
    ("P", [("이수민", "Su-min Lee", D)]),
    ("P", [("T 031-8039-5521  F 031-8039-5599", "T +82-31-8039-5521  F +82-31-8039-5599", D)]),
    ("P", [("M 010-3345-0917  E sm.lee@daewontech.co.kr", "M +82-10-3345-0917  E sm.lee@daewontech.co.kr", D)]),
    ("P", [("경기도 화성시 동탄산단6길 42 (우 18487)", "42 Dongtansandan 6-gil, Hwaseong-si, Gyeonggi-do 18487, Korea")]),
    ("P", [("www.daewontech.co.kr", "www.daewontech.co.kr", D)]),
]

PROFILE = [
    ("P", [("회사 개요", "Company Overview")], "h2"),
    ("P", [("대원테크는 1998년 경기도 화성에서 설립된 디스플레이·센서 부품 전문 기업입니다.",
            "Founded in 1998 in Hwaseong, Gyeonggi Province, Daewon Tech specializes in display and sensor components."),
           ("차량용 디스플레이 커버글라스와 터치센서 모듈을 주력으로 생산하며, 국내외 20여 개 완성차 및 전자 기업에 제품을 공급하고 있습니다.",
            "Our core products are cover glass and touch sensor modules for automotive displays. "
            "We supply more than 20 automakers and electronics companies in Korea and abroad."),
           ("한국, 베트남, 멕시코에 생산 거점을 두고 있습니다.", "We manufacture in Korea, Vietnam and Mexico.")]),
    ("P", [("설립: 1998년 3월", "Founded: March 1998")], "li"),
    ("P", [("대표이사: 최민호", "CEO: Min-ho Choi")], "li"),
    ("P", [("본사: 경기도 화성시", "Headquarters: Hwaseong, Gyeonggi-do, Korea")], "li"),
    ("P", [("매출액: 12조 1,870억 원 (2025년, 연결 기준)", "Revenue: KRW 12.187 trillion (2025, consolidated)")], "li"),
    ("P", [("임직원 수: 3,412명 (2026년 9월 말 기준)", "Employees: 3,412 (as of September 30, 2026)")], "li"),
    ("P", [("주요 고객: 국내외 완성차 및 IT 기업", "Key customers: Automakers and IT companies worldwide")], "li"),
    ("E", "Certified to IATF 16949, ISO 14001 and ISO 45001.", "li"),
    ("P", [("연혁", "Milestones")], "h2"),
    ("P", [("1998 (주)대원테크 설립", "1998 Daewon Tech founded")], "li"),
    ("P", [("2009 베트남 하노이 법인 설립", "2009 Vietnam subsidiary established in Hanoi")], "li"),
    ("P", [("2015 차량용 터치센서 모듈 양산 개시", "2015 Mass production of automotive touch sensor modules begins")], "li"),
    ("P", [("2021 유가증권시장(KOSPI) 이전 상장", "2021 Listing moved from KOSDAQ to the KOSPI main board")], "li"),
    ("P", [("2025 멕시코 몬테레이 공장 준공", "2025 Monterrey plant in Mexico completed")], "li"),
    ("K", "채용 관련 문의는 인사팀(recruit@daewontech.co.kr)으로 보내 주시기 바랍니다."),
]

# ---------------------------------------------------------------- 5 an NDA excerpt
NDA = [
    ("E", "[Convenience translation. In case of any discrepancy, the Korean original shall prevail.]"),
    ("P", [("비밀유지계약서", "NON-DISCLOSURE AGREEMENT")], "h1"),
    ("P", [("주식회사 대원테크(이하 \"갑\"이라 한다)와 Norrland Components AB(이하 \"을\"이라 한다)는 차량용 센서 모듈 공동 개발의 검토(이하 \"본 건\"이라 한다)와 관련하여 상호 제공하는 비밀정보를 보호하기 위하여 다음과 같이 계약을 체결한다.",
            "This Non-Disclosure Agreement is entered into by and between Daewon Tech Co., Ltd. (\"Daewon\") and Norrland "
            "Components AB (\"Norrland\") to protect the confidential information the parties exchange in connection with "
            "their evaluation of a joint development of automotive sensor modules (the \"Project\").")]),
    ("P", [("제1조 (목적)", "Article 1 (Purpose)")], "h2"),
    ("P", [("본 계약은 본 건과 관련하여 일방 당사자가 상대방에게 제공하는 비밀정보의 취급 및 보호에 관한 사항을 정함을 목적으로 한다.",
            "The purpose of this Agreement is to set out how confidential information disclosed by one party to the other "
            "in connection with the Project shall be handled and protected.")]),
    ("P", [("제2조 (비밀정보의 정의)", "Article 2 (Definition of Confidential Information)")], "h2"),
    ("P", [("① 본 계약에서 \"비밀정보\"란 서면, 구두, 전자적 방법 등 그 형태를 불문하고 일방 당사자가 상대방에게 제공하는 기술상·영업상의 모든 정보를 말한다.",
            "(1) \"Confidential Information\" means all technical and business information disclosed by one party to the "
            "other, whether in writing, orally, electronically or in any other form.")]),
    ("P", [("② 다음 각 호의 어느 하나에 해당하는 정보는 비밀정보에 포함되지 아니한다.",
            "(2) Confidential Information does not include information that:")]),
    ("P", [("1. 제공받은 시점에 이미 공지되어 있던 정보", "(a) was already publicly available at the time of disclosure;")], "item"),
    ("P", [("2. 제공받은 후 수령 당사자의 귀책사유 없이 공지된 정보",
            "(b) becomes publicly available afterwards through no fault of the receiving party;")], "item"),
    ("P", [("3. 제공받기 전부터 수령 당사자가 적법하게 보유하고 있던 정보",
            "(c) was lawfully in the receiving party's possession before disclosure; or")], "item"),
    ("P", [("4. 법령 또는 법원의 명령에 따라 공개가 요구되는 정보", "(d) is required to be disclosed by law or court order.")], "item"),
    ("P", [("제3조 (비밀유지의무)", "Article 3 (Obligations of Confidentiality)")], "h2"),
    ("P", [("① 수령 당사자는 비밀정보를 본 건의 검토 목적으로만 사용하여야 하며, 상대방의 사전 서면 동의 없이 이를 제3자에게 공개하거나 누설하여서는 아니 된다.",
            "(1) The receiving party shall use Confidential Information solely to evaluate the Project. "
            "It shall not disclose Confidential Information to any third party without the disclosing party's prior written consent.")]),
    ("P", [("② 수령 당사자는 본 건의 검토를 위하여 비밀정보를 알아야 할 필요가 있는 임직원에 한하여 이를 공개할 수 있으며, 이 경우 해당 임직원에게 본 계약과 동일한 수준의 비밀유지의무를 부과하여야 한다.",
            "(2) The receiving party may share Confidential Information only with those of its officers and employees who "
            "need to know it for the Project, and shall bind them to confidentiality obligations no less strict than "
            "those in this Agreement.")]),
    ("P", [("제4조 (계약기간)", "Article 4 (Term)")], "h2"),
    ("P", [("본 계약의 유효기간은 계약 체결일부터 2년으로 한다.",
            "This Agreement shall remain in effect for two (2) years from the date of execution."),
           ("다만, 제3조의 의무는 본 계약이 종료된 후에도 3년간 존속한다.",
            "The obligations under Article 3 shall survive for three (3) years after its expiration or termination.")]),
    ("P", [("제5조 (준거법 및 관할)", "Article 5 (Governing Law and Jurisdiction)")], "h2"),
    ("P", [("본 계약은 대한민국 법률에 따라 해석되며, 본 계약과 관련하여 분쟁이 발생하는 경우 서울중앙지방법원을 제1심 관할법원으로 한다.",
            "This Agreement shall be governed by the laws of the Republic of Korea. Any dispute arising out of or in "
            "connection with it shall be submitted to the Seoul Central District Court as the court of first instance.")]),
    ("P", [("본 계약의 성립을 증명하기 위하여 계약서 2부를 작성하여 갑과 을이 각각 서명 또는 날인한 후 각 1부씩 보관한다.",
            "IN WITNESS WHEREOF, the parties have executed this Agreement in duplicate, and each party shall keep one copy.")]),
    ("P", [("2026년 11월 3일", "November 3, 2026")]),
    ("P", [("\"갑\" 주식회사 대원테크", "Daewon Tech Co., Ltd.", D)], "sig"),
    ("P", [("경기도 화성시 동탄산단6길 42", "42 Dongtansandan 6-gil, Hwaseong-si, Gyeonggi-do, Republic of Korea")], "sig"),
    ("P", [("대표이사 최민호 (인)", "By: Min-ho Choi, Chief Executive Officer", D)], "sig"),
    ("P", [("\"을\" Norrland Components AB", "Norrland Components AB", D)], "sig"),
    ("P", [("Industrigatan 14, 582 73 Linköping, Sweden", "Industrigatan 14, 582 73 Linköping, Sweden", D)], "sig"),
    ("P", [("대표이사 Erik Sandström (서명)", "By: Erik Sandström, Managing Director", D)], "sig"),
]
