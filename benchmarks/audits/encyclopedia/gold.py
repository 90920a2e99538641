"""Reference and scholarly text for the encyclopedia audit, both languages written by hand
(helperE12, 2026-12), and its gold, as data.

Five documents, each a list of elements in reading order:

``PERSON``: a wiki article on Jang Yeong-sil (lead with hanja glosses and date ranges,
infobox, sections, citation marks "[1]", "[2][3]", "[출처 필요]" / "[citation needed]",
an English sentence with no Korean counterpart and a Korean one with no English, a Korean
paragraph of three sentences that the English condenses into one, "같이 보기" / "See also",
references that are not translations of each other). ``PLACE``: a wiki article on
Hwaseong Fortress (coordinates, measurements with units, a 2-1 bead, a range "4~6 m").
``ABSTRACT``: a journal paper's bilingual abstract page (title, authors and affiliations,
국문초록 / Abstract, 주제어 / Keywords, "e.g.", "i.e.", "et al.", "Fig. 2", "Table 3",
"p < .05", "n = 120", "M = 3.42, SD = 0.81", Greek letters, an equation, dates of
submission). ``THESIS``: a thesis chapter excerpt (numbered headings, superscript note marks
glued to words "…이다.¹", in-text citations "(김철수, 2019; 이영희・박민수, 2020)", a block
quotation, a page number line, footnotes). ``CATALOGUE``: a museum collection record
(short fields, dimensions, accession number, a description, bibliography, licence).

An element is one of

  ("h", ko, en)                 a heading (h1 for the first of a document): a gold pair
  ("p", [bead, ...])            a paragraph; each bead (ko, en[, D]) a gold pair (several
                                sentences on a side: a 2-1 or 3-1 bead); a side "" means the
                                other side's sentence has no counterpart and must be unpaired
  ("ul", [bead, ...])           a list, an item a bead
  ("quote", [bead, ...])        a block quotation
  ("box", caption, rows)        an infobox: caption a bead; rows (ko label, ko value, en
                                label, en value): every cell and row may be paired or not
                                (debatable), but paired only with its own counterpart
  ("refs", ko, en, same)        references, each unpaired; ``same``: (ko index, en index) of an
                                entry citing the same work in both lists (written the same, or
                                translated): that entry, or its pieces, may be paired (debatable)
  ("notes", [bead, ...])        footnotes (a bead of the same text on both sides: D)
  ("line", ko, en, D)           a one-line element (coordinates, page number, a date line)

A bead flagged ``D`` is debatable; a bead whose third item is a list holds the other
readings that are as good (a 2-1 bead whose second sentence the English renders only in
part may be its first sentence alone). A bead flagged ``D`` is debatable: it may be paired or its sides left unpaired. Citation
marks are written into the sentences as a wiki page shows them ("…이다.[1]"); the HTML
layout puts them in ``<sup class="reference">`` (which the HTML reader does not read) and the
gold of that layout drops them (see ``make.py``).
"""

D = True

PERSON = [
    ("h", "장영실", "Jang Yeong-sil"),
    ("box", ("충남 아산 장영실과학관 앞의 장영실 동상", "Statue of Jang at the Jang Yeong-sil Science Museum in Asan"), [
        ("한자", "蔣英實", "Hanja", "蔣英實"),
        ("출생", "1390년경, 경상도 동래현", "Born", "c. 1390, Dongnae County, Gyeongsang Province"),
        ("사망", "미상", "Died", "after 1442"),
        ("국적", "조선", "Nationality", "Joseon"),
        ("직업", "과학기술자, 발명가", "Occupation", "Engineer, inventor"),
        ("주요 업적", "자격루, 옥루, 갑인자", "Known for", "Jagyeongnu, Ongnu, Gabinja type"),
    ]),
    ("p", [
        ("장영실(蔣英實, 1390년경~?)은 조선 전기의 과학기술자이자 발명가이다.[1]",
         "Jang Yeong-sil (Korean: 장영실; Hanja: 蔣英實; c. 1390 – after 1442) was a Korean engineer and inventor of the early Joseon period.[1]"),
        ("관노(官奴) 출신으로 세종(世宗, 재위 1418~1450)에게 발탁되어 정3품 상호군(上護軍)에까지 올랐다.[2][3]",
         "Born into government slavery, he was recruited by King Sejong (r. 1418–1450) and rose to the senior third rank as a sangho-gun, a general of the palace guard.[2][3]"),
        ("자격루(自擊漏)와 측우기(測雨器) 제작에 관여한 인물로 널리 알려져 있다.",
         "He is best known for his work on the Jagyeongnu, a self-striking water clock, and on the cheugugi, the rain gauge."),
        ("", "His life after 1442 is almost entirely undocumented."),
    ]),
    ("h", "생애", "Life"),
    ("h", "출생과 가계", "Origins"),
    ("p", [
        ("『세종실록』에 따르면 아버지는 원나라 소주·항주 출신의 귀화인이고, 어머니는 동래현(東萊縣)의 기생이었다.[4]",
         "According to the Sejong sillok, his father was an immigrant from Suzhou or Hangzhou under the Yuan dynasty and his mother a gisaeng of Dongnae County.[4]"),
        ("어머니의 신분을 따라 그 역시 동래현의 관노가 되었다.",
         "Because status passed through the mother, Jang was himself registered as a slave of the county office."),
        ("정확한 출생 연도는 알려져 있지 않으며, 1390년 무렵으로 보는 견해가 많다.[출처 필요]",
         "His exact year of birth is unknown; most modern accounts place it around 1390.[citation needed]"),
    ]),
    ("h", "궁중 발탁", "Service at court"),
    ("p", [
        ("태종(太宗) 때 이미 손재주로 이름이 알려졌으며, 세종은 1421년 그를 명나라에 보내 천문 기구를 살펴보게 하였다.",
         "His skill had already drawn notice under King Taejong, and in 1421 Sejong sent him to Ming China to study astronomical instruments."),
        ("귀국 후 1423년에 면천(免賤)되어 상의원 별좌(尙衣院別坐)에 임명되었다.[5] 이는 당시로서는 매우 이례적인 일이어서 조정 대신들 사이에 반대 의견도 있었다.",
         "On his return he was freed and, in 1423, given a post in the royal workshop, the Sangeuiwon, an appointment some ministers opposed.[5]",
         [("귀국 후 1423년에 면천(免賤)되어 상의원 별좌(尙衣院別坐)에 임명되었다.[5]",
           "On his return he was freed and, in 1423, given a post in the royal workshop, the Sangeuiwon, an appointment some ministers opposed.[5]")]),
    ]),
    ("h", "업적", "Work"),
    ("p", [
        ("1434년(세종 16년) 완성된 자격루는 물의 흐름을 이용하여 정해진 시각마다 종·북·징이 저절로 울리도록 만든 물시계이다.[6]",
         "Completed in 1434, the Jagyeongnu was a water clock that sounded a bell, a drum and a gong by itself at set hours.[6]"),
        ("같은 해 경복궁 보루각(報漏閣)에 설치되어 나라의 표준 시계로 쓰였다.",
         "It was installed that year in the Borugak pavilion of Gyeongbokgung Palace and served as the kingdom's official clock."),
    ]),
    ("p", [
        ("1438년에는 해와 별의 운행과 계절의 변화를 함께 보여 주는 옥루(玉漏)를 만들어 흠경각(欽敬閣)에 두었다. 옥루는 자격루보다 한층 정교하였다고 전하나 실물은 남아 있지 않다. 오늘날 전시되는 복원품은 『세종실록』의 기록을 바탕으로 만든 것이다.",
         "A still more elaborate astronomical clock, the Ongnu of 1438, is known today only from the written record.",
         [("1438년에는 해와 별의 운행과 계절의 변화를 함께 보여 주는 옥루(玉漏)를 만들어 흠경각(欽敬閣)에 두었다. 옥루는 자격루보다 한층 정교하였다고 전하나 실물은 남아 있지 않다.",
           "A still more elaborate astronomical clock, the Ongnu of 1438, is known today only from the written record.")]),
    ]),
    ("p", [
        ("측우기는 1441년 세자(훗날의 문종)의 주도로 처음 만들어졌고, 이듬해인 1442년에 규격이 정해져 전국에 보급되었다.[7]",
         "The rain gauge was first made in 1441 on the initiative of the crown prince, later King Munjong, and a standard design was sent to every province in 1442.[7]"),
        ("규격은 깊이 1척 5촌(약 32 cm), 지름 7촌(약 15 cm)이었다.",
         "The standard vessel was 1 cheok 5 chon (about 32 cm) deep and 7 chon (about 15 cm) across."),
        ("장영실이 측우기 제작에 직접 참여했는지에 대해서는 학자들 사이에 이견이 있다.[8]",
         "Whether Jang himself took part in making it is disputed.[8]"),
    ]),
    ("h", "실각", "Dismissal"),
    ("p", [
        ("1442년 3월, 그가 감독하여 만든 임금의 가마 안여(安輿)가 부서지는 사고가 일어났다.",
         "In March 1442 a royal palanquin built under his supervision broke on the road."),
        ("이 일로 장영실은 곤장 80대의 형을 받고 파직되었으며, 그 뒤의 행적은 기록에 나타나지 않는다.[2]",
         "He was sentenced to eighty strokes of the rod and dismissed, and he vanishes from the records thereafter.[2]"),
    ]),
    ("h", "평가", "Legacy"),
    ("p", [
        ("오늘날 장영실은 신분의 벽을 넘어선 과학자의 상징으로 여겨진다.",
         "In modern South Korea Jang is remembered as a scientist who overcame the barriers of his birth."),
        ("1991년에는 그의 이름을 딴 'IR52 장영실상'이 제정되어 우수한 신기술 제품을 개발한 기업에 수여되고 있다.[출처 필요]",
         "The IR52 Jang Young-sil Award, given to companies for new industrial technology, has borne his name since 1991.[citation needed]"),
        ("2016년에는 KBS에서 그의 일대기를 다룬 대하드라마 《장영실》이 방영되었다.", ""),
        ("", "The 2019 film Forbidden Dream dramatised his friendship with Sejong."),
    ]),
    ("h", "같이 보기", "See also"),
    ("ul", [
        ("자격루", "Jagyeongnu"),
        ("측우기", "Cheugugi"),
        ("세종", "Sejong the Great"),
        ("앙부일구", ""),
        ("", "History of science and technology in Korea"),
    ]),
    ("h", "각주", "References"),
    ("refs", [
        "『세종실록』 권61, 세종 15년 9월 16일.",
        "남문현 (2002). 『장영실과 자격루: 조선시대 시간 측정 역사 연구』. 서울대학교출판부. 45–67쪽.",
        "전상운 (2000). 『한국 과학사』. 사이언스북스. 112쪽.",
        "Needham, J. et al. (1986). The Hall of Heavenly Records. Cambridge University Press.",
        "「장영실」, 『한국민족문화대백과사전』, 한국학중앙연구원. 2024년 3월 2일에 확인함.",
    ], [
        "Needham, J. et al. (1986). The Hall of Heavenly Records. Cambridge University Press.",
        "Jeon, Sang-woon (1974). Science and Technology in Korea: Traditional Instruments and Techniques. Cambridge, Mass.: MIT Press. pp. 57–63.",
        "Nam, Moon-hyon (2002). Jang Yeong-sil and the Jagyeongnu (in Korean). Seoul National University Press.",
        "\"Jang Yeong-sil\". Encyclopedia of Korean Culture. Academy of Korean Studies. Retrieved 2 March 2024.",
        "Sejong sillok, vol. 96, entry for the 3rd day of the 5th month, 1442.",
    ], [(1, 2), (3, 0), (4, 3)]),
]

PLACE = [
    ("h", "수원 화성", "Hwaseong Fortress"),
    ("line", "좌표: 북위 37° 17′ 11″ 동경 127° 00′ 42″", "Coordinates: 37°17′11″N 127°00′42″E", D),
    ("box", ("서장대에서 바라본 화성 서북쪽 성벽", "The north-western wall seen from Seojangdae"), [
        ("위치", "경기도 수원시 팔달구·장안구", "Location", "Suwon, Gyeonggi Province, South Korea"),
        ("건설", "1794년~1796년", "Built", "1794–1796"),
        ("설계", "정약용", "Architect", "Jeong Yak-yong"),
        ("길이", "5.74 km", "Length", "5.74 km"),
        ("유형", "문화유산", "Type", "Cultural"),
        ("등재 기준", "ii, iii", "Criteria", "ii, iii"),
        ("지정", "1997년 (제21차 세계유산위원회)", "Designated", "1997 (21st session)"),
    ]),
    ("p", [
        ("수원 화성(水原 華城)은 경기도 수원시에 있는 조선 후기의 성곽이다.[1]",
         "Hwaseong Fortress (Korean: 수원 화성; Hanja: 水原華城) is a late-Joseon fortification surrounding the centre of Suwon, Gyeonggi Province, South Korea.[1]"),
        ("정조(正祖, 재위 1776~1800)가 아버지 사도세자(思悼世子)의 무덤을 수원으로 옮기면서 1794년 1월에 착공하여 1796년 9월에 완공하였다.[2]",
         "It was built between January 1794 and September 1796 by order of King Jeongjo (r. 1776–1800), who had moved the tomb of his father, Crown Prince Sado, to the area.[2]"),
        ("1963년 사적으로 지정되었고, 1997년 12월 유네스코 세계유산에 등재되었다.[3][4]",
         "The fortress was designated a Historic Site in 1963 and inscribed on the UNESCO World Heritage List in December 1997.[3][4]"),
        ("", "It is one of the most visited sites in the Seoul Capital Area.[citation needed]"),
    ]),
    ("h", "역사", "History"),
    ("p", [
        ("화성의 설계는 실학자 정약용(丁若鏞, 1762~1836)이 맡았다.",
         "The plans were drawn up by the Silhak scholar Jeong Yak-yong (1762–1836)."),
        ("그는 중국과 서양의 축성 기술을 참고하였으며, 무거운 석재를 들어 올리기 위해 거중기(擧重機)를 고안하였다.[5]",
         "Drawing on Chinese and Western methods of fortification, he also devised a crane, the geojunggi, to lift heavy stones.[5]"),
        ("당초 공사 기간은 10년으로 잡혔으나 실제로는 약 2년 9개월 만에 끝났다.",
         "Construction had been planned to take ten years but was finished in about 33 months."),
        ("공사에 동원된 인원은 연인원 70만 명에 이르렀다고 한다.[출처 필요]", ""),
    ]),
    ("p", [
        ("공사의 전 과정은 1801년에 간행된 『화성성역의궤(華城城役儀軌)』에 상세히 기록되었다.",
         "Every stage of the work was recorded in the Hwaseong seongyeok uigwe, a royal protocol printed in 1801."),
        ("이 책에는 공사에 쓰인 자재의 수량과 비용은 물론 장인들의 이름과 품삯까지 실려 있다.[6]",
         "It lists the quantities and cost of materials and even the names and wages of the craftsmen.[6]"),
        ("한국 전쟁 때 성곽 일부가 파괴되었으나, 1975년부터 1979년까지 이 의궤를 바탕으로 대부분 복원되었다.",
         "Parts of the wall were destroyed in the Korean War (1950–1953); most were rebuilt between 1975 and 1979 from the uigwe's drawings, one reason UNESCO accepted the restoration as authentic."),
    ]),
    ("h", "구조", "Layout"),
    ("p", [
        ("성벽의 전체 길이는 약 5.74 km이고, 성 안의 면적은 약 1.3 km²이다.[3]",
         "The wall is about 5.74 km (3.57 mi) long and encloses some 130 hectares.[3]"),
        ("성벽의 높이는 지형에 따라 4~6 m 정도이다.",
         "Its height varies from 4 to 6 m with the terrain."),
        ("네 개의 성문 가운데 북문인 장안문(長安門)이 정문이며, 남문은 팔달문(八達門)이다.",
         "Of the four main gates, Janganmun on the north is the principal one; Paldalmun faces south."),
        ("이 밖에 수원천이 성 안으로 흘러드는 곳에는 화홍문(華虹門)이라는 수문을 두었다.",
         "A sluice gate, Hwahongmun, spans the Suwoncheon stream where it enters the fortress."),
    ]),
    ("p", [
        ("성곽에는 적을 감시하고 공격하기 위한 시설이 모두 48곳 있었으나 현재는 일부만 남아 있다. 대표적인 것으로 공심돈(空心墩), 봉돈(烽墩), 포루(砲樓) 등이 있다.",
         "Of the 48 defensive structures built along the wall, such as the hollow watchtowers (gongsimdon), the beacon tower and the cannon towers, only some survive."),
    ]),
    ("h", "관광", "Tourism"),
    ("p", [
        ("매년 10월에는 수원화성문화제가 열려 정조의 화성 행차를 재현한다.",
         "The Suwon Hwaseong Cultural Festival is held every October and re-enacts Jeongjo's royal procession to the fortress."),
        ("성곽을 한 바퀴 걷는 데에는 보통 2~3시간이 걸린다.",
         "A walk around the full circuit takes two to three hours."),
        ("성인 입장료는 1,000원이다(2024년 기준).",
         "Admission for adults is ₩1,000 (as of 2024)."),
    ]),
    ("h", "같이 보기", "See also"),
    ("ul", [
        ("남한산성", "Namhansanseong"),
        ("정조", "Jeongjo of Joseon"),
        ("", "List of World Heritage Sites in South Korea"),
    ]),
    ("h", "각주", "References"),
    ("refs", [
        "「수원 화성」. 국가유산포털. 국가유산청. 2024년 3월 2일에 확인함.",
        "『정조실록』 권39, 정조 18년 1월 7일.",
        "\"Hwaseong Fortress\". UNESCO World Heritage Centre.",
        "김동욱 (2002). 『실학 정신으로 세운 조선의 신도시 수원 화성』. 돌베개. 88–91쪽.",
    ], [
        "\"Hwaseong Fortress\". UNESCO World Heritage Centre.",
        "\"Suwon Hwaseong\". Korea Heritage Service. Retrieved 2 March 2024.",
        "Kim, Dong-uk (2002). Suwon Hwaseong (in Korean). Paju: Dolbegae. pp. 88–91.",
        "Jeongjo sillok, vol. 39, 7th day of the 1st month, 1794.",
    ], [(0, 1), (1, 3), (2, 0), (3, 2)]),
]

ABSTRACT = [
    ("line", "번역학연구 제25권 제3호(2024. 9.) 145-172", "The Journal of Translation Studies 25(3), September 2024, pp. 145–172", D),
    ("line", "DOI: 10.15749/jts.2024.25.3.145", "", D),
    ("h", "기계번역 사후편집 훈련이 학부 번역 전공생의 번역 품질과 작업 속도에 미치는 영향",
     "Effects of Machine Translation Post-editing Training on the Translation Quality and Speed of Undergraduate Students"),
    ("line", "김서연*・박준호**", "Seoyeon Kim* & Junho Park**", D),
    ("p", [
        ("* 한국외국어대학교 통번역대학원 박사과정 ** 한국외국어대학교 영어통번역학과 부교수(교신저자)",
         "* Ph.D. candidate, Graduate School of Interpretation and Translation, Hankuk University of Foreign Studies ** Associate Professor, Department of English Interpretation and Translation, Hankuk University of Foreign Studies (corresponding author)", D),
    ]),
    ("h", "국문초록", "Abstract"),
    ("p", [
        ("본 연구는 기계번역(MT) 사후편집 훈련이 학부 번역 전공생의 번역 품질과 작업 속도에 어떠한 영향을 미치는지를 실험을 통해 검증하였다.",
         "This study tested experimentally whether training in machine translation (MT) post-editing affects the translation quality and working speed of undergraduate translation majors."),
        ("선행 연구(예: O'Brien, 2002; Guerberof Arenas et al., 2021)는 주로 전문 번역사를 대상으로 하였기 때문에 학습자 집단에 대한 실증 자료는 부족한 실정이다.",
         "Earlier studies (e.g., O'Brien, 2002; Guerberof Arenas et al., 2021) mostly involved professional translators, i.e., there is little empirical evidence on learners."),
        ("서울 소재 두 대학의 영한 번역 전공생 120명(n = 120)을 실험집단(n = 60)과 통제집단(n = 60)에 무작위로 배정하고, 실험집단에는 8주간 주 2회씩 사후편집 훈련을 실시하였다.",
         "A total of 120 English–Korean translation majors at two universities in Seoul (n = 120) were randomly assigned to an experimental group (n = 60) and a control group (n = 60), and the experimental group received post-editing training twice a week for eight weeks."),
        ("번역 품질은 MQM 기반 오류 점수로, 작업 속도는 분당 처리 단어 수(WPM)로 측정하였다.",
         "Quality was measured with an MQM-based error score, and speed in words processed per minute (WPM)."),
        ("품질 향상도는 ΔQ = Q사후 − Q사전으로 정의하였다.",
         "Quality gain was defined as ΔQ = Q_post − Q_pre."),
        ("분석 결과, 실험집단의 사후 품질 점수(M = 3.42, SD = 0.81)는 통제집단(M = 2.97, SD = 0.88)보다 유의하게 높았다(t(118) = 2.91, p < .05, d = 0.53).",
         "The experimental group's post-test quality scores (M = 3.42, SD = 0.81) were significantly higher than the control group's (M = 2.97, SD = 0.88), t(118) = 2.91, p < .05, d = 0.53."),
        ("작업 속도 역시 실험집단에서 평균 23.6% 향상되었으며(Fig. 2 참조), 이는 중간 정도의 효과 크기에 해당한다(η² = .07).",
         "Speed also rose by 23.6% on average in the experimental group (see Fig. 2), a medium effect (η² = .07)."),
        ("다만 오류 유형별로 보면 정확성 오류는 감소한 반면 문체 오류는 오히려 소폭 증가하였다(Table 3).",
         "By error type, however, accuracy errors fell while style errors rose slightly (Table 3)."),
        ("회귀분석에서는 사전 번역 능력(β = 0.41, p < .001)과 MT에 대한 태도(β = 0.27, p = .003)가 향상 정도를 유의하게 예측하였으며, 모형의 설명력은 R² = .34였다.",
         "In a regression model (R² = .34), prior translation competence (β = 0.41, p < .001) and attitudes towards MT (β = 0.27, p = .003) significantly predicted the size of the gain."),
        ("이러한 결과는 사후편집 훈련을 학부 교과과정에 조기에 도입할 필요가 있음을 시사한다.",
         "These findings suggest that post-editing training should be introduced early in undergraduate curricula."),
        ("", "Implications for curriculum design and for the assessment of post-edited output are discussed."),
    ]),
    ("p", [
        ("주제어: 기계번역, 사후편집, 번역 교육, 번역 품질, MQM, 실험 연구",
         "Keywords: machine translation, post-editing, translator training, translation quality, MQM, experimental study"),
    ]),
    ("line", "투고일: 2024. 7. 10. / 심사일: 2024. 8. 14. / 게재확정일: 2024. 8. 28.",
     "Received: July 10, 2024 / Reviewed: August 14, 2024 / Accepted: August 28, 2024", D),
]

THESIS = [
    ("h", "제2장 이론적 배경", "Chapter 2 Theoretical Background"),
    ("h", "2.1 번역 규범 개념의 전개", "2.1 The concept of translation norms"),
    ("p", [
        ("번역 연구에 '규범(norm)'이라는 개념을 체계적으로 도입한 학자는 투리(Toury, 1995)이다.¹",
         "The concept of norms was brought into translation studies systematically by Toury (1995).¹"),
        ("투리는 번역을 사회문화적 제약 아래에서 이루어지는 행위로 보고, 번역가의 선택에 나타나는 규칙성을 규범으로 설명하였다.",
         "Toury saw translation as an activity carried out under sociocultural constraints and explained the regularities in translators' choices as norms."),
        ("이후 체스터만(Chesterman, 1997)은 규범을 기대 규범과 전문 규범으로 나누었다.²",
         "Chesterman (1997) later distinguished expectancy norms from professional norms.²"),
    ]),
    ("p", [
        ("국내에서도 규범 개념을 적용한 연구가 꾸준히 이어져 왔다(김철수, 2019; 이영희・박민수, 2020).",
         "Korean scholars have applied the concept steadily as well (Kim, 2019; Lee & Park, 2020)."),
        ("특히 1990년대 이후 출판된 영미 소설의 한국어 번역본은 원문의 문장 부호와 단락 구분을 그대로 살리는 경향이 강해졌다는 지적이 있다(김철수, 2019, 58쪽).³",
         "It has been noted in particular that Korean translations of Anglo-American fiction published after the 1990s increasingly keep the punctuation and paragraphing of the source (Kim, 2019, p. 58).³"),
        ("이러한 변화는 번역 교육과 편집 관행의 변화가 함께 작용한 결과로 해석된다.",
         "This shift is usually read as the joint effect of changes in translator training and in editorial practice."),
    ]),
    ("line", "- 23 -", "- 23 -", D),
    ("p", [
        ("이승민(Lee, 2015)은 규범의 성격을 다음과 같이 설명한다.",
         "Lee (2015) describes the nature of norms as follows:"),
    ]),
    ("quote", [
        ("규범은 번역가가 지키거나 어기는 규칙이 아니다. 그것은 독자와 편집자와 번역가가 텍스트에 거는 기대이며, 그 기대는 충족될 때마다 새로이 확인된다(Lee, 2015, p. 112).",
         "A norm is not a rule that a translator obeys or breaks; it is an expectation that readers, editors and translators bring to a text, and one that is renewed each time it is met (Lee, 2015, p. 112)."),
    ]),
    ("p", [
        ("이 정의에 따르면 규범은 고정된 것이 아니라 시대에 따라 변하는 것이다.⁴",
         "On this view, norms are not fixed but change over time.⁴"),
        ("따라서 본 연구는 1980년대와 2010년대의 번역본을 비교하여 규범의 변화를 추적하고자 한다.",
         "The present study therefore compares translations of the 1980s and the 2010s in order to trace that change."),
    ]),
    ("h", "2.2 선행 연구", "2.2 Previous research"),
    ("p", [
        ("번역 규범에 관한 실증 연구는 크게 코퍼스 기반 연구와 번역가 면담 연구로 나눌 수 있다.",
         "Empirical studies of translation norms fall broadly into corpus-based studies and interview studies with translators."),
        ("전자의 대표적인 예로는 Baker et al.(2010)의 대규모 병렬 코퍼스 분석을 들 수 있다.⁵",
         "A prominent example of the former is the large parallel-corpus analysis by Baker et al. (2010).⁵"),
        ("그러나 이들 연구는 대부분 유럽어 간 번역을 다루었으며, 한국어를 포함한 연구는 드물다.",
         "Most of these studies, however, deal with translation between European languages; few include Korean."),
        ("", "Interview studies, for their part, rarely go beyond a dozen participants (cf. Sela-Sheffy, 2005)."),
    ]),
    ("notes", [
        ("¹ Toury, G. (1995). Descriptive Translation Studies and Beyond. Amsterdam: John Benjamins.",
         "¹ Toury, G. (1995). Descriptive Translation Studies and Beyond. Amsterdam: John Benjamins.", D),
        ("² 체스터만은 이후 개정판(2016)에서 이 구분을 일부 수정하였다.",
         "² Chesterman revised this distinction in part in the second edition (2016)."),
        ("³ 다만 아동 문학 번역본에서는 이러한 경향이 뚜렷하지 않았다.",
         "³ The tendency was not evident in translations of children's literature, however."),
        ("⁴ 규범의 변화에 대한 자세한 논의는 제4장에서 다룬다.",
         "⁴ Norm change is discussed in detail in Chapter 4."),
        ("⁵ 이 연구의 코퍼스 구성에 대해서는 Baker et al.(2010: 14–19)을 참조.",
         "⁵ On the make-up of the corpus, see Baker et al. (2010: 14–19)."),
    ]),
]

CATALOGUE = [
    ("h", "백자 달항아리", "White Porcelain Moon Jar"),
    ("ul", [
        ("명칭: 백자 달항아리", "Title: White Porcelain Moon Jar"),
        ("국적/시대: 한국 - 조선 18세기", "Nationality/Period: Korea – Joseon, 18th century"),
        ("재질: 도자기 - 백자", "Material: Ceramics – white porcelain"),
        ("크기: 높이 44.5 cm, 입지름 20.3 cm, 바닥지름 16.2 cm", "Dimensions: H. 44.5 cm, Diam. (mouth) 20.3 cm, Diam. (base) 16.2 cm"),
        ("소장품번호: 덕수 1437", "Accession No.: Deoksu 1437"),
        ("지정구분: 보물", "Designation: Treasure"),
        ("소장처: 국립중앙박물관", "Collection: National Museum of Korea"),
        ("전시 위치: 상설전시관 3층 분청사기·백자실", "Gallery: Buncheong Ware and White Porcelain Gallery, 3F, Permanent Exhibition Hall"),
    ]),
    ("h", "설명", "Description"),
    ("p", [
        ("둥글고 넉넉한 몸체가 보름달을 닮았다 하여 '달항아리'라 불린다.",
         "The jar owes its name to its full, rounded body, which recalls a full moon."),
        ("크기가 커서 물레로 위아래를 따로 빚은 뒤 이어 붙였으며, 그 이음매 때문에 좌우가 완전히 대칭을 이루지는 않는다.",
         "Because of its size it was thrown in two halves, upper and lower, and joined at the middle; the seam leaves it slightly lopsided."),
        ("유색은 맑은 백색에 옅은 푸른 기가 돌며, 표면 일부에는 오랜 사용으로 생긴 얼룩이 남아 있다.",
         "The glaze is a clear white with a faint bluish tinge, and parts of the surface bear stains from long use."),
        ("", "Jars of this type were made mainly at the royal kilns in Gwangju, Gyeonggi Province, between about 1690 and 1760."),
    ]),
    ("ul", [
        ("참고문헌: 국립중앙박물관, 『백자 항아리』, 2010, 도판 12.", "Bibliography: National Museum of Korea, White Porcelain Jars, 2010, pl. 12.", D),
        ("이미지 이용 조건: 공공누리 제1유형(출처 표시)", "Image use: KOGL Type 1 (attribution)"),
        ("최종 수정일: 2023-11-08", "Last updated: 2023-11-08", D),
    ]),
]

DOCS = {"person": PERSON, "place": PLACE, "abstract": ABSTRACT, "thesis": THESIS, "catalogue": CATALOGUE}
