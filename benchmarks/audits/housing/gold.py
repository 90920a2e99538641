"""Housing and daily life for foreign residents, for the housing audit: both languages
written by hand, and the gold, as data.

One tenant, Daniel Hartmann, renting a flat in Yeonnam-dong, Seoul, from Kim Jeong-suk:

``LEASE``: a standard residential lease (주택임대차표준계약서) as the form has it: the
property's label–value rows (소재지 / 토지 / 건물 / 임대할부분), the deposit and rent rows
("금 일억원정(₩100,000,000)"), articles 제1조 … 제5조 (one with an ① / ② paragraph),
repairs before move-in as rows, numbered special terms (특약사항 "1." …; one Korean sentence
the English gives as two), the closing clause, the date, and the signature block (임대인 /
임차인 / 개업공인중개사, each with address, number, phone and name rows: "주소" / "Address"
three times); a convenience-translation line in English only.
``NOTICES``: four notices of an apartment complex's management office (water shut-off
"10:00~14:00", elevator inspection, a new recycling day, noise between floors), each
signed "연남파크 관리사무소장" / "Director, Yeonnam Park Management Office" (the same pair
four times), dates alone on their line, a line the translation left out, a line the
English added.
``LISTING``: a real-estate portal's listing ("보증금 5,000 / 월세 120", "전용 84㎡ (25평)")
with its spec rows, description and agent; ``CHROME`` the portal's menus, buttons,
similar listings and footer.
``FEES``: a maintenance-fee statement (관리비 고지서) as a localization sheet ``key,ko,en``:
the items with their amounts, a total, an autopay note not translated.
``CHAT``: messages between the landlord and the tenant, a line each with its speaker
("집주인:" / "Landlord:"), short replies ("넵 알겠습니다", "ㅠㅠ", "👍"), a date line.
``CHECKLIST``: a moving checklist ("☐" items under time headings), a tip in each language
only.

A document is a list of entries, its lines in reading order:

  ("P", [(ko, en[, D]), ...][, tag])  a line on each side, its sentences' gold pairs, joined
                          by a space into one line (a pair may be n-m: its texts whole);
                          D: a pair that may be made or not.
  ("G", [(ko, en), ...][, tag])  a line whose sentences may pair one by one or whole (a
                          2-2 bead): gold is the line whole, or its sentences as listed.
  ("R", [(ko, en), ...][, tag[, spans]])  a form's row, its cells (label, value; or several
                          label–value pairs side by side; a party's cell first, ("", "")
                          where the party's cell above runs down): gold is the row whole,
                          or its cells in any contiguous groups (a group without letters on
                          a side may pair or not). ``spans``: the grid columns each cell
                          takes in a PDF or Word table (default: the last cell takes the
                          columns the row lacks).
  ("M", [ko, ...], en[, tag])  Korean lines one under another that the English gives as one
                          line: gold is the lines together with the English line.
  ("K", text[, tag]) / ("E", text[, tag])  a line one side only: never to be paired.
"""

D = "debatable"

# ---------------------------------------------------------------- 1 the lease
LEASE = [
    ("P", [("주택임대차표준계약서", "Standard Residential Lease Agreement")], "h1"),
    ("P", [("임대인(김정숙)과 임차인(다니엘 하트만)은 아래와 같이 임대차 계약을 체결한다.",
            "The Landlord (Kim Jeong-suk) and the Tenant (Daniel Hartmann) hereby enter into the following lease.")]),
    ("P", [("[임차주택의 표시]", "[Description of the Leased Property]")], "h2"),
    ("P", [("계약의 종류: ☑ 신규 계약 □ 합의에 의한 재계약 □ 「주택임대차보호법」 제6조의3의 계약갱신요구권 행사에 의한 갱신계약",
            "Type of contract: ☑ New lease □ Renewal by agreement □ Renewal at the Tenant's request under "
            "Article 6-3 of the Housing Lease Protection Act")]),
    ("R", [("소재지", "Address"),
           ("서울특별시 마포구 성미산로17길 24, 302호 (연남동, 연남하우스)",
            "Unit 302, Yeonnam House, 24 Seongmisan-ro 17-gil, Mapo-gu, Seoul")], "form", (1, 4)),
    ("R", [("토지", "Land"), ("지목", "Category"), ("대", "Building site"), ("면적", "Area"), ("198.4㎡", "198.4㎡")], "form"),
    ("R", [("건물", "Building"), ("구조·용도", "Structure / use"), ("철근콘크리트조 / 다세대주택", "Reinforced concrete / multi-family house"),
           ("면적", "Area"), ("412.6㎡", "412.6㎡")], "form"),
    ("R", [("임대할부분", "Leased portion"), ("3층 302호 전부", "All of Unit 302, 3rd floor"), ("면적", "Area"),
           ("59.8㎡", "59.8㎡")], "form", (1, 2, 1, 1)),
    ("P", [("[계약내용]", "[Terms]")], "h2"),
    ("P", [("제1조 (보증금과 차임) 위 부동산의 임대차에 관하여 임대인과 임차인은 합의에 의하여 보증금 및 차임을 아래와 같이 지불하기로 한다.",
            "Article 1 (Deposit and Rent) The Landlord and the Tenant agree that the deposit and rent for the "
            "property above shall be paid as follows.")]),
    ("R", [("보증금", "Deposit"), ("금 일억원정(₩100,000,000)", "One hundred million won (KRW 100,000,000)")]),
    ("R", [("계약금", "Down payment"), ("금 일천만원정(₩10,000,000)은 계약 시에 지불하고 영수함 (영수자: 김정숙 인)",
                                      "KRW 10,000,000, paid on signing and received by the Landlord (receipt: Kim Jeong-suk, seal)")]),
    ("R", [("잔금", "Balance"), ("금 구천만원정(₩90,000,000)은 2026년 3월 27일에 지불한다",
                               "KRW 90,000,000, payable on March 27, 2026")]),
    ("R", [("차임(월세)", "Monthly rent"), ("금 육십만원정(₩600,000)은 매월 27일에 지불한다 (입금계좌: 국민은행 123-45-678901, 예금주 김정숙)",
                                        "KRW 600,000, payable on the 27th of each month to KB Kookmin Bank "
                                        "account 123-45-678901 (holder: Kim Jeong-suk)")]),
    ("R", [("관리비", "Maintenance fee"), ("정액 월 80,000원 (수도·인터넷 포함, 전기·가스는 임차인이 사용량에 따라 별도 납부)",
                                         "A flat KRW 80,000 a month, water and internet included; the Tenant pays "
                                         "electricity and gas separately by use")]),
    ("P", [("제2조 (임대차기간) 임대인은 임차주택을 임대차 목적대로 사용·수익할 수 있는 상태로 2026년 3월 27일까지 임차인에게 인도하고, "
            "임대차기간은 인도일로부터 2028년 3월 26일까지로 한다.",
            "Article 2 (Term) The Landlord shall hand the property over to the Tenant, fit for use as a home, by "
            "March 27, 2026, and the lease shall run from that day until March 26, 2028.")]),
    ("P", [("제3조 (입주 전 수리) 임대인과 임차인은 임차주택의 수리가 필요한 시설물 및 비용부담에 관하여 다음과 같이 합의한다.",
            "Article 3 (Repairs before Move-in) The parties agree as follows on what must be repaired before the "
            "Tenant moves in and who pays for it.")]),
    ("R", [("수리 필요 시설", "Repairs needed"), ("욕실 환풍기 및 현관 디지털 도어록 교체 (비용: 임대인 부담)",
                                             "Replace the bathroom fan and the digital door lock (at the Landlord's cost)")]),
    ("R", [("수리 완료 시기", "To be completed by"), ("잔금지급 기일인 2026년 3월 27일까지",
                                                  "March 27, 2026, the day the balance is due")]),
    ("P", [("제4조 (임차주택의 사용·관리·수선) ① 임차인은 임대인의 동의 없이 임차주택의 구조변경 및 전대나 임차권 양도를 할 수 없으며, "
            "임대차 목적인 주거 이외의 용도로 사용할 수 없다.",
            "Article 4 (Use, Care and Repair) (1) The Tenant shall not alter the structure of the property, "
            "sublet it or assign the lease without the Landlord's consent, and shall use it only as a home.")]),
    ("P", [("② 임대인은 계약 존속 중 임차주택을 사용·수익에 필요한 상태로 유지하여야 하고, 임차인이 부담하여야 할 소모품 교체 등 "
            "간단한 수선 외에는 임대인이 그 비용을 부담한다.",
            "(2) The Landlord shall keep the property fit for use throughout the lease and shall pay for all "
            "repairs except minor ones, such as replacing consumables, which fall to the Tenant.")]),
    ("P", [("제5조 (계약의 해제) 임차인이 임대인에게 중도금(중도금이 없을 때는 잔금)을 지급하기 전까지, 임대인은 계약금의 배액을 "
            "상환하고, 임차인은 계약금을 포기하고 이 계약을 해제할 수 있다.",
            "Article 5 (Cancellation) Until the Tenant pays the interim payment (or the balance, if there is "
            "none), the Landlord may cancel this agreement by paying back twice the down payment, and the "
            "Tenant by giving up the down payment.")]),
    ("P", [("[특약사항]", "[Special Terms]")], "h2"),
    ("P", [("1. 현 시설 상태에서의 임대차이며, 임대인 소유의 벽걸이 에어컨 2대와 세탁기를 옵션으로 제공한다.",
            "1. The property is let as it stands. Two wall-mounted air conditioners and a washing machine "
            "belonging to the Landlord are included.")], "li"),
    ("P", [("2. 반려동물은 소형견 1마리에 한하여 허용하되, 퇴거 시 도배·장판이 훼손된 경우 임차인이 원상복구한다.",
            "2. One small dog is allowed; if it damages the wallpaper or floor covering, the Tenant shall restore "
            "them when moving out.")], "li"),
    ("P", [("3. 임대인은 잔금 지급일 다음 날까지 임차주택에 근저당권 등 새로운 권리를 설정하지 않는다.",
            "3. Until the day after the balance is paid, the Landlord shall not create any new right over the "
            "property, such as a mortgage.")], "li"),
    ("P", [("4. 임차인의 사정으로 계약기간 중 퇴거하는 경우 새 임차인을 구하는 데 드는 중개보수는 임차인이 부담한다.",
            "4. If the Tenant leaves before the end of the term for reasons of their own, the Tenant shall pay "
            "the agent's fee for finding a new tenant.")], "li"),
    ("P", [("5. 기타 사항은 민법, 주택임대차보호법 및 부동산 거래 관행에 따른다.",
            "5. Anything not covered here is governed by the Civil Act, the Housing Lease Protection Act and "
            "customary practice.")], "li"),
    ("E", "This English version is a courtesy translation for the Tenant. If the two versions differ, the "
          "Korean original prevails."),
    ("P", [("본 계약을 증명하기 위하여 계약 당사자가 이의 없음을 확인하고 각각 서명·날인 후 임대인, 임차인, 개업공인중개사는 "
            "매 장마다 간인하여야 하며, 각각 1통씩 보관한다.",
            "In witness whereof, the parties, having confirmed that they have no objection, sign and seal this "
            "agreement; the Landlord, the Tenant and the licensed agent seal across every page, and each keeps "
            "one copy.")]),
    ("P", [("2026년 3월 2일", "March 2, 2026")]),
    # the form's signature block: a party's cell down two rows; its address across the row,
    # a box for the signature or seal; then number, phone and name side by side
    ("R", [("임대인", "Landlord"), ("주소", "Address"), ("서울특별시 마포구 성미산로17길 24, 101호",
                                                     "Unit 101, 24 Seongmisan-ro 17-gil, Mapo-gu, Seoul"),
           ("서명 또는 날인 ㊞", "Signature or seal")], "sig", (1, 1, 4, 1)),
    ("R", [("", ""), ("주민등록번호", "Resident reg. no."), ("560312-2******", "560312-2******"), ("전화", "Phone"),
           ("010-5521-3307", "+82-10-5521-3307"), ("성명", "Name"), ("김정숙", "Kim Jeong-suk")], "sig"),
    ("R", [("임차인", "Tenant"), ("주소", "Address"), ("서울특별시 서대문구 연희로 11, 하늘채 오피스텔 1507호",
                                                   "Unit 1507, Haneulchae Officetel, 11 Yeonhui-ro, Seodaemun-gu, Seoul"),
           ("서명 또는 날인 ㊞", "Signature or seal")], "sig", (1, 1, 4, 1)),
    ("R", [("", ""), ("외국인등록번호", "Alien reg. no."), ("880917-5******", "880917-5******"), ("전화", "Phone"),
           ("010-7734-2018", "+82-10-7734-2018"), ("성명", "Name"), ("다니엘 하트만", "Daniel Hartmann")], "sig"),
    ("R", [("개업공인중개사", "Licensed agent"), ("사무소 소재지", "Office address"),
           ("서울특별시 마포구 동교로 251, 1층", "1F, 251 Donggyo-ro, Mapo-gu, Seoul"),
           ("서명 및 날인 ㊞", "Signature and seal")], "sig", (1, 1, 4, 1)),
    ("R", [("", ""), ("사무소 명칭", "Office name"), ("연남공인중개사사무소", "Yeonnam Real Estate Agency"), ("대표", "CEO"),
           ("박성훈", "Park Seong-hoon"), ("등록번호", "Reg. no."), ("11440-2019-00213", "11440-2019-00213")], "sig"),
]

# ---------------------------------------------------------------- 2 the management office's notices
SIGNATURE = ("연남파크 관리사무소장", "Director, Yeonnam Park Management Office")

NOTICES = [
    [
        ("P", [("[공지] 단수 안내", "[Notice] Water Supply Interruption")], "h1"),
        ("P", [("입주민 여러분께 알려드립니다.", "Dear residents,")]),
        ("P", [("저수조 청소 및 배관 점검 작업으로 아래와 같이 단수됨을 알려드립니다.",
                "The water will be shut off as shown below while the water tanks are cleaned and the pipes inspected.")]),
        ("M", ["일시: 2026년 4월 14일(화) 10:00~14:00", "대상: 101동~104동 전 세대"],
         "When: Tuesday, April 14, 2026, 10:00 a.m. to 2:00 p.m., in all units of Buildings 101 to 104"),
        ("P", [("작업 시간 동안에는 수돗물을 사용할 수 없으니 식수와 생활용수를 미리 받아 두시기 바랍니다.",
                "There will be no tap water during the work, so please fill containers with drinking and washing water beforehand.")]),
        ("P", [("단수 후 처음 나오는 물에는 녹물이 섞여 있을 수 있으니 1~2분 정도 흘려 보낸 뒤 사용해 주십시오.",
                "When the water comes back, it may be rusty at first. Let the tap run for a minute or two before using it.")]),
        ("K", "작업 일정은 기상 상황에 따라 변경될 수 있습니다."),
        ("P", [("※ 문의: 관리사무소 (☎ 02-332-5100, 평일 09:00~18:00)",
                "Questions: Management Office, 02-332-5100 (weekdays 9 a.m. to 6 p.m.)")]),
        ("P", [("2026. 4. 7.", "April 7, 2026", D)]),
        ("P", [SIGNATURE]),
    ],
    [
        ("P", [("[공지] 승강기 정기검사 안내", "[Notice] Elevator Inspection")], "h1"),
        ("P", [("「승강기 안전관리법」에 따라 승강기 정기검사를 실시합니다.",
                "The elevators will have their periodic inspection, as the Elevator Safety Management Act requires.")]),
        ("P", [("검사일: 2026년 4월 21일(화) 09:00~17:00", "Date: Tuesday, April 21, 2026, 9:00 a.m. to 5:00 p.m.")]),
        ("P", [("검사 순서: 101동 → 102동 → 103동 → 104동 (동별 약 2시간 소요)",
                "Order: Building 101 → 102 → 103 → 104 (about two hours each)")]),
        ("P", [("검사 중인 동의 승강기는 운행이 중지되므로 계단을 이용해 주시기 바랍니다.",
                "A building's elevator will be out of service while it is being inspected; please use the stairs.")]),
        ("P", [("거동이 불편하신 분이 계신 세대는 관리사무소로 미리 연락 주시면 도와드리겠습니다.",
                "If someone in your household has trouble walking, call the management office ahead of time and we will help.")]),
        ("P", [("택배 수령이나 이삿짐 운반은 검사 시간을 피해 주시기 바랍니다.",
                "Please do not schedule deliveries or moves during the inspection.")]),
        ("P", [("2026. 4. 14.", "April 14, 2026", D)]),
        ("P", [(SIGNATURE[0] + " (직인생략)", SIGNATURE[1])]),
    ],
    [
        ("P", [("[안내] 재활용품 분리배출 요일 변경", "[Notice] New Recycling Day")], "h1"),
        ("P", [("5월부터 재활용품 분리배출 요일이 수요일에서 목요일로 바뀝니다.",
                "Starting in May, recycling day moves from Wednesday to Thursday.")]),
        ("P", [("배출 시간: 목요일 18:00 ~ 금요일 08:00", "Drop-off hours: Thursday 6 p.m. to Friday 8 a.m.")]),
        ("P", [("페트병은 라벨을 떼고 내용물을 비운 뒤 찌그러뜨려 투명 페트병 전용 마대에 넣어 주세요.",
                "Peel the labels off PET bottles, empty and crush them, and put them in the sack for clear PET bottles.")]),
        ("P", [("음식물이 묻은 용기는 씻어서 내놓으시고, 씻기 어려운 것은 종량제 봉투에 버려 주세요.",
                "Rinse food containers before putting them out. Anything that will not come clean goes in a "
                "pay-as-you-throw garbage bag.")]),
        ("P", [("스티로폼은 테이프와 택배 송장을 제거한 후 배출해야 합니다.",
                "Take the tape and shipping labels off Styrofoam before you put it out.")]),
        ("P", [("분리배출 규정을 지키지 않으면 과태료가 부과될 수 있습니다.",
                "Not following the sorting rules may lead to a fine.")]),
        ("E", "A sorting guide in English, Chinese and Vietnamese is available at the management office."),
        ("P", [SIGNATURE]),
    ],
    [
        ("P", [("[협조 요청] 층간소음을 줄여 주세요", "[Request] Please Keep Noise Down Between Floors")], "h1"),
        ("P", [("최근 층간소음으로 인한 민원이 잇따르고 있습니다.",
                "We have recently had a string of complaints about noise between floors.")]),
        ("P", [("특히 밤 10시부터 아침 6시까지는 세탁기·청소기와 운동기구 사용을 자제해 주시기 바랍니다.",
                "Between 10 p.m. and 6 a.m. in particular, please avoid running the washing machine or vacuum "
                "cleaner and using exercise equipment.")]),
        ("P", [("실내에서는 슬리퍼를 신고, 의자 다리에는 소음 방지 패드를 붙여 주세요.",
                "Wear slippers indoors and put felt pads on chair legs.")]),
        ("P", [("이웃 세대를 직접 찾아가거나 인터폰으로 항의하면 다툼으로 번질 수 있으니 관리사무소를 통해 주십시오.",
                "Knocking on a neighbor's door or complaining over the intercom can turn into a quarrel, so please "
                "go through the management office instead.")]),
        ("P", [("서로 조금씩 배려하여 살기 좋은 단지를 함께 만들어 갑시다.",
                "With a little consideration on all sides, we can keep this a good place to live.")]),
        ("P", [("2026. 4. 20.", "April 20, 2026", D)]),
        ("P", [SIGNATURE]),
    ],
]

# ---------------------------------------------------------------- 3 a listing on a real-estate portal
LISTING = [
    ("P", [("연남동 역세권 신축 투룸 · 풀옵션 · 즉시입주",
            "Brand-new two-room flat near Hongik Univ. Station – fully furnished, available now")], "h1"),
    ("P", [("월세 5,000/120", "Monthly rent KRW 50M / 1.2M")], "price"),
    ("P", [("투룸 · 전용 84㎡(25평) · 5/7층 · 남향", "2 bedrooms · 84㎡ net (25 pyeong) · floor 5 of 7 · south-facing")], "summary"),
    ("R", [("거래유형", "Type"), ("월세", "Monthly rent")]),
    ("R", [("가격", "Price"), ("보증금 5,000 / 월세 120", "Deposit KRW 50M / Rent KRW 1.2M a month")]),
    ("R", [("관리비", "Maintenance fee"), ("15만원 (수도·인터넷 포함)", "KRW 150,000 a month (water and internet included)")]),
    ("R", [("면적", "Size"), ("공급 112㎡ (34평) / 전용 84㎡ (25평)", "112㎡ gross (34 pyeong) / 84㎡ net (25 pyeong)")]),
    ("R", [("층", "Floor"), ("5층 / 총 7층", "5th of 7")]),
    ("R", [("방/욕실", "Bedrooms / baths"), ("2개 / 1개", "2 / 1")]),
    ("R", [("방향", "Facing"), ("남향 (거실 기준)", "South (living room)")]),
    ("R", [("입주가능일", "Move-in"), ("즉시 입주", "Immediately")]),
    ("R", [("주차", "Parking"), ("세대당 1대 가능", "One space per unit")]),
    ("R", [("매물번호", "Listing no."), ("2604117823", "2604117823")]),
    ("P", [("상세 설명", "Description", D)], "h2"),
    ("P", [("2호선·경의중앙선 홍대입구역 3번 출구에서 걸어서 6분 거리의 신축 빌라입니다.",
            "A new low-rise building six minutes' walk from Exit 3 of Hongik Univ. Station (Line 2 and the "
            "Gyeongui–Jungang Line).")]),
    ("P", [("냉장고, 세탁기, 에어컨, 인덕션, 붙박이장이 모두 갖춰져 있어 몸만 들어오시면 됩니다.",
            "The fridge, washing machine, air conditioner, induction hob and built-in wardrobes are all there: "
            "just bring your suitcase.")]),
    ("P", [("외국인 임차인도 환영하며, 영어로 상담해 드립니다.", "Foreign tenants are welcome, and we can help you in English.")]),
    ("P", [("반려동물은 협의 후 가능합니다.", "Pets negotiable.")]),
    ("K", "※ 허위매물로 확인될 경우 신고하신 분께 포상금을 드립니다."),
    ("P", [("연남공인중개사사무소 | 대표 박성훈 | 02-334-7781",
            "Yeonnam Real Estate Agency | Park Seong-hoon, CEO | +82-2-334-7781")], "agent"),
]

CHROME = {
    "ko": dict(title="연남동 투룸 월세 - 집톡", logo="집톡",
               menu=["지도", "아파트", "빌라·투룸", "원룸", "오피스텔", "분양", "커뮤니티"],
               login=["로그인", "회원가입"], crumbs=["홈", "서울시", "마포구", "연남동"],
               buttons=["관심매물 ♡", "공유하기", "허위매물 신고"],
               similar_head="이 매물과 비슷한 매물",
               similar=["망원동 원룸 보증금 1,000 / 월세 65", "합정동 쓰리룸 전세 4억 2,000", "연희동 투룸 보증금 3,000 / 월세 95"],
               footer=["이용약관", "개인정보처리방침", "(주)집톡 | 대표 한지원 | 사업자등록번호 214-88-01234",
                       "© 2026 Jiptalk Inc. All rights reserved."]),
    "en": dict(title="Two-room flat for rent in Yeonnam-dong - Jiptalk", logo="Jiptalk",
               menu=["Map", "Apartments", "Villas", "Studios", "Officetels", "New builds", "Community"],
               login=["Sign in", "Join"], crumbs=["Home", "Seoul", "Mapo-gu", "Yeonnam-dong"],
               buttons=["Save ♡", "Share", "Report this listing"],
               similar_head="Similar listings",
               similar=["Studio in Mangwon-dong · KRW 10M / 650K", "Three-room jeonse in Hapjeong-dong · KRW 420M",
                        "Two-room in Yeonhui-dong · KRW 30M / 950K"],
               footer=["Terms of Service", "Privacy Policy", "Jiptalk Inc. | CEO Han Ji-won | Business reg. 214-88-01234",
                       "© 2026 Jiptalk Inc. All rights reserved."]),
}

# ---------------------------------------------------------------- 4 a maintenance-fee statement (key, ko, en)
FEES = [
    ("stmt.title", "2026년 3월분 관리비 고지서", "Maintenance Fee Statement – March 2026"),
    ("stmt.unit", "101동 1203호 (전용 84㎡)", "Building 101, Unit 1203 (84㎡)"),
    ("stmt.period", "사용기간: 2026.03.01 ~ 2026.03.31", "Billing period: March 1–31, 2026"),
    ("stmt.due", "납부기한: 2026년 4월 25일", "Due date: April 25, 2026"),
    ("fee.general", "일반관리비 42,300원", "General management KRW 42,300"),
    ("fee.cleaning", "청소비 11,800원", "Cleaning KRW 11,800"),
    ("fee.security", "경비비 23,500원", "Security KRW 23,500"),
    ("fee.elevator", "승강기유지비 3,200원", "Elevator maintenance KRW 3,200"),
    ("fee.repair_reserve", "장기수선충당금 18,720원", "Long-term repair reserve KRW 18,720"),
    ("fee.electricity", "세대전기료 46,830원 (312kWh)", "Electricity, your unit KRW 46,830 (312 kWh)"),
    ("fee.water", "세대수도료 21,400원 (14㎥)", "Water, your unit KRW 21,400 (14 m³)"),
    ("fee.heating", "난방비 68,950원", "Heating KRW 68,950"),
    ("fee.tv", "TV수신료 2,500원", "TV licence fee KRW 2,500"),
    ("stmt.total", "당월 부과액 합계 239,200원", "Total this month KRW 239,200"),
    ("stmt.late", "납기 후 연체료 2% 가산", "2% late charge after the due date"),
    ("note.autopay", "자동이체를 신청하시면 매월 500원이 할인됩니다.", ""),
    ("note.reserve", "장기수선충당금은 소유자 부담 항목으로, 임차인은 퇴거 시 임대인에게 반환을 청구할 수 있습니다.",
     "The long-term repair reserve is the owner's cost: tenants can ask the landlord to pay it back when they move out."),
    ("stmt.account", "납부계좌: 우리은행 1005-803-114422 (예금주: 연남파크 관리사무소)",
     "Pay to: Woori Bank 1005-803-114422 (Yeonnam Park Management Office)"),
]

# ---------------------------------------------------------------- 5 the landlord's and tenant's messages
CHAT = [
    ("P", [("2026년 4월 13일 월요일", "Monday, April 13, 2026")], "date"),
    ("P", [("집주인: 다니엘 씨, 안녕하세요. 집주인 김정숙이에요.", "Landlord: Hi Daniel, it's Kim Jeong-suk, your landlord.")]),
    ("P", [("집주인: 보일러 점검 기사님이 내일 오전 10시쯤 오신대요.",
            "Landlord: The boiler technician is coming tomorrow around 10 a.m.")]),
    ("P", [("집주인: 혹시 그 시간에 집에 계세요?", "Landlord: Will you be home then?")]),
    ("G", [("다니엘: 안녕하세요!", "Daniel: Hi!"), ("내일은 출근해야 해서요 ㅠㅠ", "I have to be at work tomorrow 😢")]),
    ("P", [("다니엘: 현관 비밀번호 알려 드릴 테니 그냥 들어가셔도 괜찮아요.",
            "Daniel: I'll give you the door code, so he can just go in.")]),
    ("P", [("집주인: 네 그럼 그렇게 할게요.", "Landlord: OK, let's do that.")]),
    ("P", [("집주인: 끝나면 사진 찍어서 보내 드릴게요", "Landlord: I'll send you photos when he's done")]),
    ("P", [("다니엘: 감사합니다 👍", "Daniel: Thank you 👍")]),
    ("P", [("다니엘: 그리고 욕실 천장에서 물이 조금 새는 것 같아요.",
            "Daniel: Also, I think the bathroom ceiling is leaking a little.")]),
    ("P", [("다니엘: 윗집에서 샤워할 때마다 물방울이 떨어져요.", "Daniel: Water drips down every time the people upstairs shower.")]),
    ("P", [("다니엘: [사진]", "Daniel: [Photo]", D)]),
    ("P", [("집주인: 어머 그래요?", "Landlord: Oh no, really?")]),
    ("G", [("집주인: 기사님 오시면 같이 봐 달라고 할게요.", "Landlord: I'll ask the technician to look at it too."),
           ("윗집에도 제가 연락해 볼게요.", "And I'll get in touch with the people upstairs.")]),
    ("K", "집주인: (이모티콘)"),
    ("P", [("2026년 4월 28일 화요일", "Tuesday, April 28, 2026")], "date"),
    ("P", [("다니엘: 이번 달 월세 어제 보냈습니다!", "Daniel: I sent this month's rent yesterday!")]),
    ("P", [("집주인: 네 확인했어요~ 고마워요", "Landlord: Got it, thanks~")]),
    ("P", [("집주인: 참, 다음 주 화요일에 단수된다고 하니까 물 미리 받아 두세요.",
            "Landlord: Oh, and the water will be off next Tuesday, so fill up some containers beforehand.")]),
    ("P", [("다니엘: 넵 알겠습니다", "Daniel: Will do.")]),
]

# ---------------------------------------------------------------- 6 a moving checklist
CHECKLIST = [
    ("P", [("이사 체크리스트 (외국인 세입자용)", "Moving Checklist for Foreign Tenants")], "h1"),
    ("P", [("이사 한 달 전", "One month before")], "h2"),
    ("P", [("☐ 이삿짐센터 3곳 이상에서 방문 견적 받기", "☐ Get on-site quotes from at least three moving companies")], "li"),
    ("P", [("☐ 포장이사, 반포장이사, 일반이사 중 선택하기", "☐ Choose full-service, partial or basic moving")], "li"),
    ("P", [("☐ '손 없는 날'은 이사 비용이 비싸니 날짜를 미리 정하기",
            "☐ Fix your date early: moving costs more on \"son eomneun nal,\" the days thought lucky for moving")], "li"),
    ("P", [("이사 1~2주 전", "One to two weeks before")], "h2"),
    ("P", [("☐ 인터넷·TV 이전 설치 신청 (통신사 고객센터)", "☐ Ask your internet and TV provider to move your service")], "li"),
    ("P", [("☐ 도시가스 철거 및 연결 예약", "☐ Book the gas company to disconnect at the old place and connect at the new one")], "li"),
    ("P", [("☐ 대형폐기물(가구·가전) 배출 스티커 구입: 주민센터 또는 구청 홈페이지",
            "☐ Buy stickers for bulky waste (furniture, appliances) at the community center or on the district "
            "office website")], "li"),
    ("K", "※ 이사 당일 엘리베이터 사용은 관리사무소에 미리 예약하세요."),
    ("P", [("이사 당일", "Moving day")], "h2"),
    ("P", [("☐ 전기·수도·가스 계량기 숫자 사진 찍어 두기", "☐ Photograph the electricity, water and gas meter readings")], "li"),
    ("P", [("☐ 관리비 정산하고 영수증 받기", "☐ Settle the maintenance fees and get a receipt")], "li"),
    ("P", [("☐ 잔금을 보내면서 열쇠와 현관 비밀번호 넘겨받기", "☐ Get the keys and the door code when you pay the balance")], "li"),
    ("P", [("☐ 벽지, 바닥, 욕실의 기존 하자 사진 남기기", "☐ Take pictures of any existing damage to walls, floors and the bathroom")], "li"),
    ("P", [("이사 후", "After the move")], "h2"),
    ("P", [("☐ 14일 이내에 전입신고하고 확정일자 받기 (주민센터 또는 정부24)",
            "☐ Within 14 days, register your new address and get a fixed date on your lease (community center "
            "or Gov24)")], "li"),
    ("E", "☐ Foreign residents: the move-in report also counts as your change of address for immigration "
          "(체류지 변경신고), so you do not need to visit the immigration office separately."),
    ("P", [("☐ 은행, 카드사, 통신사에 바뀐 주소 알리기", "☐ Update your address with your bank, card company and mobile carrier")], "li"),
    ("E", "Tip: save your landlord's and your agent's phone numbers before moving day."),
]
