"""Diplomatic texts for the diplomacy audit, both languages written by hand, and their gold.

One story, invented throughout (the officials' names, the figures, the documents): the
state visit of President Aino Lehtonen of Finland to Seoul, hosted by President Han Do-yun.

``JOINT``: the joint statement on a Strategic Partnership (numbered paragraphs "1." … "8.",
items "가." / "(a)", long sentences, a Korean sentence the English gives as two (twice) and
two the English gives as one, a Korean-only note about where the English text is published).
``MOU``: a memorandum of understanding on climate adaptation and disaster risk reduction
(a preamble of participial clauses, "제1조 목적" / "Paragraph 1 – Objective", items
"1." / "(a)", final clauses "… 두 언어본은 동등하게 정본이다." / "DONE in duplicate at Seoul …,
both texts being equally authentic.") and its signature block, two blocks side by side
(``SIGNATURES``: "대한민국 정부를 대표하여" | "핀란드공화국 정부를 대표하여").
``SPEECH``: the host's remarks at the state dinner ("존경하는 … 내외분,", "(박수)" and
"(웃음)" in the Korean transcript only, a rhetorical "두 나라 모두 …" three times, a Korean
proverb translated loosely, two Korean sentences the English joins, a toast).
``BRIEFING``: the foreign ministry spokesperson's regular briefing ("기자:" / "Q:",
"대변인:" / "A:", a question and its answer left out of the English, "잠시만요.", a filler
line Korean only, a reference note each side only); ``CHROME_KO`` / ``CHROME_EN`` the
ministry site's menus, breadcrumbs, buttons and footer around it.
``UN``: a statement at the UN General Assembly (paragraph numbers, "Mr. President," /
"의장님,", "Check against delivery" English only, "/끝/" and a note Korean only, "Thank
you, Mr. President.").

A document is a list of entries, its paragraphs in reading order:

  ("P", [(ko, en[, D]), ...][, tag])  a paragraph on each side, its sentences' gold pairs,
                                joined by a space into one line; ko or en "": that sentence
                                one side only (to be left unpaired); a pair of several
                                sentences on a side is one bead (1-2, 2-1); D: a pair that
                                may be made or not. ``tag``: the paragraph's kind ("h1",
                                "h2", "meta", "li", "p"; default "p").
  ("K", text[, tag]) / ("E", text[, tag])  a paragraph only the Korean / English side has.
"""

D = "debatable"

# ---------------------------------------------------------------- 1 a joint statement
JOINT = [
    ("P", [("대한민국과 핀란드공화국 간 전략적 동반자 관계 수립에 관한 공동성명",
            "Joint Statement by the Republic of Korea and the Republic of Finland on the Establishment of a Strategic Partnership")], "h1"),
    ("P", [("2026년 11월 18일, 서울", "Seoul, 18 November 2026")], "meta"),
    ("P", [("1. 한도윤 대한민국 대통령의 초청으로 아이노 레흐토넨 핀란드공화국 대통령이 2026년 11월 17일부터 20일까지 대한민국을 국빈 방문하였다.",
            "1. At the invitation of President Han Do-yun of the Republic of Korea, President Aino Lehtonen of the Republic of Finland "
            "paid a state visit to the Republic of Korea from 17 to 20 November 2026."),
           ("양국 정상은 11월 18일 대통령실에서 정상회담을 갖고 양자 관계와 실질 협력, 그리고 지역 및 국제 정세에 관해 폭넓게 의견을 교환하였다.",
            "The two leaders held a summit at the Presidential Office on 18 November and exchanged views on a wide range of issues, "
            "including bilateral relations, practical cooperation and regional and global affairs.")]),
    ("P", [("2. 양국 정상은 1973년 수교 이래 민주주의, 법치, 인권 존중이라는 공동의 가치를 바탕으로 양국 관계가 꾸준히 발전해 왔음을 평가하고, "
            "양국 관계를 '전략적 동반자 관계'로 격상하기로 합의하였다.",
            "2. The two leaders noted with appreciation that relations between the two countries have grown steadily since diplomatic "
            "ties were established in 1973, grounded in the shared values of democracy, the rule of law and respect for human rights. "
            "They agreed to elevate the relationship to a Strategic Partnership.")]),
    ("P", [("3. 양국 정상은 전략적 동반자 관계를 구체화하기 위해 다음 분야에서 협력을 강화해 나가기로 하였다.",
            "3. To give substance to the Strategic Partnership, the two leaders decided to step up cooperation in the following areas:")]),
    ("P", [("가. 외교·안보: 외교장관 간 연례 전략대화를 신설하고, 사이버 안보 및 허위조작정보 대응에 관한 정보 공유를 확대한다.",
            "(a) Foreign affairs and security: launching an annual strategic dialogue between the foreign ministers and expanding "
            "information sharing on cybersecurity and countering disinformation;")], "li"),
    ("P", [("나. 경제·통상: 청정에너지, 배터리 원료, 6G 등 미래 산업 분야에서 공급망 협력을 강화하고 양국 기업 간 공동 투자를 장려한다.",
            "(b) Economy and trade: strengthening supply chain cooperation in future industries such as clean energy, battery "
            "materials and 6G, and encouraging joint investment by companies of the two countries;")], "li"),
    ("P", [("다. 과학기술·교육: 양자 기술과 극지 연구 분야의 공동 연구를 추진하고, 대학 간 학생 및 연구자 교류를 두 배로 늘린다.",
            "(c) Science, technology and education: pursuing joint research in quantum technology and polar science, and doubling "
            "exchanges of students and researchers between universities; and")], "li"),
    ("P", [("라. 인적 교류: 2027년을 '한-핀란드 상호 교류의 해'로 지정하고, 워킹홀리데이 참가 인원을 연간 500명으로 확대한다.",
            "(d) People-to-people exchanges: designating 2027 as the Korea–Finland Year of Mutual Exchange and raising the annual "
            "quota of the working holiday programme to 500 participants.")], "li"),
    ("P", [("4. 한 대통령은 한반도의 완전한 비핵화와 항구적 평화 정착을 위한 대한민국 정부의 노력을 설명하였으며, "
            "레흐토넨 대통령은 이에 대한 확고한 지지를 표명하였다.",
            "4. President Han outlined the efforts of the Government of the Republic of Korea towards the complete denuclearization "
            "of the Korean Peninsula and the establishment of lasting peace there. President Lehtonen expressed Finland's firm "
            "support for these efforts."),
           ("양 정상은 북한이 모든 핵무기와 탄도미사일 프로그램을 포기하고 관련 유엔 안전보장이사회 결의를 완전히 이행할 것을 촉구하였다.",
            "The leaders urged the DPRK to abandon all its nuclear weapons and ballistic missile programmes and to comply fully "
            "with the relevant UN Security Council resolutions.")]),
    ("P", [("5. 양국 정상은 우크라이나에서의 전쟁이 초래한 인도적 위기에 깊은 우려를 표명하고, 유엔 헌장에 기초한 포괄적이고 정의로우며 "
            "지속 가능한 평화에 대한 지지를 재확인하였다.",
            "5. The two leaders expressed deep concern over the humanitarian crisis caused by the war in Ukraine and reaffirmed "
            "their support for a comprehensive, just and lasting peace based on the Charter of the United Nations.")]),
    ("P", [("6. 양국 정상은 기후변화가 인류 공동의 위협이라는 데 인식을 같이하였다.",
            "6. The two leaders shared the view that climate change poses a common threat to humanity."),
           ("이와 관련, 양측은 2050 탄소중립 목표 달성을 위한 경험을 공유하고, 북극 및 한반도 주변 해역의 환경 변화에 대한 공동 관측을 추진하기로 하였다.",
            "In this regard, the two sides will share their experience in working towards carbon neutrality by 2050 and carry out "
            "joint observation of environmental changes in the Arctic and in the waters around the Korean Peninsula.")]),
    ("P", [("7. 양측은 이번 방문 계기에 다음 문서가 서명된 것을 환영하였다.",
            "7. The two sides welcomed the signing of the following documents during the visit:")]),
    ("P", [("- 기후변화 적응 및 재난위험 경감 협력에 관한 양해각서",
            "– Memorandum of Understanding on Cooperation in Climate Change Adaptation and Disaster Risk Reduction")], "li"),
    ("P", [("- 양자기술 공동연구에 관한 약정", "– Arrangement on Joint Research in Quantum Technology")], "li"),
    ("P", [("8. 레흐토넨 대통령은 방한 기간 중 대한민국 정부와 국민이 보여 준 따뜻한 환대에 사의를 표하고, 한 대통령의 핀란드 방문을 초청하였다.",
            "8. President Lehtonen thanked the Government and people of the Republic of Korea for the warm hospitality extended "
            "during the visit and invited President Han to visit Finland."),
           ("한 대통령은 초청에 감사를 표하고 이를 수락하였다. 방문 시기는 외교 경로를 통해 정하기로 하였다.",
            "President Han accepted the invitation with gratitude, and the dates of the visit will be set through diplomatic channels.")]),
    ("K", "※ 이 공동성명의 영문본은 외교부 누리집(www.mofa.go.kr)에서 확인할 수 있습니다.", "note"),
]

# ---------------------------------------------------------------- 2 a memorandum of understanding
MOU = [
    ("P", [("대한민국 정부와 핀란드공화국 정부 간의 기후변화 적응 및 재난위험 경감 협력에 관한 양해각서",
            "Memorandum of Understanding between the Government of the Republic of Korea and the Government of the Republic of "
            "Finland on Cooperation in Climate Change Adaptation and Disaster Risk Reduction")], "h1"),
    ("P", [("대한민국 정부와 핀란드공화국 정부(이하 \"양측\"이라 한다)는,",
            "The Government of the Republic of Korea and the Government of the Republic of Finland (hereinafter referred to as "
            "\"the Participants\"),")]),
    ("P", [("기후변화로 인한 재난의 빈도와 강도가 증가하고 있음을 인식하고,",
            "Recognizing the increasing frequency and intensity of disasters caused by climate change;")]),
    ("P", [("재난 예방과 대응에 관한 지식과 경험의 공유가 양국 국민의 안전에 기여할 것임을 확신하며,",
            "Convinced that sharing knowledge and experience in disaster prevention and response will contribute to the safety "
            "of the people of both countries;")]),
    ("P", [("상호 존중과 호혜의 원칙에 따라 양국 간 협력을 증진하기를 희망하여,",
            "Desiring to promote cooperation between the two countries on the basis of mutual respect and reciprocity;")]),
    ("P", [("다음과 같이 양해하였다.", "Have reached the following understanding:")]),
    ("P", [("제1조 목적", "Paragraph 1 – Objective")], "h2"),
    ("P", [("이 양해각서의 목적은 기후변화 적응 및 재난위험 경감 분야에서 양측 간 협력의 기본 틀을 마련하는 것이다.",
            "The purpose of this Memorandum of Understanding is to establish a framework for cooperation between the Participants "
            "in the fields of climate change adaptation and disaster risk reduction.")]),
    ("P", [("제2조 협력 분야", "Paragraph 2 – Areas of Cooperation")], "h2"),
    ("P", [("양측은 다음 분야에서 협력한다.", "The Participants will cooperate in the following areas:")]),
    ("P", [("1. 기후 위험 평가 및 조기경보 체계", "(a) climate risk assessment and early warning systems;")], "li"),
    ("P", [("2. 폭염, 홍수 및 산불 대응 정책과 모범 사례",
            "(b) policies and good practices for responding to heatwaves, floods and wildfires;")], "li"),
    ("P", [("3. 재난관리 전문가 및 공무원 교류", "(c) exchanges of disaster management experts and officials; and")], "li"),
    ("P", [("4. 그 밖에 양측이 합의하는 분야", "(d) other areas as mutually decided by the Participants.")], "li"),
    ("P", [("제3조 협력 방식", "Paragraph 3 – Forms of Cooperation")], "h2"),
    ("P", [("양측은 공동 세미나, 연구 과제, 훈련 프로그램 및 정보 교환을 통하여 이 양해각서에 따른 협력을 이행한다.",
            "Cooperation under this Memorandum of Understanding will be carried out through joint seminars, research projects, "
            "training programmes and the exchange of information."),
           ("이 양해각서에 따른 활동의 비용은 양측이 달리 정하지 아니하는 한 각 측이 자국의 가용 예산 범위에서 부담한다.",
            "Unless otherwise decided, each Participant will bear its own costs of activities under this Memorandum of "
            "Understanding, subject to the availability of funds.")]),
    ("P", [("제4조 법적 지위", "Paragraph 4 – Legal Status")], "h2"),
    ("P", [("이 양해각서는 국제법 또는 국내법상 법적 구속력 있는 권리나 의무를 창설하지 아니한다.",
            "This Memorandum of Understanding does not create any legally binding rights or obligations under international "
            "or domestic law.")]),
    ("P", [("제5조 이견의 해결", "Paragraph 5 – Settlement of Differences")], "h2"),
    ("P", [("이 양해각서의 해석이나 이행에 관한 양측 간의 이견은 상호 협의를 통하여 우호적으로 해결한다.",
            "Any difference between the Participants concerning the interpretation or implementation of this Memorandum of "
            "Understanding will be settled amicably through mutual consultation.")]),
    ("P", [("제6조 효력 발생, 개정 및 종료", "Paragraph 6 – Commencement, Amendment and Termination")], "h2"),
    ("P", [("1. 이 양해각서는 서명한 날부터 효력을 발생하며, 5년간 유효하다.",
            "1. This Memorandum of Understanding will come into effect on the date of its signature and will remain in effect "
            "for a period of five years."),
           ("이 양해각서는 어느 한쪽이 유효기간 만료 6개월 전까지 다른 쪽에 서면으로 종료 의사를 통보하지 아니하는 한 5년씩 자동으로 연장된다.",
            "It will be automatically extended for successive periods of five years unless either Participant notifies the "
            "other in writing of its intention to terminate it at least six months before its expiry.")]),
    ("P", [("2. 이 양해각서는 양측의 서면 합의로 개정될 수 있다.",
            "2. This Memorandum of Understanding may be amended by mutual written consent of the Participants.")]),
    ("P", [("3. 이 양해각서의 종료는 양측이 달리 합의하지 아니하는 한 종료 전에 시작된 활동의 이행에 영향을 미치지 아니한다.",
            "3. The termination of this Memorandum of Understanding will not affect the completion of any activity begun before "
            "its termination, unless the Participants decide otherwise.")]),
    ("P", [("2026년 11월 18일 서울에서 한국어와 영어로 각 2부씩 작성되었으며, 두 언어본은 동등하게 정본이다.",
            "DONE in duplicate at Seoul, this 18th day of November, 2026, in the Korean and English languages, both texts being "
            "equally authentic.")], "done"),
]

# The signature block: two blocks side by side, a row of cells at a time, each cell
# (ko, en[, D]); the names are romanized (may pair or not).
SIGNATURES = [
    [("대한민국 정부를 대표하여", "For the Government of the Republic of Korea"),
     ("핀란드공화국 정부를 대표하여", "For the Government of the Republic of Finland")],
    [("조현석", "Cho Hyun-seok", D), ("미코 사리넨", "Mikko Saarinen", D)],
    [("외교부 장관", "Minister of Foreign Affairs"), ("외교부 장관", "Minister for Foreign Affairs")],
]

# ---------------------------------------------------------------- 3 a state dinner speech
SPEECH = [
    ("P", [("레흐토넨 핀란드 대통령 국빈 만찬 만찬사",
            "Remarks by President Han Do-yun at the State Dinner in Honor of President Aino Lehtonen of Finland")], "h1"),
    ("P", [("2026. 11. 18. 청와대 영빈관", "Yeongbingwan State Guest House, Seoul, November 18, 2026")], "meta"),
    ("P", [("존경하는 아이노 레흐토넨 대통령님 내외분,", "Your Excellency President Aino Lehtonen and Mr. Juha Virtanen,")]),
    ("P", [("귀빈 여러분,", "Distinguished guests,")]),
    ("P", [("먼 길을 와 주신 레흐토넨 대통령님 내외분을 진심으로 환영합니다.",
            "It is my great pleasure to welcome you, President Lehtonen and Mr. Virtanen, who have traveled such a long way to be with us."),
           ("핀란드 대통령의 국빈 방한은 11년 만입니다.",
            "This is the first state visit to Korea by a Finnish president in eleven years.")]),
    ("K", "(박수)"),
    ("P", [("오늘 저녁 저는 핀란드라는 나라를 처음 알게 된 때를 떠올려 봅니다.",
            "Tonight I find myself thinking back to the first time I heard of Finland."),
           ("초등학생 시절, 저는 백과사전에서 '천 개의 호수의 나라'라는 설명을 읽고 한참 동안 그 호수들을 상상하곤 했습니다.",
            "As a schoolboy I came across the phrase \"the land of a thousand lakes\" in an encyclopedia, and I spent hours "
            "picturing those lakes."),
           ("나중에 알고 보니 호수가 천 개가 아니라 18만 개가 넘더군요.",
            "Only later did I learn that there are not a thousand of them but more than 180,000.")]),
    ("K", "(웃음)"),
    ("P", [("핀란드와 한국은 닮은 점이 참 많습니다.", "Finland and Korea have a great deal in common."),
           ("두 나라 모두 강대국 사이에서 자신의 길을 지켜 왔습니다.", "Both our nations have held their own course between great powers."),
           ("두 나라 모두 전쟁의 폐허 위에서 다시 일어섰습니다.", "Both rose again from the ruins of war."),
           ("그리고 두 나라 모두 사람에 대한 투자, 곧 교육에서 미래를 찾았습니다.",
            "And both found their future in investing in people—in education.")]),
    ("K", "(박수)"),
    ("P", [("핀란드에는 '시수(sisu)'라는 말이 있다고 들었습니다.", "I am told that Finland has a word, sisu."),
           ("어떤 어려움 앞에서도 포기하지 않는 끈기와 용기를 뜻한다고 합니다.",
            "It means the grit and courage to keep going, whatever the odds."),
           ("한국인에게도 그런 마음이 있습니다. 우리는 그것을 '은근과 끈기'라고 부릅니다.",
            "We Koreans know that spirit well; we call it eungeun-gwa kkeunki, a quiet, patient perseverance.")]),
    ("P", [("한국 속담에 '백지장도 맞들면 낫다'는 말이 있습니다.",
            "We have a saying in Korea: many hands make light work, even when the load is only a sheet of paper."),
           ("기후 위기와 공급망 불안, 그리고 새로운 안보 위협은 어느 한 나라가 홀로 감당할 수 없는 무게입니다.",
            "Climate change, fragile supply chains and new security threats are burdens that no nation can carry alone."),
           ("오늘 우리가 수립한 전략적 동반자 관계는 그 무게를 함께 나누겠다는 약속입니다.",
            "The Strategic Partnership we launched today is our promise to share that load.")]),
    ("K", "(박수)"),
    ("P", [("내년은 '한-핀란드 상호 교류의 해'입니다.", "Next year will be the Korea–Finland Year of Mutual Exchange."),
           ("더 많은 학생들이 헬싱키와 서울을 오가고, 더 많은 연구자들이 함께 실험실의 불을 밝히기를 기대합니다.",
            "I hope it will bring more students between Helsinki and Seoul, and keep more laboratory lights burning late into "
            "the night, with Finnish and Korean researchers side by side.")]),
    ("P", [("귀빈 여러분, 이제 잔을 들어 주시기 바랍니다.", "Ladies and gentlemen, may I ask you to raise your glasses."),
           ("레흐토넨 대통령님 내외분의 건강과 핀란드 국민의 번영, 그리고 양국의 변함없는 우정을 위하여 건배를 제의합니다.",
            "To the health of President Lehtonen and Mr. Virtanen, to the prosperity of the Finnish people, and to the enduring "
            "friendship between our two nations.")]),
    ("P", [("건배!", "Cheers—kippis!")]),
    ("K", "(박수)"),
]

# ---------------------------------------------------------------- 4 a spokesperson's briefing
BRIEFING = [
    ("P", [("임수진 대변인 정례브리핑", "Regular Press Briefing by Spokesperson Lim Su-jin")], "h1"),
    ("P", [("일시: 2026년 11월 19일(목) 15:00", "Date: Thursday, November 19, 2026, 3:00 p.m.")], "meta"),
    ("P", [("장소: 외교부 브리핑룸", "Venue: MOFA Briefing Room")], "meta"),
    ("P", [("대변인: 안녕하십니까.", "Spokesperson: Good afternoon."),
           ("먼저 두 가지 발표 사항을 말씀드리겠습니다.", "I have two announcements to make.")]),
    ("P", [("첫째, 조현석 외교부 장관은 11월 24일부터 26일까지 인도네시아 자카르타에서 열리는 한-아세안 외교장관회의에 참석할 예정입니다.",
            "First, Minister of Foreign Affairs Cho Hyun-seok will attend the ROK–ASEAN Foreign Ministers' Meeting in Jakarta, "
            "Indonesia, from November 24 to 26."),
           ("조 장관은 회의 계기에 아세안 회원국 외교장관들과 양자 회담도 가질 계획입니다.",
            "On the margins of the meeting, Minister Cho plans to hold bilateral talks with his ASEAN counterparts.")]),
    ("P", [("둘째, 정부는 지난주 대규모 지진 피해를 입은 네팔에 300만 달러 규모의 인도적 지원을 제공하기로 결정하였습니다.",
            "Second, the Government has decided to provide USD 3 million in humanitarian assistance to Nepal, which was struck "
            "by a major earthquake last week.")]),
    ("P", [("이상입니다.", "")]),
    ("P", [("기자: 레흐토넨 대통령 방한 계기에 서명된 양해각서와 관련해 질문드리겠습니다.",
            "Q: I have a question about the MOU signed during President Lehtonen's visit."),
           ("구체적인 후속 사업 계획이 있습니까?", "Are there any specific follow-up projects planned?")]),
    ("P", [("대변인: 양측은 내년 상반기 중 첫 공동 세미나를 서울에서 개최하는 방안을 협의하고 있습니다.",
            "A: The two sides are discussing holding the first joint seminar in Seoul in the first half of next year."),
           ("세부 일정이 확정되는 대로 알려 드리겠습니다.", "We will let you know as soon as the details are finalized.")]),
    ("K", "기자: 지난주 국정감사에서 지적된 재외공관 인력 부족 문제에 대한 외교부 입장은 무엇입니까?"),
    ("K", "대변인: 관련 부서에서 보완 방안을 마련 중인 것으로 알고 있습니다. 국회와도 긴밀히 소통해 나가겠습니다."),
    ("P", [("기자: 자카르타 회의 계기에 한일 외교장관회담도 열립니까?",
            "Q: Will there be a Korea–Japan foreign ministers' meeting in Jakarta?")]),
    ("P", [("대변인: 잠시만요.", "A: Just a moment, please."),
           ("현재로서는 확정된 바 없습니다.", "Nothing has been confirmed at this point."),
           ("다만 여러 나라와 회담 일정을 조율하고 있는 만큼, 결과가 나오면 말씀드리겠습니다.",
            "We are, however, coordinating schedules with a number of countries and will update you when we have something to share.")]),
    ("P", [("네, 다음 질문 받겠습니다.", "")]),
    ("P", [("기자: 네팔 지원은 어떤 경로로 전달됩니까?", "Q: How will the aid to Nepal be delivered?")]),
    ("P", [("대변인: 유엔 기구와 현지 비정부기구를 통해 전달되며, 식수와 임시 거처, 의료 지원에 집중적으로 쓰일 예정입니다.",
            "A: It will be channeled through UN agencies and local NGOs, with a focus on drinking water, temporary shelter and "
            "medical care.")]),
    ("P", [("이상으로 오늘 브리핑을 마치겠습니다.", "That concludes today's briefing."), ("감사합니다.", "Thank you.")]),
    ("K", "※ 이 녹취록은 참고용으로, 실제 발언 내용과 일부 다를 수 있습니다.", "note"),
    ("E", "This is an unofficial translation provided for reference only. In case of any discrepancy, the Korean transcript prevails.",
     "note"),
]

# The ministry site around the briefing: menus, breadcrumbs, buttons, the page's
# satisfaction survey and footer. (ko, en) where one translates the other (such a pair is
# debatable), else a string one side only.
CHROME = {
    "skip": ("본문 바로가기", "Skip to content"),
    "lang": ("ENGLISH", "한국어"),
    "menu": [("외교부 소개", "About MOFA"), ("외교정책", "Policy"), ("재외국민 보호", "Consular Services"),
             ("알림마당", "Press")],
    "crumbs": ("홈 > 알림마당 > 브리핑 > 대변인 정례브리핑", "Home > Press > Briefings > Spokesperson's Briefings"),
    "info": ("작성일 2026-11-19 | 조회수 1,482", "Date 2026-11-19 | Hits 317"),
    "buttons": [("인쇄", "Print"), ("목록", "List")],
    "prev": ("이전글 제1205차 대변인 정례브리핑", "Previous Regular Press Briefing by Spokesperson Lim Su-jin (November 17)"),
    "survey": ("이 페이지에서 제공하는 정보에 만족하십니까? 매우 만족 만족 보통 불만족 매우 불만족", ""),
    "footer": [("(03172) 서울특별시 종로구 사직로8길 60 외교부", "60 Sajik-ro 8-gil, Jongno-gu, Seoul 03172, Republic of Korea"),
               ("대표전화 02-2100-2114", "Tel. +82-2-2100-2114"),
               ("Copyright © Ministry of Foreign Affairs. All Rights Reserved.",
                "Copyright © Ministry of Foreign Affairs. All Rights Reserved.")],
}

# ---------------------------------------------------------------- 5 a UN statement
UN = [
    ("P", [("제81차 유엔총회 본회의 인도적 지원 조정 강화 의제 토의",
            "81st Session of the United Nations General Assembly, Plenary Debate on Strengthening the Coordination of "
            "Humanitarian and Disaster Relief Assistance")], "h1"),
    ("P", [("강민재 주유엔 대한민국 대표부 대사 발언",
            "Statement by H.E. Ambassador Kang Min-jae, Permanent Representative of the Republic of Korea to the United Nations")], "h1"),
    ("P", [("2026년 12월 10일, 뉴욕", "New York, 10 December 2026")], "meta"),
    ("E", "Check against delivery", "meta"),
    ("K", "※ 비공식 번역본으로, 실제 발언은 영어로 하였음.", "meta"),
    ("P", [("의장님,", "Mr. President,")]),
    ("P", [("1. 먼저 이번 토의를 소집해 주신 의장님께 감사드립니다.", "1. At the outset, I thank you, Mr. President, for convening this debate."),
           ("대한민국 대표단은 사무총장 보고서의 권고 사항을 환영합니다.",
            "My delegation welcomes the recommendations contained in the report of the Secretary-General.")]),
    ("P", [("2. 올해 전 세계에서 인도적 지원이 필요한 사람은 3억 명을 넘어섰으나, 필요한 재원의 절반도 확보되지 못하고 있습니다.",
            "2. This year, more than 300 million people around the world need humanitarian assistance, yet less than half of "
            "the required funding has been secured."),
           ("기후 재난은 더 잦아지고 더 파괴적으로 변하고 있으며, 가장 취약한 이들이 가장 큰 피해를 입고 있습니다.",
            "Climate-related disasters are growing more frequent and more destructive, and the most vulnerable are hit hardest.")]),
    ("P", [("3. 이러한 맥락에서 대한민국은 세 가지를 강조하고자 합니다.", "3. Against this backdrop, allow me to highlight three points.")]),
    ("P", [("첫째, 조기경보와 선제적 대응에 대한 투자를 늘려야 합니다.", "First, we must invest more in early warning and anticipatory action."),
           ("재난이 닥친 뒤 대응하는 비용은 미리 대비하는 비용보다 훨씬 큽니다.",
            "Responding after disaster strikes costs far more than preparing beforehand.")]),
    ("P", [("둘째, 인도적 활동가의 안전은 결코 타협의 대상이 될 수 없습니다.", "Second, the safety of humanitarian workers is non-negotiable."),
           ("지난해에만 280명이 넘는 구호 요원이 목숨을 잃었습니다.", "Last year alone, more than 280 aid workers lost their lives.")]),
    ("P", [("셋째, 인도적 지원과 개발, 평화 구축 간의 연계를 강화해야 합니다.",
            "Third, we need stronger links between humanitarian action, development and peacebuilding.")]),
    ("P", [("4. 대한민국은 올해 중앙긴급대응기금(CERF)에 대한 기여를 1,000만 달러로 늘렸으며, 2030년까지 인도적 지원 예산을 두 배로 확대할 계획입니다.",
            "4. This year, the Republic of Korea increased its contribution to the Central Emergency Response Fund (CERF) to "
            "USD 10 million. We plan to double our humanitarian budget by 2030.")]),
    ("P", [("5. 끝으로, 대한민국은 누구도 소외되지 않는 인도적 대응을 위해 국제사회와 함께 계속 노력해 나갈 것임을 말씀드립니다.",
            "5. In closing, let me assure you that the Republic of Korea will continue to work with the international "
            "community for a humanitarian response that leaves no one behind.")]),
    ("P", [("감사합니다, 의장님.", "Thank you, Mr. President.")]),
    ("K", "/끝/"),
]
