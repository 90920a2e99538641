"""A university lab's patent application and research article for the patents audit, both
languages written by hand, and their gold, as data.

``PATENT``: a Korean patent application (KIPO's electronic-filing style: 【발명의 명칭】 with
the English title in braces, 【기술분야】, paragraph numbers [0001] …, 【수학식 1】, 【부호의
설명】, 【청구범위】 / 【청구항 n】, 【요약서】 / 【대표도】) and its US-style English counterpart
(a cross-reference paragraph English only, so the two sides' paragraph numbers drift apart;
reference numerals without their parentheses, "° C.", "FIG. 2", a "where …" line after the
formula left unnumbered; one Korean paragraph filed as two English paragraphs; three 1-2
sentences; the prior-art list, three section headings and the list of reference signs
Korean only; "What is claimed is:" English only).
``CLAIMS``: its eight claims (long single-sentence claims "…를 포함하는, 수소 센서." against
"A hydrogen sensor comprising: …; and …, wherein …", dependent claims "제1항에 있어서," /
"The hydrogen sensor of claim 1, wherein", a multiple dependency the English rewrote).
``ARTICLE``: a nursing research article (title, authors, affiliations, a structured
abstract, keywords, methods with units and statistics "p < 0.01", "n = 48", "29.4 ± 4.6",
a table with its caption and note, a figure caption, two 2-1 beads, acknowledgements Korean
only, funding and conflict-of-interest lines, references left in English on both sides).
``OFFICE``: a KIPO notice of preliminary rejection (의견제출통지서) and a firm's English
translation: label–value lines, a 1-2 sentence, cited inventions, the e-filing guidance
Korean only, a translator's note English only.

A document is a list of entries, in reading order:

  ("H", ko, en[, D])     a heading (ko without its 【】, which the KIPO layouts add); ko or
                         en "": one side only (unpaired); D: may pair or not.
  ("T", ko, en)          the title line (its Korean with the English title in braces).
  ("P", [(ko, en[, D]), ...][, numbers])  a paragraph: its sentences' gold pairs (ko or en
                         "": one side only); ``numbers``: which sides number it ("both",
                         "ko", "en", "none"; default "both").
  ("P2", [...], [...])   one Korean paragraph that the English files as two paragraphs.
  ("K", text[, numbered]) / ("E", text[, numbered])  a paragraph one side only.
  ("F", formula)         a formula line, the same on both sides (may pair or not).
  ("L", ko_label, ko_value, en_label, en_value)  a label–value line.
  ("C", n, ko, en)       a claim.
"""

D = "debatable"

TITLE_KO = "수소 센서 및 그 제조 방법"
TITLE_EN = "HYDROGEN SENSOR AND METHOD OF MANUFACTURING THE SAME"

PATENT = [
    ("H", "발명의 설명", ""),
    ("H", "발명의 명칭", "", D),
    ("T", TITLE_KO + "{" + TITLE_EN + "}", TITLE_EN),
    ("H", "", "CROSS-REFERENCE TO RELATED APPLICATION"),
    ("E", "This application claims priority to Korean Patent Application No. 10-2025-0123456, filed on "
          "Sep. 2, 2025, in the Korean Intellectual Property Office, the entire contents of which are "
          "incorporated herein by reference.", True),
    ("H", "기술분야", "TECHNICAL FIELD"),
    ("P", [("본 발명은 수소 센서에 관한 것으로, 보다 상세하게는 팔라듐 합금 나노선을 감지층으로 사용하여 상온에서도 "
            "빠르게 응답하는 수소 센서 및 그 제조 방법에 관한 것이다.",
            "The present disclosure relates to a hydrogen sensor and, more particularly, to a hydrogen sensor "
            "that uses palladium alloy nanowires as a sensing layer to respond quickly even at room temperature, "
            "and to a method of manufacturing the same.")]),
    ("H", "배경기술", "BACKGROUND"),
    ("P", [("수소는 연소 시 물만 생성하는 청정 에너지원으로서 연료전지 자동차, 수소 충전소 및 발전용 연료전지 등에 "
            "널리 사용되고 있다.",
            "Hydrogen is a clean energy source that produces only water when burned, and is widely used in fuel "
            "cell vehicles, hydrogen refueling stations, fuel cells for power generation, and the like."),
           ("그러나 수소는 공기 중 농도가 4 vol% 이상이 되면 폭발할 수 있으므로, 누출을 조기에 감지할 수 있는 센서가 "
            "필수적이다.",
            "However, because hydrogen can explode at concentrations of 4 vol% or more in air, a sensor capable "
            "of detecting leaks at an early stage is essential.")]),
    ("P", [("종래의 반도체식 수소 센서는 산화주석(SnO2) 등의 금속산화물을 감지 물질로 사용하는데, 200 ℃ 이상의 "
            "높은 동작 온도가 요구되어 소비 전력이 크다는 문제가 있다.",
            "Conventional semiconductor-type hydrogen sensors use metal oxides such as tin oxide (SnO2) as the "
            "sensing material, but they require an operating temperature of 200° C. or more and thus consume "
            "a large amount of power."),
           ("또한, 일산화탄소나 메탄 등 다른 환원성 가스에도 반응하여 선택성이 낮다.",
            "They also react to other reducing gases, e.g., carbon monoxide and methane, resulting in low "
            "selectivity.")]),
    ("P", [("팔라듐(Pd)은 수소를 선택적으로 흡수하여 저항이 변하므로 상온 수소 센서의 감지 물질로 주목받고 있다.",
            "Palladium (Pd) has attracted attention as a sensing material for room-temperature hydrogen sensors "
            "because it selectively absorbs hydrogen and changes its resistance."),
           ("그러나 순수 팔라듐은 수소를 흡수하면서 α상에서 β상으로 상전이가 일어나 격자가 팽창하고, 이로 인해 반복 "
            "측정 시 박막에 균열이 생기거나 기판에서 박리되는 문제가 있다.",
            "However, when pure palladium absorbs hydrogen, it undergoes a phase transition from the α phase to "
            "the β phase that expands its lattice. As a result, the film may crack or peel off the substrate "
            "during repeated measurements.")]),
    ("H", "선행기술문헌", ""),
    ("H", "특허문헌", ""),
    ("K", "(특허문헌 0001) 한국 등록특허공보 제10-1876543호 (2018.07.11.)", True),
    ("K", "(특허문헌 0002) 미국 공개특허공보 US 2019/0277801 A1 (2019.09.12.)", True),
    ("H", "발명의 내용", "SUMMARY"),
    ("H", "해결하고자 하는 과제", ""),
    ("P", [("본 발명이 해결하고자 하는 과제는 반복적인 수소 노출에도 감지층이 열화되지 않고, 상온에서 1 ppm 수준의 "
            "수소를 10초 이내에 감지할 수 있는 수소 센서를 제공하는 것이다.",
            "An object of the present disclosure is to provide a hydrogen sensor whose sensing layer does not "
            "degrade under repeated exposure to hydrogen and that can detect hydrogen at a level of 1 ppm within "
            "10 seconds at room temperature.")]),
    ("P", [("본 발명이 해결하고자 하는 다른 과제는 상기 수소 센서를 간단한 공정으로 대면적에서 제조할 수 있는 방법을 "
            "제공하는 것이다.",
            "Another object of the present disclosure is to provide a method by which the hydrogen sensor can be "
            "manufactured over a large area in a simple process.")]),
    ("P", [("본 발명의 과제들은 이상에서 언급한 과제들로 제한되지 않으며, 언급되지 않은 또 다른 과제들은 아래의 "
            "기재로부터 당업자에게 명확하게 이해될 수 있을 것이다.",
            "The objects of the present disclosure are not limited to those mentioned above, and other objects "
            "not mentioned will be clearly understood by those skilled in the art from the following "
            "description.")]),
    ("H", "과제의 해결 수단", ""),
    ("P", [("상기 과제를 해결하기 위한 본 발명의 일 실시예에 따른 수소 센서는, 기판; 상기 기판 상에 배치되는 마이크로 "
            "히터; 상기 마이크로 히터 상에 배치되는 한 쌍의 감지 전극; 및 상기 한 쌍의 감지 전극을 연결하며, "
            "팔라듐-이트륨 합금 나노선을 포함하는 감지층을 포함한다.",
            "According to an embodiment of the present disclosure, a hydrogen sensor includes a substrate, a "
            "micro-heater disposed on the substrate, a pair of sensing electrodes disposed on the micro-heater, "
            "and a sensing layer that connects the pair of sensing electrodes and includes palladium-yttrium "
            "alloy nanowires.")]),
    ("P", [("상기 팔라듐-이트륨 합금 나노선에서 이트륨의 함량은 5 at% 내지 12 at%일 수 있다.",
            "The yttrium content of the palladium-yttrium alloy nanowires may be from 5 at% to 12 at%."),
           ("이트륨의 함량이 5 at% 미만이면 상전이 억제 효과가 미미하고, 12 at%를 초과하면 감도가 급격히 떨어진다.",
            "Below 5 at%, yttrium does little to suppress the phase transition; above 12 at%, the sensitivity "
            "drops sharply.")]),
    ("P2", [("상기 나노선의 직경은 20 nm 내지 80 nm이고, 길이는 5 ㎛ 이상일 수 있다.",
             "The nanowires may have a diameter of 20 nm to 80 nm and a length of 5 μm or more.")],
           [("상기 감지층 상에는 수소는 투과시키되 수분의 침투를 막는 보호막이 더 배치될 수 있으며, 상기 보호막은 "
             "두께 10 nm 이하의 폴리메틸메타크릴레이트(PMMA)로 이루어질 수 있다.",
             "A protective film that is permeable to hydrogen but blocks moisture may be further disposed on the "
             "sensing layer. The protective film may be made of polymethyl methacrylate (PMMA) with a thickness "
             "of 10 nm or less.")]),
    ("H", "발명의 효과", ""),
    ("P", [("본 발명의 실시예에 따른 수소 센서는 이트륨이 팔라듐 격자 내에서 β상 형성을 억제하므로, 10,000회 이상의 "
            "반복 노출 후에도 감도 저하가 5% 이내로 유지된다.",
            "In the hydrogen sensor according to embodiments, yttrium suppresses the formation of the β phase in "
            "the palladium lattice, so the decrease in sensitivity remains within 5% even after more than 10,000 "
            "repeated exposures.")]),
    ("P", [("또한, 마이크로 히터로 감지층을 주기적으로 60 ℃까지 가열하여 흡착된 수분과 오염물을 제거할 수 있으므로, "
            "고습 환경에서도 안정적인 측정이 가능하다.",
            "In addition, the micro-heater can periodically heat the sensing layer to 60° C. to remove adsorbed "
            "moisture and contaminants. Stable measurements are therefore possible even in a high-humidity "
            "environment.")]),
    ("H", "도면의 간단한 설명", "BRIEF DESCRIPTION OF THE DRAWINGS"),
    ("P", [("도 1은 본 발명의 일 실시예에 따른 수소 센서의 단면도이다.",
            "FIG. 1 is a cross-sectional view of a hydrogen sensor according to an embodiment of the present "
            "disclosure.")]),
    ("P", [("도 2는 도 1의 감지층을 확대하여 나타낸 주사전자현미경(SEM) 사진이다.",
            "FIG. 2 is a scanning electron microscope (SEM) image showing an enlarged view of the sensing layer "
            "of FIG. 1.")]),
    ("P", [("도 3은 이트륨 함량에 따른 수소 감도를 나타낸 그래프이다.",
            "FIG. 3 is a graph showing hydrogen sensitivity as a function of yttrium content.")]),
    ("P", [("도 4는 본 발명의 일 실시예에 따른 수소 센서의 제조 방법을 나타낸 순서도이다.",
            "FIG. 4 is a flowchart illustrating a method of manufacturing a hydrogen sensor according to an "
            "embodiment of the present disclosure.")]),
    ("H", "발명을 실시하기 위한 구체적인 내용", "DETAILED DESCRIPTION"),
    ("P", [("이하, 첨부한 도면을 참조하여 본 발명의 실시예들을 상세히 설명한다.",
            "Hereinafter, embodiments of the present disclosure will be described in detail with reference to "
            "the accompanying drawings."),
           ("그러나 본 발명은 이하에서 개시되는 실시예들에 한정되는 것이 아니라 서로 다른 다양한 형태로 구현될 수 있다.",
            "The present disclosure may, however, be embodied in many different forms and should not be "
            "construed as limited to the embodiments set forth herein.")]),
    ("P", [("도 1을 참조하면, 수소 센서(100)는 기판(110), 절연층(120), 마이크로 히터(130), 감지 전극(140), "
            "감지층(150) 및 보호막(160)을 포함한다.",
            "Referring to FIG. 1, the hydrogen sensor 100 includes a substrate 110, an insulating layer 120, a "
            "micro-heater 130, sensing electrodes 140, a sensing layer 150, and a protective film 160.")]),
    ("P", [("기판(110)은 유연한 폴리이미드(PI) 필름일 수 있으며, 두께는 약 25 ㎛이다.",
            "The substrate 110 may be a flexible polyimide (PI) film about 25 μm thick."),
           ("절연층(120)은 기판(110) 상에 형성된 실리콘 질화막(SiNx)으로, 마이크로 히터(130)에서 발생한 열이 "
            "기판(110)으로 빠져나가는 것을 줄여 준다.",
            "The insulating layer 120 is a silicon nitride (SiNx) film formed on the substrate 110 and reduces "
            "the loss of heat generated by the micro-heater 130 into the substrate 110.")]),
    ("P", [("감지층(150)의 감도(S)는 다음의 수학식 1로 정의된다.",
            "The sensitivity S of the sensing layer 150 is defined by Equation 1 below.")]),
    ("H", "수학식 1", "[Equation 1]", D),
    ("F", "S = (RH − R0) / R0 × 100 (%)"),
    ("P", [("여기서, R0는 공기 중에서의 감지층(150)의 저항이고, RH는 수소 분위기에서의 감지층(150)의 저항이다.",
            "where R0 is the resistance of the sensing layer 150 in air, and RH is the resistance of the sensing "
            "layer 150 in a hydrogen atmosphere.")], "ko"),
    ("P", [("도 3에 나타낸 바와 같이, 이트륨 함량이 8 at%일 때 1% 수소에 대한 감도가 약 4.2%로 가장 높았다.",
            "As shown in FIG. 3, the sensitivity to 1% hydrogen was highest, about 4.2%, at an yttrium content "
            "of 8 at%."),
           ("반면 이트륨을 첨가하지 않은 비교예 1은 감도가 2.1%에 그쳤고, 500회 반복 후에는 감지층에 균열이 "
            "관찰되었다.",
            "In contrast, Comparative Example 1, to which no yttrium was added, had a sensitivity of only 2.1%, "
            "and cracks were observed in its sensing layer after 500 cycles.")]),
    ("P", [("도 4를 참조하면, 본 발명의 일 실시예에 따른 수소 센서의 제조 방법은 기판 상에 마이크로 히터를 형성하는 "
            "단계(S110), 감지 전극을 형성하는 단계(S120), 나노선을 정렬하여 감지층을 형성하는 단계(S130) 및 "
            "보호막을 코팅하는 단계(S140)를 포함한다.",
            "Referring to FIG. 4, a method of manufacturing a hydrogen sensor according to an embodiment includes "
            "forming a micro-heater on a substrate (S110), forming sensing electrodes (S120), aligning nanowires "
            "to form a sensing layer (S130), and coating a protective film (S140).")]),
    ("P", [("단계 S130에서는 나노선이 분산된 에탄올 용액을 감지 전극(140) 사이에 떨어뜨린 후 1 MHz, 10 Vpp의 교류 "
            "전압을 30초간 인가한다.",
            "In step S130, an ethanol solution in which the nanowires are dispersed is dropped between the "
            "sensing electrodes 140, and an alternating voltage of 1 MHz and 10 Vpp is applied for 30 seconds."),
           ("그러면 유전영동에 의해 나노선이 전극 사이에 가교 형태로 정렬된다.",
            "The nanowires are then aligned by dielectrophoresis so as to bridge the electrodes.")]),
    ("P", [("이상에서 본 발명의 실시예를 설명하였으나, 본 발명의 권리범위는 이에 한정되지 않으며, 다음의 청구범위에서 "
            "정의하는 본 발명의 기본 개념을 이용한 당업자의 여러 변형 및 개량 형태 또한 본 발명의 권리범위에 속한다.",
            "Although embodiments of the present disclosure have been described above, the scope of the present "
            "disclosure is not limited thereto. Various modifications and improvements made by those skilled in "
            "the art using the basic concept of the present disclosure as defined in the following claims also "
            "fall within the scope of the present disclosure.")]),
    ("H", "부호의 설명", ""),
    ("K", "100: 수소 센서    110: 기판"),
    ("K", "120: 절연층    130: 마이크로 히터"),
    ("K", "140: 감지 전극    150: 감지층"),
    ("K", "160: 보호막"),
]

CLAIMS_HEAD = ("청구범위", "CLAIMS")
CLAIMS_LEAD = "What is claimed is:"

CLAIMS = [
    ("C", 1,
     "기판; 상기 기판 상에 배치되는 마이크로 히터; 상기 마이크로 히터 상에 배치되는 한 쌍의 감지 전극; 및 상기 한 쌍의 "
     "감지 전극을 전기적으로 연결하며, 팔라듐-이트륨 합금 나노선을 포함하는 감지층을 포함하고, 상기 팔라듐-이트륨 합금 "
     "나노선에서 이트륨의 함량은 5 at% 내지 12 at%인, 수소 센서.",
     "A hydrogen sensor comprising: a substrate; a micro-heater disposed on the substrate; a pair of sensing "
     "electrodes disposed on the micro-heater; and a sensing layer electrically connecting the pair of sensing "
     "electrodes and comprising palladium-yttrium alloy nanowires, wherein an yttrium content of the "
     "palladium-yttrium alloy nanowires is from 5 at% to 12 at%."),
    ("C", 2,
     "제1항에 있어서, 상기 나노선의 직경은 20 nm 내지 80 nm인, 수소 센서.",
     "The hydrogen sensor of claim 1, wherein the nanowires have a diameter of 20 nm to 80 nm."),
    ("C", 3,
     "제1항에 있어서, 상기 감지층 상에 배치되고, 수소를 투과시키며 수분의 침투를 차단하는 보호막을 더 포함하는, "
     "수소 센서.",
     "The hydrogen sensor of claim 1, further comprising a protective film disposed on the sensing layer, the "
     "protective film being permeable to hydrogen and blocking moisture."),
    ("C", 4,
     "제3항에 있어서, 상기 보호막은 폴리메틸메타크릴레이트(PMMA)를 포함하고, 두께가 10 nm 이하인, 수소 센서.",
     "The hydrogen sensor of claim 3, wherein the protective film comprises polymethyl methacrylate (PMMA) and "
     "has a thickness of 10 nm or less."),
    ("C", 5,
     "제1항 내지 제4항 중 어느 한 항에 있어서, 상기 기판은 폴리이미드 필름이고, 상기 기판과 상기 마이크로 히터 "
     "사이에 실리콘 질화막으로 이루어진 절연층이 더 배치되는, 수소 센서.",
     "The hydrogen sensor of claim 1, wherein the substrate is a polyimide film, and an insulating layer made of "
     "silicon nitride is further disposed between the substrate and the micro-heater."),
    ("C", 6,
     "기판 상에 마이크로 히터를 형성하는 단계; 상기 마이크로 히터 상에 한 쌍의 감지 전극을 형성하는 단계; "
     "팔라듐-이트륨 합금 나노선을 상기 한 쌍의 감지 전극 사이에 정렬하여 감지층을 형성하는 단계; 및 상기 감지층 "
     "상에 보호막을 코팅하는 단계를 포함하는, 수소 센서의 제조 방법.",
     "A method of manufacturing a hydrogen sensor, the method comprising: forming a micro-heater on a "
     "substrate; forming a pair of sensing electrodes on the micro-heater; forming a sensing layer by aligning "
     "palladium-yttrium alloy nanowires between the pair of sensing electrodes; and coating a protective film "
     "on the sensing layer."),
    ("C", 7,
     "제6항에 있어서, 상기 감지층을 형성하는 단계는, 상기 나노선이 분산된 용액을 떨어뜨린 후 상기 한 쌍의 감지 "
     "전극 사이에 교류 전압을 인가하여 유전영동(dielectrophoresis)으로 상기 나노선을 정렬하는 것을 포함하는, "
     "수소 센서의 제조 방법.",
     "The method of claim 6, wherein the forming of the sensing layer comprises dropping a solution in which the "
     "nanowires are dispersed and then applying an alternating voltage between the pair of sensing electrodes "
     "to align the nanowires by dielectrophoresis."),
    ("C", 8,
     "제7항에 있어서, 상기 교류 전압은 주파수가 1 MHz이고 피크 간 전압이 10 V인, 수소 센서의 제조 방법.",
     "The method of claim 7, wherein the alternating voltage has a frequency of 1 MHz and a peak-to-peak "
     "voltage of 10 V."),
]

ABSTRACT = [
    ("H", "요약서", ""),
    ("H", "요약", "ABSTRACT"),
    ("P", [("본 발명은 상온에서 동작하는 수소 센서에 관한 것이다.",
            "A hydrogen sensor operable at room temperature is provided."),
           ("본 발명의 일 실시예에 따른 수소 센서는 기판, 상기 기판 상의 마이크로 히터, 한 쌍의 감지 전극 및 "
            "팔라듐-이트륨 합금 나노선을 포함하는 감지층을 포함하며, 이트륨이 상전이를 억제하여 반복 노출에도 감도가 "
            "유지된다.",
            "The hydrogen sensor includes a substrate, a micro-heater on the substrate, a pair of sensing "
            "electrodes, and a sensing layer including palladium-yttrium alloy nanowires. Yttrium suppresses the "
            "phase transition, so the sensitivity is maintained under repeated exposure.")], "none"),
    ("H", "대표도", ""),
    ("K", "도 1"),
]

# ---------------------------------------------------------------- the research article
ART_TITLE = ("야간 교대근무 간호사의 청색광 차단 안경 착용이 수면의 질에 미치는 영향: 무작위 교차 시험",
             "Effects of Blue-Light-Blocking Glasses on Sleep Quality in Night-Shift Nurses: A Randomized "
             "Crossover Trial")
ART_AUTHORS = ("김서연¹ · 박준호² · 이하은¹*", "Seoyeon Kim¹, Junho Park², Haeun Lee¹*")
ART_AFFIL = ("¹한국대학교 간호대학, ²한국대학교병원 수면의학센터",
             "¹College of Nursing, Hankook University; ²Sleep Medicine Center, Hankook University Hospital")

ART_ABSTRACT = [
    ("H", "초록", "Abstract"),
    ("P", [("목적: 본 연구는 청색광 차단 안경 착용이 야간 교대근무 간호사의 수면의 질과 주간 졸림에 미치는 영향을 "
            "확인하기 위해 수행되었다.",
            "Purpose: This study examined whether wearing blue-light-blocking glasses improves sleep quality and "
            "reduces daytime sleepiness in nurses working night shifts.")]),
    ("P", [("방법: 상급종합병원 간호사 48명을 무작위로 두 군에 배정하여 2주간 차단 안경 또는 위약 안경을 착용하게 한 뒤, "
            "1주의 휴약기를 거쳐 교차 착용하게 하였다.",
            "Methods: In a randomized crossover design, 48 nurses at a tertiary hospital wore either blocking "
            "glasses or placebo glasses for 2 weeks and, after a 1-week washout, switched to the other pair."),
           ("수면의 질은 피츠버그 수면의 질 지수(PSQI)로, 주간 졸림은 엡워스 졸림 척도(ESS)로 측정하였다.",
            "Sleep quality was measured with the Pittsburgh Sleep Quality Index (PSQI) and daytime sleepiness "
            "with the Epworth Sleepiness Scale (ESS).")]),
    ("P", [("결과: 차단 안경 착용 기간의 PSQI 점수는 위약 기간보다 유의하게 낮았다(7.1 ± 2.3 vs. 9.4 ± 2.8, "
            "p < 0.01).",
            "Results: PSQI scores were significantly lower during the blocking period than during the placebo "
            "period (7.1 ± 2.3 vs. 9.4 ± 2.8, p < 0.01)."),
           ("ESS 점수도 감소하였으나 통계적으로 유의하지 않았다(p = 0.08).",
            "ESS scores also decreased, but the difference was not statistically significant (p = 0.08).")]),
    ("P", [("결론: 청색광 차단 안경은 야간 교대근무 간호사의 수면의 질을 개선하는 간단하고 저렴한 중재가 될 수 있다.",
            "Conclusion: Blue-light-blocking glasses may offer a simple, low-cost way to improve sleep quality in "
            "night-shift nurses.")]),
    ("P", [("주요어: 교대근무, 수면, 청색광, 간호사, 무작위 교차 시험",
            "Keywords: Shift work; Sleep; Blue light; Nurses; Randomized crossover trial")]),
]

ART_BODY = [
    ("H", "1. 서론", "1. Introduction"),
    ("P", [("교대근무 간호사의 수면 장애는 환자 안전과 직결되는 문제이다.",
            "Sleep disturbance among shift-working nurses bears directly on patient safety."),
           ("국내 간호사의 약 60%가 교대근무를 하며, 이 가운데 절반 이상이 불면 증상을 호소한다[1,2].",
            "About 60% of nurses in Korea work rotating shifts, and more than half of them report symptoms of "
            "insomnia [1,2].")]),
    ("P", [("야간 근무 중 노출되는 인공조명, 특히 460~480 nm 파장의 청색광은 멜라토닌 분비를 억제하여 퇴근 후 "
            "수면을 방해한다[3].",
            "Artificial light at night, particularly blue light at wavelengths of 460–480 nm, suppresses "
            "melatonin secretion and disrupts sleep after the shift [3]."),
           ("그러나 청색광 차단 안경의 효과를 국내 간호사를 대상으로 검증한 연구는 드물다. 이에 본 연구는 무작위 교차 "
            "설계를 이용하여 그 효과를 검증하고자 하였다.",
            "Yet few studies have tested blue-light-blocking glasses in Korean nurses, so we used a randomized "
            "crossover design to test their effect.")]),
    ("H", "2. 연구 방법", "2. Methods"),
    ("H", "2.1. 연구 대상", "2.1. Participants"),
    ("P", [("2025년 3월부터 8월까지 서울 소재 상급종합병원 1곳에서 3교대 근무를 하는 간호사를 모집하였다.",
            "We recruited nurses working three rotating shifts at a tertiary hospital in Seoul between March and "
            "August 2025."),
           ("선정 기준은 (1) 해당 병동 근무 경력 6개월 이상, (2) PSQI 5점 초과, (3) 안과 질환이 없는 자였다.",
            "Inclusion criteria were (1) at least 6 months on the current ward, (2) a PSQI score above 5, and "
            "(3) no eye disease.")]),
    ("P", [("표본 수는 G*Power 3.1로 산출하였으며, 효과크기 0.5, 유의수준 .05, 검정력 .80에서 최소 34명이 "
            "필요하였다.",
            "The sample size was calculated with G*Power 3.1: at an effect size of 0.5, a significance level of "
            ".05 and a power of .80, at least 34 participants were needed."),
           ("탈락률 30%를 고려하여 50명을 모집하였고, 이 중 2명이 중도 탈락하여 최종 48명(n = 48)을 분석하였다.",
            "Allowing for a 30% dropout rate, we recruited 50 nurses; 2 withdrew, leaving 48 for analysis "
            "(n = 48).")]),
    ("H", "2.2. 중재", "2.2. Intervention"),
    ("P", [("차단 안경은 450 nm 이하 파장을 99% 이상 차단하는 주황색 렌즈를, 위약 안경은 같은 모양의 투명 렌즈를 "
            "사용하였다.",
            "The blocking glasses had orange lenses that block more than 99% of light at wavelengths of 450 nm "
            "or less; the placebo glasses had clear lenses in an identical frame."),
           ("참여자는 야간 근무 시작 후 자정(00:00)부터 퇴근 후 잠들 때까지 안경을 착용하였다.",
            "Participants wore the glasses from midnight (00:00) during night shifts until they went to sleep "
            "after work.")]),
    ("H", "2.3. 자료 분석", "2.3. Data Analysis"),
    ("P", [("자료는 SPSS 27.0으로 분석하였다.", "Data were analyzed with SPSS 27.0."),
           ("두 기간의 차이는 대응표본 t-검정으로, 순서 효과와 이월 효과는 선형혼합모형으로 확인하였으며, 유의수준은 "
            "p < 0.05로 하였다.",
            "Differences between the two periods were tested with paired t-tests, and order and carryover "
            "effects with a linear mixed model; the significance level was set at p < 0.05."),
           ("본 연구는 ○○대학교병원 기관생명윤리위원회의 승인을 받았다(IRB No. 2025-0142).",
            "The study was approved by the Institutional Review Board of Hankook University Hospital "
            "(IRB No. 2025-0142).")]),
    ("H", "3. 결과", "3. Results"),
    ("P", [("참여자의 평균 연령은 29.4 ± 4.6세였고, 여성이 45명(93.8%)이었다.",
            "The participants' mean age was 29.4 ± 4.6 years, and 45 (93.8%) were women.")]),
    ("TABLE",),
    ("P", [("차단 안경 착용 기간에 PSQI 총점과 수면 잠복기가 유의하게 감소하였고, 총 수면 시간은 평균 0.5시간 "
            "증가하였다(표 1).",
            "During the blocking period, the PSQI total score and sleep latency decreased significantly, and "
            "total sleep time increased by 0.5 h on average (Table 1)."),
           ("순서 효과(p = 0.41)와 이월 효과(p = 0.57)는 유의하지 않았다.",
            "Neither the order effect (p = 0.41) nor the carryover effect (p = 0.57) was significant.")]),
    ("P", [("그림 1. 기간별 PSQI 총점의 변화", "Figure 1. Change in PSQI Total Score by Period")], "none", "caption"),
    ("H", "4. 논의", "4. Discussion"),
    ("P", [("본 연구에서 청색광 차단 안경은 야간 교대근무 간호사의 주관적 수면의 질을 개선하였다. 이는 Burkhart와 "
            "Phelps[4]가 보고한 결과와 일치한다.",
            "In this study, blue-light-blocking glasses improved night-shift nurses' subjective sleep quality, "
            "consistent with the findings reported by Burkhart and Phelps [4].")]),
    ("P", [("다만 착용 순응도를 자가 보고로 측정하였고 객관적 수면 지표를 사용하지 않았다는 제한점이 있다.",
            "This study has limitations: adherence was self-reported, and no objective sleep measures were "
            "used.")]),
    ("H", "감사의 글", ""),
    ("K", "바쁜 근무 중에도 연구에 참여해 주신 간호사 선생님들께 깊이 감사드립니다."),
    ("P", [("이 논문은 2024년도 정부(과학기술정보통신부)의 재원으로 한국연구재단의 지원을 받아 수행된 "
            "연구임(No. RS-2024-00345678).",
            "Funding: This work was supported by a National Research Foundation of Korea (NRF) grant funded by "
            "the Korean government (MSIT) (No. RS-2024-00345678).")], "none", "small"),
    ("P", [("이해상충: 저자들은 이해상충이 없음을 밝힌다.",
            "Conflict of Interest: The authors declare no conflicts of interest.")], "none", "small"),
    ("H", "참고문헌", "References"),
    ("REFS",),
]

TABLE_CAPTION = ("표 1. 기간별 수면 관련 변수 비교 (n = 48)", "Table 1. Comparison of Sleep Variables by Period (n = 48)")
TABLE = [
    (("변수", "차단 안경", "위약 안경", "t", "p"), ("Variable", "Blocking glasses", "Placebo glasses", "t", "p")),
    (("PSQI 총점", "7.1 ± 2.3", "9.4 ± 2.8", "-4.82", "<0.001"), ("PSQI total", "7.1 ± 2.3", "9.4 ± 2.8", "-4.82", "<0.001")),
    (("수면 잠복기(분)", "18.6 ± 9.1", "27.3 ± 12.4", "-4.15", "<0.001"),
     ("Sleep latency (min)", "18.6 ± 9.1", "27.3 ± 12.4", "-4.15", "<0.001")),
    (("총 수면 시간(시간)", "6.2 ± 0.9", "5.7 ± 1.1", "2.91", "0.006"),
     ("Total sleep time (h)", "6.2 ± 0.9", "5.7 ± 1.1", "2.91", "0.006")),
    (("ESS 총점", "9.8 ± 3.7", "10.9 ± 4.0", "-1.79", "0.080"), ("ESS total", "9.8 ± 3.7", "10.9 ± 4.0", "-1.79", "0.080")),
]
TABLE_NOTE = ("값은 평균 ± 표준편차임. PSQI = 피츠버그 수면의 질 지수; ESS = 엡워스 졸림 척도.",
              "Values are mean ± SD. PSQI = Pittsburgh Sleep Quality Index; ESS = Epworth Sleepiness Scale.")

REFERENCES = [
    "1. Kim SY, Lee MH. Prevalence of insomnia among shift-working nurses in Korea. J Korean Acad Nurs. "
    "2021;51(4):412-21.",
    "2. Park J, Choi H. Shift work and patient safety: a systematic review. Int J Nurs Stud. 2020;108:103590.",
    "3. Brainard GC, Hanifin JP, Greeson JM, et al. Action spectrum for melatonin regulation in humans. "
    "J Neurosci. 2001;21(16):6405-12.",
    "4. Burkhart K, Phelps JR. Amber lenses to block blue light and improve sleep: a randomized trial. "
    "Chronobiol Int. 2009;26(8):1602-12.",
]

RUNNING_HEAD = ("대한간호과학회지 제56권 제3호, 2026", "J Korean Acad Nurs Sci Vol. 56 No. 3, 2026")
FIRST_PAGE = 313

# ---------------------------------------------------------------- the journal's abstract page
ARTICLE_META = [
    ("L", "접수일", "2025년 11월 3일", "Received", "November 3, 2025"),
    ("L", "게재 확정일", "2026년 2월 14일", "Accepted", "February 14, 2026"),
]
DOI = "https://doi.org/10.4040/jkans.25123"

SITE = {
    "ko": {"brand": "대한간호과학회지", "menu": ["학술지 소개", "최신호", "지난호", "투고 안내", "편집위원회", "English"],
           "crumbs": "홈 > 최신호 > 제56권 제3호 > 원저", "type": "원저",
           "tools": ["PDF 다운로드", "인용하기", "공유하기", "메일 보내기"],
           "metrics": "조회 1,284 · 다운로드 356",
           "footer": ["(04522) 서울특별시 중구 세종대로 000, 대한간호과학회 편집국", "Tel: 02-000-0000 · E-mail: office@jkans.or.kr",
                      "Copyright © 2026 대한간호과학회. All rights reserved."]},
    "en": {"brand": "Journal of Korean Academy of Nursing Science", "menu": ["About", "Current Issue", "Archives",
                                                                              "For Authors", "Editorial Board", "한국어"],
           "crumbs": "Home > Current Issue > Vol. 56 No. 3 > Original Article", "type": "Original Article",
           "tools": ["Download PDF", "Cite", "Share", "E-mail"],
           "metrics": "Views 1,284 · Downloads 356",
           "footer": ["Editorial Office, 000 Sejong-daero, Jung-gu, Seoul 04522, Korea",
                      "Tel: +82-2-000-0000 · E-mail: office@jkans.or.kr",
                      "Copyright © 2026 Korean Academy of Nursing Science. All rights reserved."]},
}

# ---------------------------------------------------------------- a KIPO office action
OFFICE_HEAD = [
    ("H", "특 허 청", "KOREAN INTELLECTUAL PROPERTY OFFICE"),
    ("H", "의견제출통지서", "NOTICE OF PRELIMINARY REJECTION"),
    ("L", "출원인", "한국대학교 산학협력단 (출원인코드: 2-2004-012345-6)", "Applicant",
     "Industry-Academic Cooperation Foundation, Hankook University (Applicant Code: 2-2004-012345-6)"),
    ("L", "대리인", "특허법인 새빛 (대리인코드: 9-2015-000123-4)", "Agent", "Saebit Patent Law Firm (Agent Code: 9-2015-000123-4)"),
    ("L", "출원번호", "10-2025-0123456", "Application No.", "10-2025-0123456"),
    ("L", "발명의 명칭", TITLE_KO, "Title of Invention", TITLE_EN),
    ("L", "발송일자", "2026.03.17", "Date of Notice", "March 17, 2026"),
    ("L", "제출기일", "2026.05.17", "Response Due", "May 17, 2026"),
]

OFFICE = [
    ("P", [("이 출원에 대한 심사 결과 아래와 같은 거절이유가 있어 특허법 제63조에 따라 이를 통지하오니 의견이 있거나 "
            "보정이 필요할 경우에는 상기 제출기일까지 의견서[특허법 시행규칙 별지 제24호 서식] 또는/및 보정서[특허법 "
            "시행규칙 별지 제9호 서식]를 제출하여 주시기 바랍니다.",
            "As a result of the examination of this application, the following grounds for rejection were found, "
            "and you are hereby notified thereof under Article 63 of the Patent Act. If you have any comments or "
            "wish to amend the application, please submit a written opinion [Form No. 24 of the Enforcement Rule "
            "of the Patent Act] and/or an amendment [Form No. 9 of the Enforcement Rule of the Patent Act] by the "
            "above deadline.")]),
    ("P", [("(상기 제출기일에 대하여 매회 1개월 단위로 연장을 신청할 수 있으며, 이 신청에 대하여 별도의 "
            "기간연장승인통지는 하지 않습니다.)",
            "(You may request extensions of the deadline in one-month increments; no separate notice of approval "
            "of an extension will be issued.)")]),
    ("H", "[심사결과]", "[Examination Results]"),
    ("L", "심사 대상 청구항", "제1항 ~ 제8항", "Claims examined", "1–8"),
    ("L", "거절이유가 있는 부분", "제1항 ~ 제4항, 제6항", "Claims rejected", "1–4 and 6"),
    ("H", "[구체적인 거절이유]", "[Specific Grounds for Rejection]"),
    ("P", [("1. 이 출원의 청구항 제1항 내지 제4항 및 제6항에 기재된 발명은 그 출원 전에 그 발명이 속하는 기술분야에서 "
            "통상의 지식을 가진 사람이 아래의 인용발명들에 의하여 쉽게 발명할 수 있는 것이므로 특허법 제29조 제2항에 "
            "따라 특허를 받을 수 없습니다.",
            "1. The inventions recited in claims 1 to 4 and 6 of this application could easily have been made, "
            "before the filing of this application, by a person of ordinary skill in the art to which the "
            "invention pertains on the basis of the cited inventions below, and are therefore unpatentable under "
            "Article 29(2) of the Patent Act.")]),
    ("L", "인용발명 1", "미국 공개특허공보 US 2021/0187654 A1 (2021.06.24.)", "Cited Invention 1",
     "US Patent Application Publication No. US 2021/0187654 A1 (published June 24, 2021)"),
    ("L", "인용발명 2", "한국 등록특허공보 제10-2134567호 (2020.07.15.)", "Cited Invention 2",
     "Korean Patent No. 10-2134567 (registered July 15, 2020)"),
    ("P", [("청구항 1에 기재된 발명(이하 '청구항 1 발명'이라 함)과 인용발명 1을 대비하면, 인용발명 1은 기판 상의 "
            "마이크로 히터와 한 쌍의 전극, 팔라듐 나노선 감지층을 개시하고 있다(인용발명 1의 단락 [0031]~[0035], "
            "도 2 참조).",
            "Comparing the invention of claim 1 (hereinafter \"the claim 1 invention\") with Cited Invention 1, "
            "Cited Invention 1 discloses a micro-heater on a substrate, a pair of electrodes, and a palladium "
            "nanowire sensing layer (see paragraphs [0031]–[0035] and FIG. 2 of Cited Invention 1).")]),
    ("P", [("다만 청구항 1 발명은 감지층이 이트륨을 5~12 at% 포함하는 합금 나노선이라는 점에서 인용발명 1과 차이가 "
            "있으나, 인용발명 2에 팔라듐에 이트륨을 6 at% 첨가하여 수소화에 따른 상전이를 억제하는 기술이 개시되어 "
            "있으므로, 통상의 기술자가 인용발명 1에 인용발명 2를 결합하여 쉽게 도출할 수 있습니다.",
            "The claim 1 invention differs from Cited Invention 1 in that its sensing layer consists of alloy "
            "nanowires containing 5 to 12 at% yttrium. However, Cited Invention 2 discloses adding 6 at% yttrium "
            "to palladium to suppress the phase transition caused by hydrogenation, so a person of ordinary skill "
            "could easily arrive at the claim 1 invention by combining Cited Invention 2 with Cited Invention 1.")]),
    ("P", [("청구항 2 내지 4 및 6에 기재된 발명도 인용발명 1, 2로부터 쉽게 발명할 수 있습니다.",
            "The inventions of claims 2 to 4 and 6 could likewise easily have been made from Cited Inventions 1 "
            "and 2.")]),
    ("P", [("[참고사항] 청구항 제5항, 제7항 및 제8항은 현재로서는 거절이유를 발견할 수 없습니다.",
            "[Note] No grounds for rejection have been found at present for claims 5, 7 and 8.")]),
    ("K", "<<안내>> 명세서 또는 도면 등의 보정서를 전자문서로 제출할 경우 매 항목 끝에 보정된 부분임을 표시하여 주시기 "
          "바랍니다. 특허로(www.patent.go.kr)에서 심사 진행 상황을 확인하실 수 있습니다."),
    ("E", "[Translator's note: The notice's standard guidance on electronic filing has been omitted.]"),
    ("P", [("2026.03.17", "March 17, 2026", D)]),
    ("P", [("특허청 심사관 박지훈", "Jihoon Park, Examiner, Korean Intellectual Property Office")]),
]
