"""Texts with their own numbering, both languages written by hand for the classics audit,
and their gold (the works as data; ``make.py`` lays them out).

A work is a list of *blocks* (a paragraph, a stanza, a heading, a verse-by-verse passage),
each ``(style, [item, …])``; ``style`` says how a block's lines are set: ``"para"`` (the items'
sentences run on in one paragraph), ``"lines"`` (each item's text a line of its own, the
Korean of a verse and then its English in a bilingual file), ``"stanza"`` (a line each; in a
bilingual file the whole Korean stanza, then the whole English one), ``"table"`` (a label
and its value: one line in a text file, two cells of a Word table).

Each item is one bead of the gold:

- ``("P", ko, en)``: a pair to find; ``ko`` / ``en`` a text or a tuple of texts (a Korean
  sentence the English splits in two or three, a line of verse the English breaks in two);
- ``("D", ko, en)``: may be paired or left unpaired (running heads, chapter numbers, a
  judge's name, a poem's "Anonymous"); paired with anything else it is wrong;
- ``("K", ko)`` / ``("E", en)``: one side only (an unofficial-translation notice, a
  translator's note, a copyright line): to be left unpaired;
- ``("H", hanja)``: a line of the classical Chinese original, on the Korean side: left
  unpaired, or taken into the pair of the Korean reading that follows it (the English
  translates both), never paired by itself.

``SCRIPTURE`` is special: its verses are ``("V", [(n, ko), …], [(n, en), …])``, numbered by
``make.py`` in the layout's style ("1:3 …", "³…"); its blocks carry the chapter:
``(style, chapter, items)``.

``SCRIPTURE``: an invented scripture-style book, "The Lamp-Keeper" (chapter and section
headings, a verse the English gives as two sentences, two verses the Korean joins as
"10-11", a formulaic "그리고 그가 말하였다." / "And he said," opening five verses, a verse
repeated word for word three times, footnote letters and their notes, a running head, a
copyright line Korean only and a version line English only).
``CLASSIC``: a collection of an invented master's sayings in classical Chinese with a
Korean reading and an English translation, numbered "1.1", "2.3", with commentary
paragraphs, a Korean-only note and an English-only note ("스승께서 말씀하셨다." /
"The Master said," again and again).
``JUDGMENT``: a Korean district court's civil judgment and its unofficial English
translation (the court and case caption, ORDER, PURPOSE OF CLAIM, REASONS, sections "1.",
"가.", "1)", long sentences the English gives as two or three, statutes, a precedent
citation, dates and amounts, the judges, a notice each side only).
``POEMS``: a small bilingual collection: three sijo, each of their Korean lines broken in
two in English, and a five-character quatrain in Hanja with its Korean and English (the
English joins its last two lines).
"""

# ---------------------------------------------------------------- scripture

SCRIPTURE = [
    ("lines", 0, [
        ("D", "등불지기서 1–2장", "THE LAMP-KEEPER 1–2"),
    ]),
    ("lines", 1, [("D", "제1장", "Chapter 1")]),
    ("lines", 1, [("P", "[등불지기가 부르심을 받다]", "[The Lamp-Keeper Is Called]")]),
    ("para", 1, [
        ("V", [(1, "아마라 왕이 다스린 지 셋째 해에, 바닷가 성읍 하롯ᵃ에 세렌이라 하는 등불지기가 살았다.")],
              [(1, "In the third year of King Amara's reign there lived in Harotᵃ, a town by the sea, a lamp-keeper whose name was Seren.")]),
        ("V", [(2, "그는 날마다 해가 지면 언덕에 올라 큰 등불에 기름을 붓고, 새벽이 오기까지 그 곁을 떠나지 아니하였다.")],
              [(2, "Every day at sundown he climbed the hill and poured oil into the great lamp. He did not leave its side until the dawn came.")]),
        ("V", [(3, "어느 날 밤에 바다에서 바람이 크게 일어 등불이 흔들리매, 한 목소리가 그를 불렀다.")],
              [(3, "One night a great wind rose from the sea and the flame shook, and a voice called to him.")]),
    ]),
    ("para", 1, [
        ("V", [(4, "\"세렌아, 세렌아.\"")], [(4, "\"Seren, Seren.\"")]),
        ("V", [(5, "그리고 그가 말하였다. \"내가 여기 있나이다.\"")], [(5, "And he said, \"Here I am.\"")]),
        ("V", [(6, "목소리가 이르되, \"네가 지키는 불은 너의 것이 아니니, 내일 아침에 그 기름을 성읍의 과부들에게 나누어 주어라.\"")],
              [(6, "The voice said, \"The fire you keep is not your own. In the morning, give its oil to the widows of the town.\"")]),
        ("V", [(7, "그리고 그가 말하였다. \"기름을 나누어 주면 등불은 무엇으로 타겠나이까?\"")],
              [(7, "And he said, \"If I give away the oil, what will the lamp burn on?\"")]),
        ("V", [(8, "목소리가 이르되, \"너는 나누어 주라. 등불은 내가 지키리라.\"")],
              [(8, "The voice said, \"You give. I will keep the lamp.\"")]),
        ("V", [(9, "그리고 그가 말하였다. \"말씀하신 대로 하겠나이다.\"")],
              [(9, "And he said, \"I will do as you have said.\"")]),
    ]),
    ("para", 1, [
        ("V", [("10-11", "이튿날 아침에 세렌이 기름 항아리를 메고 성읍으로 내려가 과부의 집마다 문을 두드리고 기름을 부어 주니, 해가 중천에 이르기 전에 항아리가 비었다.")],
              [(10, "The next morning Seren carried the oil jar down into the town. He knocked at the door of every widow's house and poured out oil for her."),
               (11, "Before the sun was at its height, the jar was empty.")]),
        ("V", [(12, "그날 저녁에 그가 빈 손으로 언덕에 오르니, 보라, 등불이 여전히 타고 있었다.")],
              [(12, "That evening he climbed the hill with empty hands, and behold, the lamp was still burning.")]),
        ("V", [(13, "그리고 등불이 꺼지지 아니하였다.")], [(13, "And the lamp did not go out.")]),
    ]),
    ("lines", 1, [("P", "[성읍 사람들이 수군거리다]", "[The Townspeople Grumble]")]),
    ("para", 1, [
        ("V", [(14, "성읍의 장로들이 이 일을 듣고 언덕 아래에 모여 말하였다.")],
              [(14, "When the elders of the town heard of this, they gathered at the foot of the hill and said,")]),
        ("V", [(15, "\"기름 없이 타는 불은 필시 요술이니, 그를 성읍에서 쫓아내자.\"")],
              [(15, "\"A fire that burns without oil must be sorcery. Let us drive him out of the town.\"")]),
        ("V", [(16, "그러나 장로 가운데 가장 나이 많은 토비안이 지팡이를 들어 그들을 잠잠하게 하였다.")],
              [(16, "But Tobian, the eldest of them, raised his staff and silenced them.")]),
        ("V", [(17, "그리고 그가 말하였다. \"그 불이 우리 배들을 집으로 인도하였거늘, 어찌 그 불을 끄려 하느냐?\"")],
              [(17, "And he said, \"That fire has guided our ships home. Why would you put it out?\"")]),
        ("V", [(18, "장로들이 서로 바라보며 대답하지 못하고 각자 집으로 돌아갔다.")],
              [(18, "The elders looked at one another and could not answer, and each went back to his own house.")]),
        ("V", [(19, "그리고 등불이 꺼지지 아니하였다.")], [(19, "And the lamp did not go out.")]),
    ]),
    ("lines", 2, [("D", "제2장", "Chapter 2")]),
    ("lines", 2, [("P", "[폭풍의 밤]", "[The Night of the Storm]")]),
    ("para", 2, [
        ("V", [(1, "겨울 넷째 달에 큰 폭풍이 일어 사흘 동안 그치지 아니하였다.")],
              [(1, "In the fourth month of winter a great storm arose, and for three days it did not cease.")]),
        ("V", [(2, "고기잡이 배 일곱 척이 먼바다에 나가 있었는데, 선원들이 별을 보지 못하여 길을 잃었다.")],
              [(2, "Seven fishing boats were out on the open sea. The sailors could not see the stars, and they lost their way.")]),
        ("V", [("3-4", "그 아내들이 언덕으로 달려와 세렌의 옷자락을 붙잡고 울며 이르되, \"우리 남편들이 돌아오지 못하면 우리 아이들은 누가 먹이리이까?\" 하였다.")],
              [(3, "Their wives ran up the hill and clung to the hem of Seren's robe, weeping."),
               (4, "\"If our husbands do not come back,\" they said, \"who will feed our children?\"")]),
        ("V", [(5, "그리고 그가 말하였다. \"두려워하지 말라. 불이 보이는 곳에는 길이 있느니라.\"")],
              [(5, "And he said, \"Do not be afraid. Where the fire can be seen, there is a way.\"")]),
    ]),
    ("para", 2, [
        ("V", [(6, "세렌이 등불 앞에 엎드려 밤새도록 부르짖었다ᵇ.")],
              [(6, "Seren lay face down before the lamp and cried outᵇ all night long.")]),
        ("V", [(7, "새벽에 불꽃이 일곱 갈래로 갈라져 하늘 높이 솟으니, 바다 끝에서도 그 빛을 볼 수 있었다.")],
              [(7, "At dawn the flame divided into seven tongues and rose high into the sky, so that its light could be seen from the far edge of the sea.")]),
        ("V", [(8, "일곱 배가 그 빛을 보고 뱃머리를 돌려 모두 무사히 항구에 들어왔다.")],
              [(8, "The seven boats saw the light and turned their bows. All of them came safely into the harbor.")]),
        ("V", [(9, "그리고 등불이 꺼지지 아니하였다.")], [(9, "And the lamp did not go out.")]),
    ]),
    ("lines", 0, [
        ("P", "ᵃ 1:1 '하롯'은 '지켜보는 곳'이라는 뜻이다.", "ᵃ 1:1 The name Harot means \"place of watching.\""),
        ("P", "ᵇ 2:6 어떤 사본에는 '기도하였다'로 되어 있다.", "ᵇ 2:6 Some manuscripts read \"prayed.\""),
    ]),
    ("lines", 0, [
        ("K", "ⓒ 2026 가상성서공회. 이 본문은 허락 없이 옮겨 실을 수 없습니다."),
        ("E", "Open Lamp Version (OLV). Text released for study use."),
    ]),
]

# ---------------------------------------------------------------- classical sayings

CLASSIC = [
    ("lines", [
        ("D", "사암어록 (師巖語錄)", "The Sayings of Master Saam"),
    ]),
    ("lines", [
        ("H", "卷一 學問篇"),
        ("P", "제1권 배움에 관하여", "Book One: On Learning"),
    ]),
    ("lines", [
        ("H", "1.1 師巖先生曰 燈不自明 待油而明 人不自賢 待學而賢"),
        ("P", "사암 선생께서 말씀하셨다. \"등불은 스스로 밝지 않고 기름을 얻어야 밝으며, 사람은 스스로 어질지 않고 배움을 얻어야 어질게 된다.\"",
         "1.1 Master Saam said, \"A lamp is not bright of itself; it shines once it has oil. A person is not worthy of himself; he becomes so through learning.\""),
    ]),
    ("para", [
        ("P", "[해설] 등불과 기름의 비유는 어록 전체에 되풀이된다.",
         "[Commentary] The image of the lamp and its oil recurs throughout the sayings."),
        ("P", "사암은 배움을 타고나는 것이 아니라 스스로 채워 넣는 것으로 보았다.",
         "Saam saw learning not as something one is born with but as something one must fill oneself with."),
    ]),
    ("lines", [
        ("H", "1.2 師巖先生曰 問一而知一者 常人也 問一而疑十者 學者也"),
        ("P", "스승께서 말씀하셨다. \"하나를 묻고 하나를 아는 이는 보통 사람이요, 하나를 묻고 열을 의심하는 이는 배우는 사람이다.\"",
         "1.2 The Master said, \"One who asks one thing and learns one thing is an ordinary man. One who asks one thing and comes to doubt ten is a scholar.\""),
    ]),
    ("lines", [
        ("H", "1.3 或問於師巖曰 書多而日短 何先 曰 先其所不欲讀者"),
        ("P", "어떤 이가 사암에게 물었다. \"책은 많고 해는 짧으니 무엇을 먼저 읽어야 합니까?\" 스승께서 말씀하셨다. \"읽기 싫은 것부터 읽어라.\"",
         "1.3 Someone asked Saam, \"There are many books and the days are short. What should I read first?\" The Master said, \"Begin with what you least want to read.\""),
    ]),
    ("lines", [
        ("H", "1.4 師巖先生曰 夜讀者 不必燈大 心明則字明"),
        ("P", "스승께서 말씀하셨다. \"밤에 글을 읽는 데 등불이 클 필요는 없다. 마음이 밝으면 글자도 밝다.\"",
         "1.4 The Master said, \"To read at night you do not need a large lamp. When the mind is clear, the letters are clear.\""),
    ]),
    ("para", [
        ("P", "[해설] '심명즉자명(心明則字明)'은 후대 서당의 벽에 자주 걸렸던 구절이다.",
         "[Commentary] \"When the mind is clear, the letters are clear\" is a line that later generations often hung on the walls of village schools."),
        ("P", "조선 후기 문집 여러 곳에 인용되어 있으나, 출전을 밝힌 예는 드물다.",
         ("It is quoted in a number of late Joseon literary collections.", "Few of them, however, name its source.")),
    ]),
    ("lines", [
        ("K", "역자 주: 원문의 '字'는 판본에 따라 '事'로 된 곳도 있다."),
    ]),
    ("lines", [
        ("H", "卷二 處世篇"),
        ("P", "제2권 세상을 살아가는 일에 관하여", "Book Two: On Living Among Others"),
    ]),
    ("lines", [
        ("H", "2.1 師巖先生曰 言如水 行如山 君子登山而後語水"),
        ("P", "스승께서 말씀하셨다. \"말은 물과 같고 행실은 산과 같다. 군자는 산을 오른 뒤에야 물을 이야기한다.\"",
         "2.1 The Master said, \"Words are like water and deeds are like mountains. The noble person speaks of water only after he has climbed the mountain.\""),
    ]),
    ("lines", [
        ("H", "2.2 客至而無酒 師巖先生以茶代之曰 茶淡而交長"),
        ("P", "손님이 왔는데 술이 없자 사암 선생께서 차로 대신하며 말씀하셨다. \"차는 싱거우나 사귐은 길다.\"",
         "2.2 A guest arrived and there was no wine, so Master Saam served tea instead and said, \"Tea is plain, but the friendship it keeps is long.\""),
    ]),
    ("lines", [
        ("H", "2.3 師巖先生曰 怒而書者 明日必焚之"),
        ("P", "스승께서 말씀하셨다. \"성난 채로 쓴 글은 이튿날 반드시 불사르게 된다.\"",
         "2.3 The Master said, \"What you write in anger you will surely burn the next day.\""),
    ]),
    ("para", [
        ("P", "[해설] 문인 김계(金溪)의 기록에 따르면, 사암은 젊은 시절 관아에 올린 글을 이튿날 스스로 거두어 불태운 일이 있었는데, 이 말은 그 일을 두고 한 것이라 전한다.",
         ("[Commentary] According to the record of his disciple Kim Gye, Saam as a young man once took back a petition he had submitted to the county office and burned it himself the following day.",
          "The saying is said to refer to that incident.")),
    ]),
    ("lines", [
        ("E", "Translator's note: the commentary follows the 1911 woodblock edition."),
    ]),
]

# ---------------------------------------------------------------- court judgment

JUDGMENT = [
    ("lines", [
        ("P", "서 울 중 앙 지 방 법 원", "SEOUL CENTRAL DISTRICT COURT"),
        ("P", "제 1 4 민 사 부", "14th Civil Division"),
    ]),
    ("lines", [("P", "판 결", "JUDGMENT")]),
    ("table", [
        ("P", ("사 건", "2024가합12345 손해배상(기)"), ("Case", "2024Gahap12345 Damages (Others)")),
        ("P", ("원 고", "주식회사 한빛해운"), ("Plaintiff", "Hanbit Shipping Co., Ltd.")),
        ("P", ("", "대표이사 이정민"), ("", "Representative Director Lee Jung-min")),
        ("P", ("", "소송대리인 법무법인 가온 담당변호사 박서준"), ("", "Counsel for the Plaintiff: Gaon LLC, Attorney Park Seo-jun")),
        ("P", ("피 고", "최도윤"), ("Defendant", "Choi Do-yoon")),
        ("P", ("변 론 종 결", "2025. 2. 7."), ("Conclusion of Argument", "February 7, 2025")),
        ("P", ("판 결 선 고", "2025. 3. 14."), ("Judgment Rendered", "March 14, 2025")),
    ]),
    ("lines", [("P", "주 문", "ORDER")]),
    ("para", [
        ("P", "1. 피고는 원고에게 87,500,000원 및 이에 대하여 2023. 9. 1.부터 2025. 3. 14.까지는 연 5%, 그 다음 날부터 다 갚는 날까지는 연 12%의 각 비율로 계산한 돈을 지급하라.",
         "1. The Defendant shall pay the Plaintiff KRW 87,500,000 and delay damages thereon at the rate of 5% per annum from September 1, 2023 to March 14, 2025, and 12% per annum from the following day to the date of full payment."),
    ]),
    ("para", [("P", "2. 원고의 나머지 청구를 기각한다.", "2. The Plaintiff's remaining claim is dismissed.")]),
    ("para", [("P", "3. 소송비용 중 30%는 원고가, 나머지는 피고가 각 부담한다.",
               "3. Thirty percent of the litigation costs shall be borne by the Plaintiff, and the remainder by the Defendant.")]),
    ("para", [("P", "4. 제1항은 가집행할 수 있다.", "4. Paragraph 1 may be provisionally executed.")]),
    ("lines", [("P", "청 구 취 지", "PURPOSE OF CLAIM")]),
    ("para", [
        ("P", "피고는 원고에게 125,000,000원 및 이에 대하여 2023. 9. 1.부터 이 사건 소장 부본 송달일까지는 연 5%, 그 다음 날부터 다 갚는 날까지는 연 12%의 각 비율로 계산한 돈을 지급하라.",
         "The Defendant shall pay the Plaintiff KRW 125,000,000 and delay damages thereon at the rate of 5% per annum from September 1, 2023 to the date on which a copy of the complaint in this case is served, and 12% per annum from the following day to the date of full payment."),
    ]),
    ("lines", [("P", "이 유", "REASONS")]),
    ("lines", [("P", "1. 기초사실", "1. Basic Facts")]),
    ("lines", [("P", "가. 당사자의 지위", "A. Status of the Parties")]),
    ("para", [
        ("P", "원고는 연안 화물 운송업을 영위하는 회사이고, 피고는 2019. 4. 1.부터 2023. 8. 31.까지 원고의 재무팀장으로 근무하면서 원고 명의의 법인 계좌와 법인카드의 관리 업무를 담당하였던 사람이다.",
         ("The Plaintiff is a company engaged in coastal freight transport.",
          "The Defendant worked as head of the Plaintiff's finance team from April 1, 2019 to August 31, 2023, and in that position was in charge of managing the corporate bank accounts and corporate credit cards held in the Plaintiff's name.")),
    ]),
    ("lines", [("P", "나. 피고의 자금 인출", "B. The Defendant's Withdrawal of Funds")]),
    ("para", [
        ("P", "피고는 2021. 3.경부터 2023. 8.경까지 총 47회에 걸쳐 원고의 법인 계좌에서 피고 또는 피고의 배우자 명의 계좌로 합계 125,000,000원을 이체하였고, 그 과정에서 이체 내역을 '거래처 선급금' 또는 '차량 유지비' 등으로 회계장부에 기재하였으며, 원고의 내부 감사가 시작되자 2023. 8. 31. 사직서를 제출하고 퇴사하였다.",
         ("On 47 occasions between around March 2021 and around August 2023, the Defendant transferred a total of KRW 125,000,000 from the Plaintiff's corporate account to accounts held in his own name or in the name of his spouse.",
          "He recorded these transfers in the accounting books under headings such as \"advance payments to suppliers\" or \"vehicle maintenance costs.\"",
          "When the Plaintiff began an internal audit, he submitted his resignation and left the company on August 31, 2023.")),
    ]),
    ("lines", [("P", "다. 관련 형사사건", "C. Related Criminal Case")]),
    ("para", [
        ("P", "피고는 위 행위로 인하여 업무상횡령죄로 기소되어 2024. 6. 20. 서울중앙지방법원 2024고단3456호로 징역 1년 6월에 집행유예 3년을 선고받았고, 위 판결은 그 무렵 확정되었다.",
         ("For these acts the Defendant was indicted for occupational embezzlement, and on June 20, 2024 the Seoul Central District Court sentenced him to one year and six months of imprisonment, suspended for three years (Case No. 2024Godan3456).",
          "That judgment became final around that time.")),
    ]),
    ("para", [
        ("P", "[인정근거] 다툼 없는 사실, 갑 제1 내지 7호증(가지번호 있는 것은 가지번호 포함)의 각 기재, 변론 전체의 취지",
         "[Basis for Findings] Undisputed facts; Exhibits A-1 through A-7 (including sub-numbered exhibits); the entire purport of the pleadings"),
    ]),
    ("lines", [("P", "2. 손해배상책임의 발생", "2. Liability for Damages")]),
    ("para", [
        ("P", "위 인정사실에 의하면, 피고는 원고의 재무팀장으로서 업무상 보관하던 원고의 자금을 임의로 인출하여 개인적인 용도로 사용하는 불법행위를 저질렀으므로, 민법 제750조에 따라 원고에게 그로 인한 손해를 배상할 책임이 있다.",
         ("According to the facts found above, the Defendant, as head of the Plaintiff's finance team, committed a tort by withdrawing at will funds of the Plaintiff that he held in the course of his duties and using them for personal purposes.",
          "He is therefore liable under Article 750 of the Civil Act to compensate the Plaintiff for the resulting damage.")),
    ]),
    ("lines", [("P", "3. 손해배상의 범위", "3. Scope of Damages")]),
    ("lines", [("P", "가. 피고의 주장에 대한 판단", "A. The Defendant's Arguments")]),
    ("lines", [("P", "1) 변제 주장", "1) Repayment")]),
    ("para", [
        ("P", "피고는, 퇴사 직전인 2023. 8. 28. 원고의 법인 계좌로 37,500,000원을 반환하였으므로 그 금액은 손해액에서 공제되어야 한다고 주장한다.",
         "The Defendant argues that the KRW 37,500,000 he returned to the Plaintiff's corporate account on August 28, 2023, shortly before leaving the company, should be deducted from the damages."),
        ("P", "살피건대, 을 제2호증의 기재에 의하면 피고가 위 일자에 원고의 법인 계좌로 37,500,000원을 입금한 사실이 인정되고, 원고도 위 금원이 피고의 인출금 반환 명목으로 입금되었다는 점을 명시적으로 다투지 않고 있으므로, 피고의 이 부분 주장은 이유 있다.",
         ("Exhibit B-2 shows that the Defendant deposited KRW 37,500,000 into the Plaintiff's corporate account on that date.",
          "The Plaintiff does not expressly dispute that this sum was paid in as a return of the money the Defendant had withdrawn.",
          "This part of the Defendant's argument is therefore well founded.")),
    ]),
    ("lines", [("P", "2) 과실상계 주장", "2) Comparative Negligence")]),
    ("para", [
        ("P", "피고는 원고가 재무 업무에 대한 내부 통제를 소홀히 한 잘못이 손해의 발생과 확대에 기여하였으므로 피고의 책임이 제한되어야 한다고 주장하나, 피해자의 부주의를 이용하여 고의로 불법행위를 저지른 사람이 바로 그 피해자의 부주의를 이유로 자신의 책임을 감하여 달라고 주장하는 것은 허용되지 아니하므로(대법원 2008. 6. 12. 선고 2008다22345 판결 등 참조), 피고의 이 부분 주장은 받아들이지 아니한다.",
         ("The Defendant argues that his liability should be limited because the Plaintiff's neglect of internal controls over its finances contributed to the occurrence and growth of the damage.",
          "However, a person who intentionally commits a tort by taking advantage of the victim's carelessness may not ask for his liability to be reduced on the ground of that very carelessness (see, e.g., Supreme Court Decision 2008Da22345, June 12, 2008).",
          "This part of the Defendant's argument is accordingly rejected.")),
    ]),
    ("lines", [("P", "나. 소결", "B. Conclusion on Damages")]),
    ("para", [
        ("P", "따라서 피고는 원고에게 87,500,000원(= 125,000,000원 - 37,500,000원) 및 이에 대하여 불법행위 이후로서 원고가 구하는 2023. 9. 1.부터 피고가 그 이행의무의 존부 및 범위에 관하여 항쟁함이 타당한 이 사건 판결 선고일인 2025. 3. 14.까지는 민법이 정한 연 5%, 그 다음 날부터 다 갚는 날까지는 소송촉진 등에 관한 특례법이 정한 연 12%의 각 비율로 계산한 지연손해금을 지급할 의무가 있다.",
         ("Accordingly, the Defendant is obliged to pay the Plaintiff KRW 87,500,000 (= KRW 125,000,000 - KRW 37,500,000) and delay damages thereon.",
          "The delay damages run at 5% per annum under the Civil Act from September 1, 2023, a date after the tort that the Plaintiff claims from, to March 14, 2025, the date of this judgment, until which it was reasonable for the Defendant to contest the existence and scope of his obligation.",
          "From the following day to the date of full payment they run at 12% per annum under the Act on Special Cases Concerning Expedition of Legal Proceedings.")),
    ]),
    ("lines", [("P", "4. 결론", "4. Conclusion")]),
    ("para", [
        ("P", "그렇다면 원고의 청구는 위 인정 범위 내에서 이유 있어 인용하고, 나머지 청구는 이유 없어 기각하기로 하여 주문과 같이 판결한다.",
         ("The Plaintiff's claim is therefore granted to the extent found above and the remainder is dismissed as without merit.",
          "Judgment is rendered as set out in the Order.")),
    ]),
    ("lines", [
        ("D", "재판장 판사 정하은", "Presiding Judge Jung Ha-eun"),
        ("D", "판사 김민호", "Judge Kim Min-ho"),
        ("D", "판사 윤서연", "Judge Yoon Seo-yeon"),
    ]),
    ("lines", [
        ("K", "※ 이 판결서는 판결서 인터넷 열람 제도에 따라 제공되며, 개인정보 일부가 가려져 있을 수 있습니다."),
        ("E", "This is an unofficial translation. In the event of any discrepancy, the Korean original prevails."),
    ]),
]

# ---------------------------------------------------------------- poems

POEMS = [
    ("lines", [("D", "옛 노래 모음 · 12", "Old Songs · 12")]),
    ("lines", [("P", "一. 시조 세 수", "I. Three Sijo")]),
    ("lines", [("P", "〈산창(山窓)〉", "Mountain Window")]),
    ("stanza", [
        ("P", "산창을 반만 열고 달 오기를 기다리니", ("I open my mountain window halfway", "and wait for the moon to come;")),
        ("P", "솔바람 먼저 들어 빈 잔을 흔드는구나", ("the pine wind slips in first", "and rattles my empty cup.")),
        ("P", "두어라 달이야 늦어도 벗은 이미 왔도다", ("Let it be. The moon may be late,", "but a friend is here already.")),
    ]),
    ("lines", [("D", "— 작자 미상", "— Anonymous")]),
    ("lines", [("P", "〈나룻배〉", "The Ferry")]),
    ("stanza", [
        ("P", "저 건너 나룻배야 사공은 어디 가고", ("Ferry on the far bank,", "where has your boatman gone,")),
        ("P", "빈 배만 물결 따라 오락가락 하는고", ("that your empty hull drifts", "back and forth on the current?")),
        ("P", "우리도 떠날 날 오면 저 배처럼 가리라", ("When our own day to leave comes,", "we too will go like that boat.")),
    ]),
    ("lines", [("P", "〈늙은 어부〉", "The Old Fisherman")]),
    ("stanza", [
        ("P", "그물은 말려 두고 낚싯대만 드리우니", ("My nets hung up to dry,", "I let down only a line;")),
        ("P", "고기야 물든 말든 해 지는 줄 모르노라", ("bite or no bite, I never", "notice the sun going down.")),
        ("P", "아이야 배 대어라 달 뜨면 돌아가자", ("Boy, bring the boat in.", "When the moon is up, we go home.")),
    ]),
    ("lines", [("E", "Translator's note: each sijo line is broken in two at its middle pause.")]),
    ("lines", [("P", "二. 한시 한 수", "II. A Poem in Chinese")]),
    ("lines", [
        ("H", "夜雨"),
        ("P", "〈밤비〉", "Night Rain"),
    ]),
    ("stanza", [
        ("H", "空山夜雨至"),
        ("H", "孤燈照舊書"),
        ("H", "窓外竹聲冷"),
        ("H", "故人今何如"),
    ]),
    ("stanza", [
        ("P", "빈 산에 밤비 내리니", "Night rain comes to the empty hills;"),
        ("P", "외로운 등불이 옛 책을 비추네", "a lone lamp lights an old book."),
        ("P", ("창밖의 대숲 소리 차가운데", "옛 벗은 지금 어떠한가"),
         "The bamboo rustles cold past the window: how is my old friend tonight?"),
    ]),
    ("lines", [("D", "— 윤산음(尹山陰), 1788년", "— Yun Saneum, 1788")]),
]
