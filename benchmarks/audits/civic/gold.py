"""Public administration for foreign residents, for the civic audit: both languages
written by hand (helperC50, 2026-12-05), as a city hall, a ministry and a district office
publish them, and the gold, as data.

``REGISTRATION``: a city hall's guide to alien registration (외국인등록): steps, the
required documents as a list, label–value rows (수수료 무료, 처리 기간, 평일 09:00~18:00, a
민원실 phone number), a legal basis line Korean only, an interpreting line English only.
``ALERTS``: emergency text messages as they arrive on a phone with the Korean and the
English (the Safety Korea app's translation) one after the other: "[행정안전부] 오늘 14:00 …",
one alert sent twice word for word, short imperative ones, a missing-person alert of a
district office that has no English. ``TYPHOON``: a district office's typhoon evacuation
notice with its shelters (names and addresses) and a checklist. ``TAX``: a local tax notice
(재산세): taxpayer's fields, an amount table ("123,450원" / "₩123,450"), a due date "2026. 7. 31.까지",
virtual accounts, a penalty sentence, a Korean-only legal notice. ``ELECTION``: an election
guide for foreign voters (eligibility, dates, a Q&A). ``WASTE``: a district's garbage
sorting (분리배출) leaflet: categories with pictograms described in words, days and times,
종량제 봉투, fines.

A document is a list of entries in reading order:

  ("P", [(ko, en[, D]), ...][, tag])  a line on each side: its beads (a sentence, or
                                  sentences that go together), joined by a space; ko or en
                                  "": that sentence one side only (to be left unpaired); D:
                                  a bead that may be paired or not. ``tag``: "h1", "h2",
                                  "li", "p" (HTML, Hangul and PDF styles).
  ("K", text[, tag]) / ("E", text[, tag])  a line only the Korean / English side has.
  ("T", ko label, ko value, en label, en value[, D])  a label–value row: "label: value" on
                                  a line in text, two cells of a table in Hangul and PDF;
                                  one bead (whole, or its two cells as pairs); D: a value
                                  of figures only, which may pair or not in a table.
"""

D = "debatable"

# ---------------------------------------------------------------- 1 a city hall's alien registration guide
REGISTRATION = [
    ("P", [("외국인등록 안내", "Alien Registration Guide")], "h1"),
    ("P", [("대한민국에 90일을 초과하여 체류하려는 외국인은 입국한 날부터 90일 이내에 외국인등록을 해야 합니다.",
            "Foreign nationals who intend to stay in Korea for more than 90 days must apply for "
            "alien registration within 90 days of entry."),
           ("등록을 마치면 외국인등록증이 발급되며, 이 카드는 국내에서 신분증으로 사용할 수 있습니다.",
            "Once you are registered, you will be issued a Residence Card, which serves as your ID in Korea.")]),
    ("K", "관련 법령: 「출입국관리법」 제31조(외국인등록) 및 같은 법 시행령 제40조"),
    ("P", [("신청 절차", "How to apply")], "h2"),
    ("P", [("1단계: 하이코리아(www.hikorea.go.kr)에서 방문 예약을 합니다.",
            "Step 1: Book a visit at HiKorea (www.hikorea.go.kr).")], "li"),
    ("P", [("2단계: 예약한 날짜에 관할 출입국·외국인청을 방문하여 신청서와 구비서류를 제출합니다.",
            "Step 2: On the day of your appointment, go to the immigration office for your area and "
            "hand in the application form with the required documents.")], "li"),
    ("P", [("3단계: 지문을 등록하고 얼굴 사진을 촬영합니다.",
            "Step 3: Have your fingerprints and photo taken.")], "li"),
    ("P", [("4단계: 약 3~4주 후 등록증을 직접 수령하거나 우편으로 받습니다.",
            "Step 4: Collect your card in person or receive it by post in about three to four weeks.")], "li"),
    ("P", [("구비서류", "Required documents")], "h2"),
    ("P", [("통합신청서(별지 제34호 서식) 1부", "Application form (Form No. 34), one copy")], "li"),
    ("P", [("여권 원본 및 사본", "Passport (original and a copy)")], "li"),
    ("P", [("컬러 사진 1매(3.5cm × 4.5cm, 6개월 이내 촬영)",
            "One color photo (3.5 cm × 4.5 cm, taken within the last six months)")], "li"),
    ("P", [("체류지 입증서류(임대차계약서, 숙소제공확인서 등)",
            "Proof of address (a lease, a letter from your host confirming your accommodation, etc.)")], "li"),
    ("P", [("체류자격별 추가 서류(재학증명서, 고용계약서 등)",
            "Additional documents for your visa type (certificate of enrollment, employment contract, etc.)")], "li"),
    ("T", "수수료", "무료", "Fee", "Free"),
    ("T", "처리 기간", "약 3~4주", "Processing time", "About 3–4 weeks"),
    ("T", "운영 시간", "평일 09:00~18:00 (점심시간 12:00~13:00 제외)",
     "Office hours", "Weekdays 9:00 a.m.–6:00 p.m. (closed 12:00–1:00 p.m. for lunch)"),
    ("T", "문의", "시청 민원실 ☎ 02-2133-7890", "Contact", "City Hall Civil Affairs Office ☎ 02-2133-7890"),
    ("P", [("※ 체류지를 옮긴 경우에는 전입한 날부터 15일 이내에 새 체류지의 시·군·구청 또는 출입국·외국인청에 신고해야 합니다.",
            "※ If you move, you must report your new address to the local district office or "
            "immigration office within 15 days of moving in."),
           ("신고하지 않으면 최대 100만 원의 과태료가 부과될 수 있습니다.",
            "Failure to do so may result in a fine of up to KRW 1 million.")]),
    ("E", "Free interpreting in 20 languages is available through the Danuri Helpline (1577-1366)."),
]

# ---------------------------------------------------------------- 2 emergency text messages, in the order they arrived
# each alert one bead (a line each side); the third is sent again word for word
ALERTS = [
    ("P", [("[행정안전부] 오늘 14:00 서울·경기 지역에 폭염경보가 발효 중입니다. 야외활동을 자제하고 물을 충분히 마시는 등 "
            "건강관리에 유의하시기 바랍니다.",
            "[Ministry of the Interior and Safety] A heat wave warning is in effect for Seoul and Gyeonggi as of "
            "14:00 today. Avoid outdoor activities, drink plenty of water and take care of your health.")]),
    ("P", [("[서울특별시] 무더위쉼터 운영시간을 21시까지 연장합니다. 가까운 쉼터는 안전디딤돌 앱에서 확인하세요.",
            "[Seoul Metropolitan Government] Cooling centers will stay open until 9 p.m. Find the nearest one "
            "in the Emergency Ready app.")]),
    ("P", [("[기상청] 호우경보 발효. 하천변·지하차도 접근 금지. 산사태 위험지역 주민은 즉시 대피 바랍니다.",
            "[KMA] Heavy rain warning. Stay away from rivers and underpasses. Residents of landslide-risk areas, "
            "evacuate now.")]),
    ("P", [("[마포구청] 홍제천 산책로 침수로 전 구간 통제합니다. 우회하시기 바랍니다.",
            "[Mapo-gu Office] The Hongjecheon Stream trail is flooded and closed along its entire length. "
            "Please use another route.")]),
    ("P", [("[기상청] 호우경보 발효. 하천변·지하차도 접근 금지. 산사태 위험지역 주민은 즉시 대피 바랍니다.",
            "[KMA] Heavy rain warning. Stay away from rivers and underpasses. Residents of landslide-risk areas, "
            "evacuate now.")]),
    ("K", "[은평구청] 실종자를 찾습니다. 김○○씨(남, 82세)를 오늘 10:30경 불광역 부근에서 목격하신 분은 "
          "182 또는 112로 신고 바랍니다. 165cm, 회색 점퍼, 검정 운동화"),
    ("P", [("[행정안전부] 지진 발생. 탁자 밑으로 대피하세요.",
            "[Ministry of the Interior and Safety] Earthquake. Take cover under a table.")]),
    ("P", [("[행정안전부] 흔들림이 멈추면 계단을 이용해 밖으로 나가세요. 엘리베이터 사용 금지.",
            "[Ministry of the Interior and Safety] When the shaking stops, use the stairs to go outside. "
            "Do not use elevators.")]),
    ("P", [("[질병관리청] 야외 활동 시 진드기에 물리지 않도록 긴 옷을 입으세요.",
            "[KDCA] Wear long sleeves and trousers outdoors to avoid tick bites.")]),
    ("P", [("[소방청] 화재 발생! 연기를 피해 낮은 자세로 대피하고 119에 신고하세요.",
            "[National Fire Agency] Fire! Stay low to avoid smoke, get out and call 119.")]),
    ("P", [("[서울특별시] 오늘 18:00 폭염경보 해제. 협조해 주셔서 감사합니다.",
            "[Seoul Metropolitan Government] The heat wave warning was lifted at 18:00 today. "
            "Thank you for your cooperation.")]),
]

# ---------------------------------------------------------------- 3 a district office's typhoon evacuation notice
TYPHOON = [
    ("P", [("제11호 태풍 '하이선' 북상에 따른 대피 안내", "Evacuation Notice: Typhoon Haishen (No. 11) Approaching")], "h1"),
    ("P", [("제11호 태풍 '하이선'이 9월 7일(월) 새벽 남해안에 상륙할 것으로 예상됩니다.",
            "Typhoon Haishen is expected to make landfall on the south coast early on Monday, September 7."),
           ("최대 순간풍속 초속 40m 이상의 강풍과 시간당 50mm 이상의 비가 예상되니, 저지대·반지하 주택 거주 주민께서는 "
            "6일(일) 오후 6시까지 아래 대피소로 이동해 주시기 바랍니다.",
            "With gusts above 40 meters per second and rainfall of more than 50 mm an hour forecast, residents of "
            "low-lying areas and semi-basement homes should move to one of the shelters below by 6 p.m. on "
            "Sunday, September 6.")]),
    ("P", [("지정 대피소", "Designated shelters")], "h2"),
    ("P", [("해운대초등학교 체육관 (부산 해운대구 해운대로 612)",
            "Haeundae Elementary School gymnasium (612 Haeundae-ro, Haeundae-gu, Busan)")], "li"),
    ("P", [("반여1동 행정복지센터 3층 대강당 (해운대구 반송로 853)",
            "Banyeo 1-dong Community Center, 3rd-floor auditorium (853 Bansong-ro, Haeundae-gu)")], "li"),
    ("P", [("재송중학교 다목적실 (해운대구 재반로 118)",
            "Jaesong Middle School multipurpose room (118 Jaeban-ro, Haeundae-gu)")], "li"),
    ("P", [("대피소에는 담요와 생수, 비상식량이 준비되어 있습니다.",
            "Blankets, bottled water and emergency food are provided at the shelters."),
           ("반려동물은 이동장에 넣어 오시면 별도 공간에서 함께 지낼 수 있습니다.",
            "Pets are welcome in a separate area if brought in a carrier.")]),
    ("P", [("대피 전 확인하세요", "Before you leave home")], "h2"),
    ("P", [("가스 밸브를 잠그고 전기 차단기를 내리세요.", "Turn off the gas valve and switch off the main breaker.")], "li"),
    ("P", [("창문은 테이프가 아닌 창틀 고정으로 흔들리지 않게 하세요.",
            "Wedge your windows in their frames so they do not rattle; taping them does not help.")], "li"),
    ("P", [("신분증, 상비약, 휴대전화 충전기를 챙기세요.", "Bring your ID, any medication you take and a phone charger.")],
     "li"),
    ("P", [("혼자 이동이 어려운 분은 동 행정복지센터로 연락 주시면 차량을 보내 드립니다.",
            "If you cannot get to a shelter on your own, call your community center and we will send a vehicle.")]),
    ("K", "※ 본 안내는 기상 상황에 따라 변경될 수 있으며, 변경 시 재난문자로 알려 드립니다."),
    ("P", [("해운대구 재난안전대책본부 ☎ 051-749-4000 (24시간)",
            "Haeundae-gu Disaster and Safety Countermeasures Headquarters ☎ 051-749-4000 (24 hours)")]),
]

# ---------------------------------------------------------------- 4 a local tax notice
TAX = [
    ("P", [("2026년 7월 정기분 재산세(주택) 납부 안내", "Property Tax (Housing) Notice — July 2026 Installment")], "h1"),
    ("T", "납세자", "MARTINEZ ELENA", "Taxpayer", "MARTINEZ ELENA", D),
    ("T", "과세 대상", "서울특별시 성동구 왕십리로 222, 101동 1203호",
     "Taxed property", "Unit 1203, Bldg. 101, 222 Wangsimni-ro, Seongdong-gu, Seoul"),
    ("T", "전자납부번호", "11200-2-07-26-0004512", "E-payment number", "11200-2-07-26-0004512", D),
    ("P", [("세액 내역", "Tax breakdown")], "h2"),
    ("T", "재산세", "87,900원", "Property tax", "₩87,900", D),
    ("T", "도시지역분", "16,270원", "Urban area surcharge", "₩16,270", D),
    ("T", "지방교육세", "19,280원", "Local education tax", "₩19,280", D),
    ("T", "합계", "123,450원", "Total", "₩123,450", D),
    ("T", "납부 기한", "2026. 7. 31.까지", "Due date", "By July 31, 2026"),
    ("P", [("납부 방법", "How to pay")], "h2"),
    ("P", [("가까운 은행 창구나 현금자동인출기(ATM)에서 이 고지서로 납부할 수 있습니다.",
            "You can pay with this notice at any bank counter or ATM.")], "li"),
    ("P", [("인터넷: 위택스(www.wetax.go.kr) 또는 서울시 이택스(etax.seoul.go.kr)",
            "Online: Wetax (www.wetax.go.kr) or Seoul ETAX (etax.seoul.go.kr)")], "li"),
    ("P", [("가상계좌: 우리은행 921-047381-55-001 / 신한은행 562-018-330472 (예금주: 성동구청)",
            "Virtual accounts: Woori Bank 921-047381-55-001 / Shinhan Bank 562-018-330472 "
            "(account holder: Seongdong-gu Office)")], "li"),
    ("P", [("납부 기한이 지나면 3%의 납부지연가산세가 붙고, 이후 매일 0.022%씩 더해집니다.",
            "If you pay after the due date, a 3% late-payment penalty is added, plus 0.022% for each further day.")]),
    ("K", "이 고지서는 「지방세기본법」 제60조에 따라 발송된 것이며, 고지 내용에 이의가 있는 경우 고지서를 받은 날부터 "
          "90일 이내에 이의신청을 할 수 있습니다."),
    ("P", [("문의: 성동구청 세무1과 ☎ 02-2286-5432", "Questions: Seongdong-gu Office, Tax Division 1 ☎ 02-2286-5432")]),
]

# ---------------------------------------------------------------- 5 an election guide for foreign voters
ELECTION = [
    ("P", [("외국인 유권자를 위한 제9회 전국동시지방선거 안내",
            "9th Nationwide Local Elections: A Guide for Foreign Voters")], "h1"),
    ("P", [("영주권을 취득한 날부터 3년이 지난 18세 이상 외국인은 지방선거에서 투표할 수 있습니다.",
            "Foreign nationals aged 18 or older who have held permanent residency (F-5) for at least three years "
            "may vote in local elections."),
           ("단, 국회의원 선거와 대통령 선거에는 투표할 수 없습니다.",
            "They cannot vote in presidential or National Assembly elections.")]),
    ("P", [("주요 일정", "Key dates")], "h2"),
    ("P", [("선거인명부 열람: 5월 19일(화)~5월 21일(목)", "Voter list inspection: Tuesday, May 19 – Thursday, May 21")],
     "li"),
    ("P", [("사전투표: 5월 29일(금)~5월 30일(토), 06:00~18:00",
            "Early voting: Friday, May 29 – Saturday, May 30, 6 a.m. to 6 p.m.")], "li"),
    ("P", [("선거일: 6월 3일(수), 06:00~18:00", "Election day: Wednesday, June 3, 6 a.m. to 6 p.m.")], "li"),
    ("P", [("자주 묻는 질문", "Frequently asked questions")], "h2"),
    ("P", [("Q. 투표하려면 따로 신청해야 하나요?", "Q. Do I need to register to vote?")]),
    ("P", [("A. 아니요.", "A. No."),
           ("요건을 갖춘 외국인은 선거인명부에 자동으로 올라갑니다.",
            "Eligible foreign residents are added to the voter list automatically.")]),
    ("P", [("Q. 투표소에 무엇을 가져가야 하나요?", "Q. What should I bring to the polling station?")]),
    ("P", [("A. 외국인등록증을 꼭 지참하세요.", "A. Bring your Residence Card."),
           ("여권은 신분증으로 인정되지 않습니다.", "Your passport will not be accepted as ID.")]),
    ("P", [("Q. 사전투표는 어디서 할 수 있나요?", "Q. Where can I vote early?")]),
    ("P", [("A. 전국 어느 사전투표소에서나 투표할 수 있습니다.",
            "A. At any early voting station in the country, wherever you live."),
           ("선거일에는 주소지에 지정된 투표소에서만 투표할 수 있습니다.",
            "On election day itself, you must vote at the polling station assigned to your address.")]),
    ("P", [("Q. 투표용지를 사진 찍어도 되나요?", "Q. Can I take a photo of my ballot?")]),
    ("P", [("A. 안 됩니다.", "A. No."),
           ("기표한 투표지를 촬영하면 2년 이하의 징역 또는 400만 원 이하의 벌금에 처해질 수 있습니다.",
            "Photographing a marked ballot is punishable by up to two years in prison or a fine of up to "
            "KRW 4 million.")]),
    ("E", "This guide is also available in Chinese, Vietnamese and Russian at www.nec.go.kr."),
    ("P", [("중앙선거관리위원회 ☎ 1390", "National Election Commission ☎ 1390")]),
]

# ---------------------------------------------------------------- 6 a district's garbage sorting leaflet
WASTE = [
    ("P", [("우리 동네 분리배출, 이렇게 해 주세요!", "Sorting Your Trash: A Quick Guide")], "h1"),
    ("P", [("배출 요일: 일·화·목 (오후 8시~자정)", "Collection days: Sun, Tue, Thu (8 p.m. to midnight)")]),
    ("P", [("배출 장소: 내 집 앞 또는 지정된 거점 수거함", "Where: In front of your building or at the designated drop-off point")]),
    ("P", [("[그림: 쓰레기봉투] 일반쓰레기", "[Icon: trash bag] General waste")], "h2"),
    ("P", [("반드시 구청 지정 종량제 봉투에 담아 배출하세요.",
            "Use only the district's official pay-as-you-throw bags (jongnyangje bags).")]),
    ("P", [("종량제 봉투는 편의점, 마트에서 구입할 수 있습니다(10L 490원, 20L 960원).",
            "You can buy them at convenience stores and supermarkets (10 L: KRW 490; 20 L: KRW 960).")]),
    ("P", [("[그림: 사과] 음식물쓰레기", "[Icon: apple] Food waste")], "h2"),
    ("P", [("물기를 꼭 짜서 음식물 전용 용기에 버리세요.", "Drain off all liquid and put it in a food waste bin."),
           ("닭 뼈, 조개껍데기, 달걀 껍데기, 양파 껍질은 일반쓰레기입니다.",
            "Chicken bones, shellfish shells, eggshells and onion skins go in general waste, not food waste.")]),
    ("P", [("[그림: 페트병] 재활용품", "[Icon: plastic bottle] Recyclables")], "h2"),
    ("P", [("투명 페트병은 라벨을 떼고 찌그러뜨려 뚜껑을 닫은 뒤 별도로 배출합니다.",
            "Clear PET bottles: peel off the label, crush the bottle, screw the cap back on and put it out "
            "separately.")], "li"),
    ("P", [("캔·고철, 유리병, 종이, 비닐은 종류별로 나누어 투명한 봉투에 담아 주세요.",
            "Sort cans and scrap metal, glass bottles, paper and plastic film by type into clear bags.")], "li"),
    ("P", [("택배 상자는 테이프와 송장을 떼고 펼쳐서 묶어 주세요.",
            "Remove the tape and shipping labels from delivery boxes, flatten them and tie them together.")], "li"),
    ("K", "※ 아이스팩은 주민센터 수거함에 가져다주시면 재사용됩니다.", "li"),
    ("P", [("[그림: 소파] 대형폐기물", "[Icon: sofa] Bulky waste")], "h2"),
    ("P", [("가구나 가전제품은 구청 홈페이지에서 신고하고 수수료를 낸 뒤 스티커를 붙여 배출하세요.",
            "For furniture and appliances, report online on the district website, pay the fee and attach the "
            "sticker before putting them out.")]),
    ("P", [("냉장고·세탁기 등 대형 가전은 폐가전 무상방문수거(☎ 1599-0903)를 이용하면 무료입니다.",
            "Large appliances such as refrigerators and washing machines are picked up free of charge "
            "(☎ 1599-0903).")]),
    ("P", [("위반 시 과태료 최대 100만 원", "Fines of up to KRW 1 million for violations")]),
    ("E", "Questions? Call the Dasan Call Center at 120 and press 9 for English."),
    ("P", [("청소행정과 ☎ 02-2290-7360", "Sanitation Division ☎ 02-2290-7360")]),
]
