"""Medicine and health material for the medical audit, both languages written by hand, and
its gold, as data.

``LEAFLET``: a children's ibuprofen suspension's patient leaflet (성분·함량, 효능·효과,
용법·용량 with "5~10 mg/kg", "1일 3~4회", a dosage table by age and weight, ※ warnings,
contraindications and side effects as bullet lists, storage, an adverse-event reporting
line Korean only, a trademark line English only). ``WARNINGS``: the carton's short
warnings, printed with both languages on one line. ``PREOP``: a hospital international
clinic's pre-op and discharge instructions (numbered steps, "오전 6시" / "6 a.m.", "NPO after
midnight", an ER list, a follow-up appointment, a phone line; an after-hours line English
only, a document number Korean only). ``CONSENT``: a surgical consent form (blanks, risks
list, "□ 동의함 □ 동의하지 않음" checkbox lines, signature and date lines, a legal footnote
Korean only, a "Korean version prevails" line English only). ``NOTICE``: a public health
centre's flu vaccination notice (a table of groups, birth years, doses and dates, a phone
line, a staff line Korean only, an interpretation line English only). ``LAB``: a lab
report (codes, tests, results with H flags, units, reference ranges) and a prescription
(ICD-10 codes, Latin drug names the same on both sides, doses and directions).

A document is a list of entries, its lines in reading order:

  ("P", [(ko, en[, D]), ...][, tag])  a line on each side, its sentences' gold pairs, joined
                                by a space into one line; D: a pair that may be made or not;
                                a list instead: the pairs of another fair reading.
                                ``tag``: "h1", "h2", "li", "num" (a numbered step), "p".
  ("K", text[, tag]) / ("E", text[, tag])  a line only the Korean / English side has (to be
                                left unpaired).
  ("T", rows)                   a table: rows of (ko, en) cells, the first the header. Gold:
                                a row whole, or its cells that differ and hold letters
                                (cells of figures, or the same on both sides, may pair or not).
"""

D = "debatable"

# ---------------------------------------------------------------- 1 patient leaflet (two .txt, two .pdf)
LEAFLET = [
    ("P", [("해솔키즈 현탁액 (이부프로펜)", "Haesol Kids Oral Suspension (ibuprofen)")], "h1"),
    ("P", [("일반의약품 | 해열·진통제", "Pharmacy medicine | Fever and pain relief", D)]),
    ("P", [("사용 전 이 설명서를 끝까지 읽고, 필요할 때 다시 볼 수 있도록 보관하십시오.",
            "Read all of this leaflet before giving this medicine, and keep it: you may need to read it again.")]),
    ("P", [("성분·함량", "What it contains")], "h2"),
    ("P", [("이 약 5 mL 중 이부프로펜(KP) 100 mg", "Each 5 mL contains 100 mg of ibuprofen.")]),
    ("P", [("첨가제: 백당, D-소르비톨액, 시트르산수화물, 황색4호(타르트라진)",
            "Other ingredients: sucrose, sorbitol solution, citric acid, tartrazine (E102)")]),
    ("P", [("효능·효과", "What it is used for")], "h2"),
    ("P", [("감기로 인한 발열 및 동통, 두통, 치통, 근육통, 귀의 통증, 염좌통의 완화",
            "Short-term relief of fever and pain from colds, headache, toothache, muscle aches, earache and sprains.")]),
    ("P", [("용법·용량", "How much to give")], "h2"),
    ("P", [("1회 5~10 mg/kg을 1일 3~4회 복용합니다.", "Give 5–10 mg/kg per dose, 3 to 4 times a day."),
           ("복용 간격은 4시간 이상으로 합니다.", "Leave at least 4 hours between doses.")]),
    ("P", [("아래 표를 참고하여 체중에 맞게 복용하십시오.", "Use the table below to find the right dose for your child's weight.")]),
    ("T", [
        [("연령", "Age"), ("체중", "Weight"), ("1회 복용량", "Dose")],
        [("6~11개월", "6–11 months"), ("7~9 kg", "7–9 kg"), ("2.5~3 mL", "2.5–3 mL")],
        [("1~2세", "1–2 years"), ("10~12 kg", "10–12 kg"), ("4 mL", "4 mL")],
        [("3~6세", "3–6 years"), ("13~20 kg", "13–20 kg"), ("5~7 mL", "5–7 mL")],
        [("7~9세", "7–9 years"), ("21~29 kg", "21–29 kg"), ("8~10 mL", "8–10 mL")],
        [("10~12세", "10–12 years"), ("30~39 kg", "30–39 kg"), ("12~15 mL", "12–15 mL")],
    ]),
    ("P", [("※ 1일 최대 복용량(40 mg/kg)을 넘지 마십시오.", "※ Never give more than 40 mg/kg in 24 hours.")]),
    ("P", [("※ 생후 6개월 미만의 영아에게는 의사의 처방 없이 사용하지 마십시오.",
            "※ Not for babies under 6 months unless a doctor has prescribed it.")]),
    ("P", [("잘 흔들어서 동봉된 계량컵으로 정확히 재어 복용하십시오.",
            "Shake the bottle well. Measure each dose with the cup provided.")]),
    ("P", [("다음과 같은 사람은 이 약을 복용하지 마십시오.", "Do not give this medicine to a child who:")], "h2"),
    ("P", [("이 약 또는 다른 해열진통제에 과민반응(천식, 두드러기 등)을 보인 적이 있는 사람",
            "has ever reacted badly (asthma, hives) to this or any other fever or pain medicine")], "li"),
    ("P", [("위장관 궤양 또는 출혈이 있는 사람", "has a stomach ulcer or bleeding in the stomach or gut")], "li"),
    ("P", [("심한 간장애, 신장애 또는 심장기능부전 환자", "has severe liver, kidney or heart disease")], "li"),
    ("P", [("수두를 앓고 있거나 심한 설사·구토로 탈수 상태인 어린이",
            "has chickenpox, or is dehydrated from severe diarrhea or vomiting")], "li"),
    ("P", [("이상반응", "Possible side effects")], "h2"),
    ("P", [("다음과 같은 증상이 나타나면 즉시 복용을 중지하고 의사 또는 약사와 상의하십시오.",
            "Stop giving the medicine and talk to a doctor or pharmacist straight away if your child has:")]),
    ("P", [("쇼크 증상: 호흡곤란, 얼굴·입술의 부기, 온몸의 두드러기",
            "signs of a severe allergic reaction: trouble breathing, a swollen face or lips, hives all over the body")], "li"),
    ("P", [("위장 증상: 구역, 구토, 복통, 검은 변", "stomach problems: nausea, vomiting, tummy pain, black stools")], "li"),
    ("P", [("피부 증상: 발진, 가려움", "skin problems: a rash or itching")], "li"),
    ("P", [("3~5일간 복용하여도 증상이 좋아지지 않는 경우", "no improvement after 3 to 5 days")], "li"),
    ("K", "※ 의약품 부작용 피해구제 신청: 한국의약품안전관리원 1644-6223 (www.drugsafe.or.kr)"),
    ("P", [("보관 및 취급 시 주의사항", "How to store it")], "h2"),
    ("P", [("어린이의 손이 닿지 않는 곳에 보관하십시오.", "Keep out of the sight and reach of children.")], "li"),
    ("P", [("직사광선을 피해 실온(1~30℃)에서 보관하십시오.", "Store at room temperature (1–30°C), away from direct sunlight.")], "li"),
    ("P", [("개봉 후에는 6개월 이내에 사용하고, 남은 약은 버리십시오.",
            "Once opened, use within 6 months and throw away what is left.")], "li"),
    ("P", [("제조의뢰자: (주)해솔제약 서울특별시 서초구 반포대로 58",
            "Marketing authorization holder: Haesol Pharmaceutical Co., Ltd., 58 Banpo-daero, Seocho-gu, Seoul")]),
    ("P", [("이 설명서의 최종 개정 연월일: 2026년 9월 1일", "This leaflet was last revised in September 2026.")]),
    ("E", "Haesol® and Haesol Kids® are registered trademarks of Haesol Pharmaceutical Co., Ltd."),
]

# ---------------------------------------------------------------- 2 the carton's short warnings, both languages a line
WARNINGS = [
    ("P", [("주의사항", "Warnings")]),
    ("P", [("복용 전 잘 흔들어 주세요.", "Shake well before use.")]),
    ("P", [("어린이 손에 닿지 않게 보관하세요.", "Keep out of reach of children.")]),
    ("P", [("정해진 용법·용량을 지키세요.", "Do not exceed the stated dose.")]),
    ("P", [("다른 해열진통제와 함께 복용하지 마세요.", "Do not give with other fever or pain medicines.")]),
    # the English adds a sentence the Korean does not have: the line whole, or its first
    # sentence alone (made so after the first run, which asked for the line whole)
    ("P", [("복용 후 졸음이 올 수 있습니다.", "May cause drowsiness. Do not drive or operate machinery.",
            [("복용 후 졸음이 올 수 있습니다.", "May cause drowsiness.")])]),
    ("P", [("음주 전후에는 복용하지 마세요.", "Avoid alcohol while taking this medicine.")]),
    ("P", [("임부 및 수유부는 의사와 상의하세요.", "Pregnant or breastfeeding? Ask your doctor first.")]),
    ("P", [("3일 이상 열이 계속되면 진료를 받으세요.", "See a doctor if the fever lasts more than 3 days.")]),
    ("P", [("개봉 후 냉장 보관", "Refrigerate after opening")]),
    ("P", [("1일 최대 4회", "No more than 4 doses in 24 hours")]),
    ("P", [("위장 장애가 있으면 식후에 복용", "Give with food if it upsets the stomach")]),
    ("P", [("※ 알레르기 체질은 복용 전 약사와 상의", "※ Allergies? Talk to your pharmacist first.")]),
    ("P", [("유효기간이 지난 약은 가까운 약국의 폐의약품 수거함에 버리세요.",
            "Take expired medicine to the return bin at any pharmacy.")]),
    ("K", "소비자 상담실 080-024-5800 (수신자 부담)"),
    ("E", "Haesol® is a registered trademark of Haesol Pharmaceutical Co., Ltd."),
]

# ---------------------------------------------------------------- 3 pre-op and discharge instructions (two .txt, one bilingual file)
PREOP = [
    ("P", [("수술 전후 안내문 (전신마취)", "Before and After Your Surgery (General Anesthesia)")], "h1"),
    ("P", [("서울한빛병원 국제진료센터", "International Healthcare Center, Seoul Hanbit Hospital")]),
    ("P", [("안전한 수술을 위해 아래 내용을 꼭 지켜 주십시오.", "Please follow these instructions closely: they keep your surgery safe.")]),
    ("P", [("수술 전날", "The day before surgery")], "h2"),
    ("P", [("1. 오후 2시까지 입원 수속을 마치신 후 7층 간호사실에 도착을 알려 주십시오.",
            "1. Complete your admission by 2 p.m., then check in at the nurses' station on the 7th floor.")], "num"),
    ("P", [("2. 현재 복용 중인 약은 모두 가져오십시오.", "2. Bring all the medicines you currently take."),
           ("아스피린, 와파린 등 혈액을 묽게 하는 약은 담당 의사와 상의하여 5~7일 전부터 끊어야 할 수 있습니다.",
            "If you take a blood thinner such as aspirin or warfarin, your surgeon may ask you to stop it 5–7 days before surgery.")], "num"),
    ("P", [("3. 자정 이후에는 물을 포함하여 아무것도 드시지 마십시오(금식).",
            "3. NPO after midnight: nothing to eat or drink, not even water."),
           ("껌, 사탕, 담배도 안 됩니다.", "No chewing gum, no candy, no smoking.")], "num"),
    ("P", [("4. 매니큐어, 젤네일, 화장은 미리 지워 주십시오.", "4. Remove nail polish, gel nails and makeup before you come in.")], "num"),
    ("P", [("수술 당일", "On the day of surgery")], "h2"),
    ("P", [("5. 오전 6시에 병동 간호사가 활력징후를 측정하고 수술복으로 갈아입는 것을 도와드립니다.",
            "5. At 6 a.m. a ward nurse will check your vital signs and help you change into a surgical gown.")], "num"),
    ("P", [("6. 혈압약은 오전 6시에 물 한 모금(30 mL 이내)과 함께 복용하십시오.",
            "6. Take your blood pressure medicine at 6 a.m. with a small sip of water (30 mL at most)."),
           ("당뇨약과 인슐린은 복용하지 마십시오.", "Do not take diabetes pills or insulin that morning.")], "num"),
    ("P", [("7. 수술실 입실 예정 시간은 오전 8시입니다.", "7. You are due in the operating room at 8 a.m."),
           ("앞 수술이 늦어지면 입실 시간이 변경될 수 있습니다.", "This may be later if an earlier operation runs over.")], "num"),
    ("P", [("8. 틀니, 콘택트렌즈, 보청기, 반지와 시계 등 장신구는 모두 빼서 보호자에게 맡겨 주십시오.",
            "8. Take out dentures, contact lenses and hearing aids, take off rings, watches and other jewelry, and leave them with your family.")], "num"),
    ("P", [("퇴원 후 주의사항", "After you go home")], "h2"),
    ("P", [("수술 부위는 48시간 동안 물에 닿지 않게 하십시오.", "Keep the wound dry for 48 hours.")]),
    ("P", [("샤워는 3일째부터 가능하지만, 욕조 목욕과 사우나는 실밥을 뽑을 때까지 피하십시오.",
            "You can shower from day 3, but no baths or saunas until your stitches are out.")]),
    ("P", [("처방받은 진통제는 통증이 있을 때 6시간 간격으로 복용하십시오.",
            "Take the painkiller you were prescribed when you need it, at least 6 hours apart.")]),
    ("P", [("목발은 담당 의사가 허락할 때까지 사용하시고, 무릎 보조기는 잘 때도 착용하십시오.",
            "Use your crutches until your doctor says you can stop. Wear the knee brace at night too.")]),
    ("P", [("다음과 같은 경우에는 즉시 응급실로 오십시오.", "Come to the emergency room right away if you have:")]),
    ("P", [("38℃ 이상의 발열", "a fever of 38°C (100.4°F) or higher")], "li"),
    ("P", [("수술 부위의 심한 붓기, 고름, 멈추지 않는 출혈", "bad swelling, pus or bleeding that won't stop at the wound")], "li"),
    ("P", [("숨이 차거나 가슴이 아픈 경우", "shortness of breath or chest pain")], "li"),
    ("P", [("종아리가 붓고 아픈 경우", "a swollen, painful calf")], "li"),
    ("P", [("외래 예약: 2026년 12월 18일(금) 오전 10시 30분, 정형외과 김도윤 교수",
            "Follow-up: Friday, December 18, 2026, at 10:30 a.m. with Dr. Kim Do-yoon, Orthopedic Surgery")]),
    ("P", [("문의: 국제진료센터 02-2072-0505 (평일 오전 8시~오후 5시)",
            "Questions: International Healthcare Center, +82-2-2072-0505 (weekdays, 8 a.m. to 5 p.m.)")]),
    ("E", "After hours, call the main switchboard at +82-2-2072-2114 and ask for the on-call interpreter."),
    ("K", "한빛-간호-2-114 (2025. 3. 개정)"),
]

# ---------------------------------------------------------------- 4 surgical consent form (one bilingual file, two .docx)
CONSENT = [
    ("P", [("수술(시술) 동의서", "Consent for Surgery or Procedure")], "h1"),
    ("P", [("환자 성명: ______________   등록번호: ______________",
            "Patient name: ______________   Hospital number: ______________")], "field"),
    ("P", [("수술명: 관절경적 전방십자인대 재건술 (오른쪽 무릎)",
            "Procedure: Arthroscopic anterior cruciate ligament (ACL) reconstruction, right knee")], "field"),
    ("P", [("집도의: 정형외과 김도윤", "Surgeon: Dr. Kim Do-yoon, Orthopedic Surgery")], "field"),
    ("P", [("마취 방법: 전신마취", "Anesthesia: General")], "field"),
    ("P", [("1. 수술의 목적 및 필요성", "1. Why you need this operation")], "h2"),
    ("P", [("끊어진 전방십자인대를 환자 자신의 힘줄(자가건)로 재건하여 무릎의 안정성을 회복하는 수술입니다.",
            "The torn ACL is rebuilt using a piece of your own tendon (an autograft) so that the knee is stable again.")]),
    ("P", [("2. 예상되는 합병증 및 부작용", "2. Risks and possible complications")], "h2"),
    ("P", [("감염 (1% 미만)", "Infection (less than 1 in 100)")], "li"),
    ("P", [("출혈 및 혈종", "Bleeding, or blood collecting under the skin (hematoma)")], "li"),
    ("P", [("심부정맥혈전증 및 폐색전증", "Blood clots in the leg (DVT) or lungs (pulmonary embolism)")], "li"),
    ("P", [("무릎 강직 또는 운동 범위 감소", "Stiffness or loss of movement in the knee")], "li"),
    ("P", [("이식건의 재파열", "Re-rupture of the graft")], "li"),
    ("P", [("드물게 마취와 관련된 중대한 합병증이 생길 수 있으며, 이는 마취통증의학과에서 따로 설명합니다.",
            "Rarely, anesthesia itself can cause serious complications; the anesthesia team will go through these with you separately.")]),
    ("P", [("3. 다른 치료 방법", "3. Other options")], "h2"),
    ("P", [("보조기 착용과 재활운동으로 치료하는 보존적 방법을 선택할 수도 있습니다.",
            "You can choose nonsurgical treatment instead, with a knee brace and physical therapy."),
           ("다만 운동 중 무릎이 빠지는 느낌이 반복될 수 있습니다.",
            "However, your knee may keep giving way when you play sports.")]),
    ("P", [("4. 수술 방법의 변경", "4. If the plan changes during surgery")], "h2"),
    ("P", [("수술 중 예상하지 못한 상황이 생기면 환자의 안전을 위해 수술 범위나 방법이 바뀔 수 있습니다.",
            "If something unexpected comes up during the operation, the surgeon may change its extent or method to keep you safe."),
           ("이 경우 가능한 한 보호자에게 먼저 설명드리겠습니다.",
            "Whenever possible, we will explain this to your family first.")]),
    ("P", [("5. 확인 및 동의", "5. Confirmation and consent")], "h2"),
    ("P", [("본인은 위 내용에 대해 충분한 설명을 들었고, 궁금한 점을 질문할 기회를 가졌습니다.",
            "The above has been explained to me, and I have had the chance to ask questions.")]),
    ("P", [("수술에 대한 동의   □ 동의함   □ 동의하지 않음",
            "Consent to surgery   □ I agree   □ I do not agree")], "box"),
    ("P", [("필요시 수혈에 대한 동의   □ 동의함   □ 동의하지 않음",
            "Consent to a blood transfusion if needed   □ I agree   □ I do not agree")], "box"),
    ("P", [("교육 목적의 수술 영상 촬영   □ 동의함   □ 동의하지 않음",
            "Video recording of the operation for teaching   □ I agree   □ I do not agree")], "box"),
    ("P", [("환자: ______________ (서명)   날짜: 20___년 ___월 ___일",
            "Patient: ______________ (signature)   Date: ___ / ___ / 20___")], "field"),
    ("P", [("보호자(대리인): ______________ (서명)   환자와의 관계: ________",
            "Legal representative: ______________ (signature)   Relationship to patient: ________")], "field"),
    ("P", [("설명한 의사: ______________ (서명)", "Physician who explained: ______________ (signature)")], "field"),
    ("P", [("통역사: ______________ (서명)", "Interpreter: ______________ (signature)")], "field"),
    ("K", "※ 이 동의서는 「의료법」 제24조의2에 따라 작성되었습니다. 환자는 수술 전 언제든지 동의를 철회할 수 있습니다."),
    ("E", "This translation is provided for your convenience. If it differs from the Korean, the Korean version prevails."),
]

# ---------------------------------------------------------------- 5 a health centre's vaccination notice (two .html)
NOTICE = [
    ("P", [("2026-2027절기 인플루엔자 국가예방접종 안내", "2026–2027 National Flu Vaccination Program")], "h1"),
    ("P", [("인플루엔자 유행에 대비하여 어린이, 임신부, 65세 이상 어르신께 무료 예방접종을 실시합니다.",
            "Ahead of the flu season, free flu shots are offered to children, pregnant women and adults aged 65 and over.")]),
    ("P", [("접종 대상 및 기간", "Who is eligible, and when")], "h2"),
    ("T", [
        [("대상", "Group"), ("출생일", "Date of birth"), ("접종 횟수", "Doses"), ("접종 기간", "Dates")],
        [("생후 6개월~13세 (처음 접종)", "6 months to 13 years, first flu shot ever"), ("2013.1.1.~2026.8.31.", "Jan 1, 2013 – Aug 31, 2026"),
         ("2회 (4주 간격)", "2 doses, 4 weeks apart"), ("2026.9.22.~2027.4.30.", "Sep 22, 2026 – Apr 30, 2027")],
        [("생후 6개월~13세 (접종 경험 있음)", "6 months to 13 years, vaccinated before"), ("2013.1.1.~2026.8.31.", "Jan 1, 2013 – Aug 31, 2026"),
         ("1회", "1 dose"), ("2026.9.22.~2027.4.30.", "Sep 22, 2026 – Apr 30, 2027")],
        [("임신부", "Pregnant women"), ("-", "—"), ("1회", "1 dose"), ("2026.9.22.~2027.4.30.", "Sep 22, 2026 – Apr 30, 2027")],
        [("만 65세 이상", "Adults 65 and over"), ("1961.12.31. 이전 출생", "On or before Dec 31, 1961"),
         ("1회", "1 dose"), ("2026.10.15.~2026.12.31.", "Oct 15 – Dec 31, 2026")],
    ]),
    ("P", [("※ 어르신은 연령별로 접종 시작일이 다릅니다.", "※ Older adults start on different dates by age."),
           ("만 75세 이상은 10월 15일, 만 70~74세는 10월 20일, 만 65~69세는 10월 22일부터 접종할 수 있습니다.",
            "Those aged 75 and over can be vaccinated from October 15, those aged 70–74 from October 20, and those aged 65–69 from October 22.")]),
    ("P", [("접종 장소", "Where to go")], "h2"),
    ("P", [("가까운 지정 의료기관 또는 보건소 1층 예방접종실",
            "Any designated clinic near you, or the vaccination room on the 1st floor of the health center")], "li"),
    ("P", [("지정 의료기관은 예방접종도우미 누리집(nip.kdca.go.kr)에서 확인하실 수 있습니다.",
            "Designated clinics are listed on the Immunization Helper website (nip.kdca.go.kr).")], "li"),
    ("P", [("준비물", "What to bring")], "h2"),
    ("P", [("신분증 (어린이는 주민등록번호를 확인할 수 있는 서류)",
            "Photo ID (for children, a document showing their resident registration number)")], "li"),
    ("P", [("임신부는 산모수첩 또는 임신확인서", "Pregnant women: maternity record book or proof of pregnancy")], "li"),
    ("P", [("외국인은 외국인등록증", "Foreign residents: Alien Registration Card (ARC)")], "li"),
    ("P", [("접종 후 주의사항", "After your shot")], "h2"),
    ("P", [("접종 후 20~30분간 접종기관에 머물러 이상반응이 있는지 지켜보십시오.",
            "Wait at the clinic for 20–30 minutes after the shot in case you have a reaction.")], "li"),
    ("P", [("접종 부위가 붓거나 아플 수 있으나 대개 2~3일 안에 좋아집니다.",
            "Your arm may be sore or swollen where the needle went in; this usually clears up in 2–3 days.")], "li"),
    ("P", [("고열, 호흡곤란, 두드러기가 나타나면 즉시 의료기관을 방문하십시오.",
            "If you get a high fever, trouble breathing or hives, seek medical care at once.")], "li"),
    ("P", [("문의: 마포구보건소 감염병관리팀 ☎ 02-3153-9000",
            "Contact: Infectious Disease Control Team, Mapo-gu Public Health Center, tel. +82-2-3153-9000")]),
    ("K", "담당자: 주무관 오세린 (내선 9041)"),
    ("E", "Interpretation in English, Chinese and Vietnamese is available on request."),
]

# ---------------------------------------------------------------- 6 lab report and prescription (two .txt, two .docx)
LAB = [
    ("P", [("진단검사의학과 검사 결과 보고서", "Laboratory Test Report")], "h1"),
    ("P", [("환자명: 박지훈 (M/52)", "Patient: Park Ji-hoon (M/52)")], "field"),
    ("P", [("등록번호: 20418837", "Hospital no.: 20418837")], "field"),
    ("P", [("검체: 혈청, 전혈(EDTA)", "Specimen: serum, whole blood (EDTA)")], "field"),
    ("P", [("채취: 2026-11-30 07:42 / 보고: 2026-11-30 11:15", "Collected: 2026-11-30 07:42 / Reported: 2026-11-30 11:15")], "field"),
    ("T", [
        [("코드", "Code"), ("검사명", "Test"), ("결과", "Result"), ("단위", "Unit"), ("참고치", "Reference range")],
        [("L2101", "L2101"), ("백혈구 (WBC)", "White blood cells (WBC)"), ("11.8 H", "11.8 H"), ("×10³/µL", "×10³/µL"), ("4.0~10.0", "4.0–10.0")],
        [("L2102", "L2102"), ("혈색소 (Hb)", "Hemoglobin (Hb)"), ("13.9", "13.9"), ("g/dL", "g/dL"), ("13.0~17.0", "13.0–17.0")],
        [("L2105", "L2105"), ("혈소판 (PLT)", "Platelets (PLT)"), ("245", "245"), ("×10³/µL", "×10³/µL"), ("150~400", "150–400")],
        [("L3201", "L3201"), ("공복 혈당", "Fasting glucose"), ("126 H", "126 H"), ("mg/dL", "mg/dL"), ("70~99", "70–99")],
        [("L3210", "L3210"), ("당화혈색소 (HbA1c)", "Hemoglobin A1c (HbA1c)"), ("6.8 H", "6.8 H"), ("%", "%"), ("4.0~5.6", "4.0–5.6")],
        [("L3305", "L3305"), ("크레아티닌", "Creatinine"), ("0.94", "0.94"), ("mg/dL", "mg/dL"), ("0.70~1.20", "0.70–1.20")],
        [("L3306", "L3306"), ("추정 사구체여과율 (eGFR)", "Estimated GFR (eGFR)"), ("88", "88"), ("mL/min/1.73m²", "mL/min/1.73m²"), ("≥ 60", "≥ 60")],
        [("L3410", "L3410"), ("AST (GOT)", "AST (GOT)"), ("31", "31"), ("U/L", "U/L"), ("0~40", "0–40")],
        [("L3411", "L3411"), ("ALT (GPT)", "ALT (GPT)"), ("52 H", "52 H"), ("U/L", "U/L"), ("0~41", "0–41")],
        [("L3520", "L3520"), ("C-반응성 단백 (CRP)", "C-reactive protein (CRP)"), ("2.35 H", "2.35 H"), ("mg/dL", "mg/dL"), ("0.00~0.50", "0.00–0.50")],
    ]),
    ("P", [("※ H: 참고치보다 높음, L: 참고치보다 낮음", "※ H = above the reference range; L = below the reference range")]),
    ("P", [("판독 소견: 염증 수치(WBC, CRP)가 상승하였고 혈당 조절이 불량합니다.",
            "Comment: raised inflammatory markers (WBC, CRP) and poorly controlled blood glucose."),
           ("담당 의사와 상담하시기 바랍니다.", "Please discuss these results with your doctor.")]),
    ("P", [("검사자: 임상병리사 한소연 | 확인의: 진단검사의학과 전문의 최유진",
            "Tested by: Han So-yeon, medical technologist | Verified by: Dr. Choi Yu-jin, laboratory medicine")]),
    ("K", "본 검사실은 대한진단검사의학회 우수검사실 신임인증을 받았습니다. (인증번호 제2024-118호)"),
    ("P", [("처방전 (약국 제출용)", "Prescription (pharmacy copy)")], "h1"),
    ("P", [("교부번호: 20261130-00417", "Prescription no.: 20261130-00417")], "field"),
    ("P", [("질병분류기호: J20.9, E11.9", "Diagnosis (ICD-10): J20.9, E11.9")], "field"),
    ("T", [
        [("처방 의약품의 명칭", "Medicine"), ("1회 투약량", "Dose"), ("1일 투여횟수", "Times a day"), ("총 투약일수", "Days"), ("용법", "Directions")],
        [("Amoxicillinum 500 mg", "Amoxicillinum 500 mg"), ("1캡슐", "1 capsule"), ("3", "3"), ("7", "7"), ("매 식후 30분", "30 minutes after each meal")],
        [("Acetylcysteinum 200 mg", "Acetylcysteinum 200 mg"), ("1캡슐", "1 capsule"), ("3", "3"), ("7", "7"), ("매 식후 30분", "30 minutes after each meal")],
        [("Metformini hydrochloridum 500 mg", "Metformini hydrochloridum 500 mg"), ("1정", "1 tablet"), ("2", "2"), ("30", "30"), ("아침·저녁 식후", "after breakfast and dinner")],
        [("Ibuprofenum 200 mg", "Ibuprofenum 200 mg"), ("1정", "1 tablet"), ("필요시", "as needed"), ("5", "5"), ("통증 시 (1일 3회까지)", "for pain, up to 3 times a day")],
    ]),
    ("P", [("조제 시 참고사항: 페니실린계 약물 알레르기 여부를 반드시 확인하십시오.",
            "Note to pharmacist: check for penicillin allergy before dispensing.")]),
    ("P", [("사용기간: 교부일로부터 3일간", "Valid for 3 days from the date of issue")]),
    ("K", "「약사법」 제29조에 따라 이 처방전은 조제한 약국에서 2년간 보존합니다."),
]
