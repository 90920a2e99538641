"""Technical documentation for the manuals audit, both languages written by hand, and its
gold, as data.

``MANUAL``: a robot vacuum's user manual (Hanbit RoboClean RV-7200K): safety precautions
with a "⚠ 경고" / "⚠ WARNING" and a "⚠ 주의" / "⚠ CAUTION" box, a parts list with callout
numbers ("① 본체"), numbered installation steps where two Korean steps are each two English
steps (so the numbers drift: Korean 5 is English 7), app pairing, a troubleshooting table
(symptom / cause / remedy), a specifications table with units, a warranty section, an FCC
statement English only and a KC certification block Korean only. ``SDS``: a degreaser's
safety data sheet in its 16 sections (GHS hazard and precautionary statements with their
codes, "자료없음" / "No data available" and "해당없음" / "Not applicable" fields, CAS
numbers, a composition table, a regulation line each side only). ``QUICK``: the vacuum's
quick-start card. ``INSTALL``: a software agent's installation guide (commands and paths
that must stay whole, versions, code blocks the same on both sides).

A document is a list of entries, its lines in reading order:

  ("P", [(ko, en[, D | readings]), ...][, tag])  a line on each side, its sentences' gold
                                pairs, joined by a space into one line; D: a pair that may be
                                made or not; a list instead: the pairs of another fair reading.
                                An English text holding "\\n" is two numbered steps.
                                ``tag``: "h1", "h2", "p", "li", "num" (a numbered step),
                                "part" (a callout), "warn" (a box's title), "box" (a box's
                                line), "field" (a label: value line), "code" (a command).
  ("K", text[, tag]) / ("E", text[, tag])  a line only the Korean / English side has (to be
                                left unpaired).
  ("T", rows)                   a table: rows of (ko, en) cells, the first the header. Gold:
                                a row whole, or its cells that differ and hold letters
                                (cells of figures, or the same on both sides, may pair or not).
"""

D = "debatable"

# ---------------------------------------------------------------- 1 the robot vacuum's manual (txt, PDF, Word)
MANUAL = [
    ("P", [("로봇청소기 사용설명서", "Robot Vacuum Cleaner User Manual")], "h1"),
    ("P", [("모델명: RV-7200K / RV-7200W", "Model: RV-7200K / RV-7200W")], "field"),
    ("P", [("한빛 로보클린을 구입해 주셔서 감사합니다.", "Thank you for choosing the Hanbit RoboClean."),
           ("사용 전에 이 설명서를 잘 읽고 올바르게 사용해 주십시오.",
            "Please read this manual carefully before use and keep it for future reference.")]),
    ("P", [("안전을 위한 주의사항", "Safety Precautions")], "h2"),
    ("P", [("다음 내용은 사용자의 안전을 지키고 재산상의 손해를 막기 위한 것입니다.",
            "The following instructions are intended to keep you safe and to prevent damage to property.")]),
    ("P", [("⚠ 경고", "⚠ WARNING")], "warn"),
    ("P", [("지시 사항을 위반하면 사망이나 중상이 발생할 수 있습니다.",
            "Failure to follow these instructions may result in death or serious injury.")], "box"),
    ("P", [("전원 플러그를 젖은 손으로 만지지 마십시오.", "Do not touch the power plug with wet hands."),
           ("감전의 위험이 있습니다.", "This may cause electric shock.")], "box"),
    ("P", [("손상된 전원 코드나 헐거운 콘센트는 사용하지 마십시오.", "Do not use a damaged power cord or a loose wall socket.")], "box"),
    ("P", [("충전대는 정격 전압 220 V~ 콘센트에 단독으로 연결하십시오.",
            "Plug the charging dock into a 220 V~ outlet. Do not share the outlet with other appliances.")], "box"),
    ("P", [("배터리를 불 속에 넣거나 가열하지 마십시오. 폭발이나 화재의 원인이 됩니다.",
            "Never heat the battery or throw it into a fire: it may explode.")], "box"),
    ("P", [("⚠ 주의", "⚠ CAUTION")], "warn"),
    ("P", [("지시 사항을 위반하면 경미한 상해나 제품 손상이 발생할 수 있습니다.",
            "Failure to follow these instructions may result in minor injury or damage to the product.")], "box"),
    ("P", [("청소 전에 바닥의 전선, 양말, 작은 물건을 치워 주십시오.",
            "Before cleaning, pick up cables, socks and small objects from the floor.")], "box"),
    ("P", [("계단이나 베란다 주변에는 가상벽을 설정하십시오.", "Set a virtual wall near stairs and balconies.")], "box"),
    ("P", [("어린이나 애완동물이 제품 위에 올라타지 않게 하십시오.", "Do not let children or pets sit or ride on the robot.")], "box"),
    ("P", [("구성품 및 각 부분의 이름", "Parts and Components")], "h2"),
    ("P", [("① 본체", "① Main unit")], "part"),
    ("P", [("② 먼지통", "② Dust bin")], "part"),
    ("P", [("③ 사이드 브러시", "③ Side brush")], "part"),
    ("P", [("④ 메인 브러시", "④ Main brush")], "part"),
    ("P", [("⑤ 충전대", "⑤ Charging dock")], "part"),
    ("P", [("⑥ 물걸레 패드 (2개)", "⑥ Mop pads (×2)")], "part"),
    ("P", [("⑦ 리모컨 (AAA 건전지 2개 포함)", "⑦ Remote control (2 × AAA batteries included)")], "part"),
    ("P", [("※ 구성품의 모양은 품질 개선을 위해 예고 없이 바뀔 수 있습니다.",
            "※ Parts may differ in appearance and are subject to change without notice.")]),
    ("P", [("설치하기", "Installation")], "h2"),
    ("P", [("충전대의 뒷면을 벽에 붙여 평평한 바닥에 놓으십시오.",
            "Place the charging dock on a flat floor with its back against the wall.")], "num"),
    ("P", [("충전대 좌우 0.5 m, 앞쪽 1.5 m 안에는 물건을 두지 마십시오.",
            "Keep the area 0.5 m to either side of the dock and 1.5 m in front of it clear.")], "num"),
    ("P", [("전원 어댑터를 충전대에 연결한 다음 콘센트에 꽂으십시오.",
            "Connect the power adapter to the dock.\nPlug the adapter into the wall socket.")], "num"),
    ("P", [("본체 밑면의 전원 스위치를 켜고 본체를 충전대에 올려 충분히 충전하십시오.",
            "Turn on the power switch on the underside of the robot.\nSet the robot on the dock and let it charge fully.")], "num"),
    ("P", [("충전 표시등이 녹색으로 바뀌면 충전이 끝난 것입니다.", "When the charging light turns green, the battery is full.")], "num"),
    ("P", [("※ 처음 충전할 때는 약 4시간이 걸립니다.", "※ The first full charge takes about 4 hours.")]),
    ("P", [("앱 연결하기", "Connecting to the App")], "h2"),
    ("P", [("스마트폰에 ‘한빛 홈’ 앱을 설치하고 회원 가입 후 로그인하십시오.",
            "Install the Hanbit Home app on your smartphone, create an account and sign in.")]),
    ("P", [("본체의 Wi-Fi 버튼을 5초간 누르면 연결 모드로 바뀝니다.",
            "Press and hold the Wi-Fi button on the robot for 5 seconds to enter pairing mode.")]),
    ("P", [("이 제품은 2.4 GHz Wi-Fi만 지원하며 5 GHz 네트워크에는 연결할 수 없습니다.",
            "The robot supports 2.4 GHz Wi-Fi only and cannot join a 5 GHz network.")]),
    ("P", [("고장 신고 전 확인 사항", "Troubleshooting")], "h2"),
    ("T", [
        [("증상", "Problem"), ("원인", "Possible cause"), ("조치 방법", "Solution")],
        [("충전이 되지 않습니다.", "The robot does not charge."), ("충전 단자에 먼지가 묻어 있습니다.", "The charging contacts are dirty."),
         ("마른 천으로 충전 단자를 닦아 주십시오.", "Wipe the contacts with a dry cloth.")],
        [("흡입력이 약합니다.", "Suction is weak."), ("먼지통이 가득 찼거나 필터가 막혔습니다.", "The dust bin is full or the filter is clogged."),
         ("먼지통을 비우고 필터를 청소하십시오.", "Empty the dust bin and clean the filter.")],
        [("본체가 움직이지 않습니다.", "The robot will not move."), ("바퀴에 머리카락이 감겨 있습니다.", "Hair is wound around a wheel."),
         ("전원을 끄고 바퀴의 이물질을 제거하십시오.", "Switch the robot off and clear the wheels.")],
        [("충전대로 돌아가지 못합니다.", "The robot cannot find its dock."), ("충전대 주변에 장애물이 있습니다.", "Something is blocking the dock."),
         ("충전대 주변의 물건을 치워 주십시오.", "Move any objects away from the dock.")],
        [("‘E05’가 표시됩니다.", "“E05” is displayed."), ("범퍼 센서가 눌려 있습니다.", "The bumper sensor is stuck."),
         ("범퍼를 가볍게 여러 번 눌러 주십시오.", "Tap the bumper gently a few times.")],
    ]),
    ("P", [("제품 규격", "Specifications")], "h2"),
    ("T", [
        [("항목", "Item"), ("규격", "Specification")],
        [("모델명", "Model"), ("RV-7200K", "RV-7200K")],
        [("정격 입력 (충전대)", "Rated input (dock)"), ("220 V~, 60 Hz, 25 W", "220 V~, 60 Hz, 25 W")],
        [("배터리", "Battery"), ("리튬이온 14.4 V, 5,200 mAh", "Li-ion 14.4 V, 5,200 mAh")],
        [("사용 시간", "Run time"), ("최대 150분 (표준 모드)", "Up to 150 min (Standard mode)")],
        [("먼지통 용량", "Dust bin capacity"), ("0.45 L", "0.45 L")],
        [("크기 (폭×깊이×높이)", "Dimensions (W×D×H)"), ("350 × 350 × 96 mm", "350 × 350 × 96 mm")],
        [("무게", "Weight"), ("3.6 kg", "3.6 kg")],
    ]),
    ("P", [("품질 보증", "Warranty")], "h2"),
    ("P", [("이 제품의 무상 보증 기간은 구입일로부터 1년이며, 배터리는 6개월입니다.",
            "This product is guaranteed for one year from the date of purchase, and the battery for six months.")]),
    ("P", [("다음의 경우에는 보증 기간 안이라도 수리비를 받습니다.",
            "Repairs will be charged for, even within the warranty period, in the following cases:")]),
    ("P", [("사용자의 부주의나 이 설명서와 다른 사용으로 고장이 난 경우",
            "damage caused by careless use or by use not described in this manual")], "li"),
    ("P", [("당사 서비스센터가 아닌 곳에서 수리하거나 개조한 경우",
            "repairs or modifications made by anyone other than a Hanbit service center")], "li"),
    ("P", [("화재, 침수, 낙뢰 등 천재지변으로 고장이 난 경우", "damage from fire, flooding, lightning or other natural disasters")], "li"),
    ("P", [("고객센터: 1588-7200 (평일 09:00~18:00)", "Customer service: 1588-7200 (weekdays, 9 a.m.–6 p.m. KST)")], "field"),
    ("E", "FCC Compliance Statement", "h2"),
    ("E", "This device complies with Part 15 of the FCC Rules. Operation is subject to the following two conditions: "
          "(1) this device may not cause harmful interference, and (2) this device must accept any interference "
          "received, including interference that may cause undesired operation."),
    ("K", "KC 인증번호: R-R-HBT-RV7200K | 상호명: (주)한빛전자 | 제조국: 대한민국", "field"),
    ("K", "이 기기는 가정용(B급) 전자파적합기기로서 주로 가정에서 사용하는 것을 목적으로 하며, 모든 지역에서 사용할 수 있습니다."),
]

# ---------------------------------------------------------------- 2 a degreaser's safety data sheet (one bilingual file)
SDS = [
    ("P", [("물질안전보건자료 (MSDS)", "Safety Data Sheet")], "h1"),
    ("P", [("1. 화학제품과 회사에 관한 정보", "1. Identification")], "h2"),
    ("P", [("제품명: 하이클린 탈지제 HC-310", "Product name: HiClean Degreaser HC-310")], "field"),
    ("P", [("권고 용도: 산업용 금속 부품 세정제", "Recommended use: Industrial cleaner for metal parts")], "field"),
    ("P", [("공급자: (주)한빛케미칼, 울산광역시 남구 산업로 112", "Supplier: Hanbit Chemical Co., Ltd., 112 Saneop-ro, Nam-gu, Ulsan, Korea")], "field"),
    ("P", [("긴급전화번호: 052-270-4119 (24시간)", "Emergency phone: +82-52-270-4119 (24 h)")], "field"),
    ("P", [("2. 유해성·위험성", "2. Hazard(s) identification")], "h2"),
    ("P", [("유해성·위험성 분류: 급성 독성(경구) 구분4, 피부 부식성/자극성 구분2, 심한 눈 손상/눈 자극성 구분2",
            "Classification: Acute toxicity (oral), Category 4; Skin corrosion/irritation, Category 2; "
            "Serious eye damage/eye irritation, Category 2")], "field"),
    ("P", [("신호어: 경고", "Signal word: Warning")], "field"),
    ("P", [("H302 삼키면 유해함", "H302 Harmful if swallowed")], "li"),
    ("P", [("H315 피부에 자극을 일으킴", "H315 Causes skin irritation")], "li"),
    ("P", [("H319 눈에 심한 자극을 일으킴", "H319 Causes serious eye irritation")], "li"),
    ("P", [("P264 취급 후에는 손을 철저히 씻으시오.", "P264 Wash hands thoroughly after handling.")], "li"),
    ("P", [("P280 보호장갑·보호의·보안경을 착용하시오.", "P280 Wear protective gloves/protective clothing/eye protection.")], "li"),
    ("P", [("P305+P351+P338 눈에 묻으면 몇 분간 물로 조심해서 씻으시오. 가능하면 콘택트렌즈를 제거하시오. 계속 씻으시오.",
            "P305+P351+P338 IF IN EYES: Rinse cautiously with water for several minutes. "
            "Remove contact lenses, if present and easy to do. Continue rinsing.",
            [("P305+P351+P338 눈에 묻으면 몇 분간 물로 조심해서 씻으시오.",
              "P305+P351+P338 IF IN EYES: Rinse cautiously with water for several minutes."),
             ("가능하면 콘택트렌즈를 제거하시오.", "Remove contact lenses, if present and easy to do."),
             ("계속 씻으시오.", "Continue rinsing.")])], "li"),
    ("P", [("3. 구성성분의 명칭 및 함유량", "3. Composition/information on ingredients")], "h2"),
    ("T", [
        [("화학물질명", "Chemical name"), ("CAS 번호", "CAS No."), ("함유량(%)", "Content (%)")],
        [("2-부톡시에탄올", "2-Butoxyethanol"), ("111-76-2", "111-76-2"), ("5~10", "5–10")],
        [("규산나트륨", "Sodium silicate"), ("1344-09-8", "1344-09-8"), ("1~5", "1–5")],
        [("물", "Water"), ("7732-18-5", "7732-18-5"), ("잔량", "Balance")],
    ]),
    ("P", [("4. 응급조치 요령", "4. First-aid measures")], "h2"),
    ("P", [("눈에 들어갔을 때: 즉시 흐르는 물로 15분 이상 씻어 내고 의사의 진찰을 받으시오.",
            "Eye contact: Rinse immediately with running water for at least 15 minutes. Get medical attention.")], "field"),
    ("P", [("삼켰을 때: 억지로 토하게 하지 말고 입을 물로 헹군 뒤 의료기관에 연락하시오.",
            "If swallowed: Do NOT induce vomiting. Rinse mouth with water and call a doctor.")], "field"),
    ("P", [("5. 폭발·화재 시 대처방법", "5. Fire-fighting measures")], "h2"),
    ("P", [("적절한 소화제: 물분무, 이산화탄소, 건조 분말, 알코올 포말",
            "Suitable extinguishing media: water spray, carbon dioxide, dry chemical, alcohol-resistant foam")], "field"),
    ("P", [("6. 누출 사고 시 대처방법", "6. Accidental release measures")], "h2"),
    ("P", [("모래나 흡착포로 흡수하여 밀폐 용기에 담으시오.", "Absorb with sand or absorbent pads and place in a closed container."),
           ("하수구나 수계로 흘러 들어가지 않게 하시오.", "Keep out of drains and waterways.")]),
    ("P", [("7. 취급 및 저장방법", "7. Handling and storage")], "h2"),
    ("P", [("통풍이 잘 되는 서늘한 곳에 용기를 밀폐하여 보관하시오.",
            "Store in a cool, well-ventilated place. Keep container tightly closed.")]),
    ("P", [("8. 노출방지 및 개인보호구", "8. Exposure controls/personal protection")], "h2"),
    ("P", [("노출기준: 2-부톡시에탄올 TWA 20 ppm (고용노동부 고시)",
            "Occupational exposure limit: 2-Butoxyethanol TWA 20 ppm (Korea MoEL)")], "field"),
    ("P", [("9. 물리화학적 특성", "9. Physical and chemical properties")], "h2"),
    ("P", [("외관: 무색 투명한 액체", "Appearance: Clear, colorless liquid")], "field"),
    ("P", [("pH: 11.5 (원액, 25℃)", "pH: 11.5 (undiluted, 25 °C)")], "field"),
    ("P", [("인화점: 자료없음", "Flash point: No data available")], "field"),
    ("P", [("증기압: 자료없음", "Vapor pressure: No data available")], "field"),
    ("P", [("비중: 1.04 (20℃)", "Relative density: 1.04 (20 °C)")], "field"),
    ("P", [("10. 안정성 및 반응성", "10. Stability and reactivity")], "h2"),
    ("P", [("피해야 할 물질: 강산, 알루미늄, 아연", "Incompatible materials: strong acids, aluminum, zinc")], "field"),
    ("P", [("11. 독성에 관한 정보", "11. Toxicological information")], "h2"),
    ("P", [("급성 독성(경구): LD50 1,300 mg/kg (랫드, 2-부톡시에탄올)",
            "Acute toxicity (oral): LD50 1,300 mg/kg (rat, 2-butoxyethanol)")], "field"),
    ("P", [("발암성: 자료없음", "Carcinogenicity: No data available")], "field"),
    ("P", [("12. 환경에 미치는 영향", "12. Ecological information")], "h2"),
    ("P", [("생태독성: 자료없음", "Ecotoxicity: No data available")], "field"),
    ("P", [("13. 폐기 시 주의사항", "13. Disposal considerations")], "h2"),
    ("P", [("「폐기물관리법」에 따라 지정폐기물 처리업체에 위탁하여 처리하시오.",
            "Dispose of contents and container through a licensed waste contractor, in line with local regulations.")]),
    ("P", [("14. 운송에 필요한 정보", "14. Transport information")], "h2"),
    ("P", [("유엔번호: 해당없음", "UN number: Not applicable")], "field"),
    ("P", [("15. 법적 규제현황", "15. Regulatory information")], "h2"),
    ("P", [("산업안전보건법: 작업환경측정 대상물질 (2-부톡시에탄올)",
            "Occupational Safety and Health Act (Korea): subject to workplace exposure monitoring (2-butoxyethanol)")], "field"),
    ("K", "위험물안전관리법: 해당없음", "field"),
    ("E", "TSCA: All components are listed on or exempt from the TSCA Inventory.", "field"),
    ("P", [("16. 그 밖의 참고사항", "16. Other information")], "h2"),
    ("P", [("최초 작성일자: 2024.03.15", "Date of first issue: 15 March 2024")], "field"),
    ("P", [("개정 횟수 및 최종 개정일자: 3회, 2026.11.02", "Revision: 3 (2 November 2026)")], "field"),
]

# ---------------------------------------------------------------- 3 the quick-start card (both languages on each line)
QUICK = [
    ("P", [("빠른 시작 안내", "Quick Start Guide")], "h1"),
    ("P", [("충전대를 벽 쪽에 두고 전원을 연결하세요.", "Put the dock against a wall and plug it in.")], "num"),
    ("P", [("본체 밑면의 전원 스위치를 켜세요.", "Switch on the robot (switch underneath).")], "num"),
    ("P", [("본체를 충전대에 올려 4시간 충전하세요.", "Charge on the dock for 4 hours.")], "num"),
    ("P", [("▶ 버튼을 누르면 청소를 시작합니다.", "Press ▶ to start cleaning.")], "num"),
    ("P", [("⌂ 버튼을 누르면 충전대로 돌아갑니다.", "Press ⌂ to send it home.")], "num"),
    ("P", [("표시등 안내", "Status light")], "h2"),
    ("P", [("흰색: 청소 중", "White: Cleaning")], "li"),
    ("P", [("주황색 깜박임: 충전 중", "Flashing orange: Charging")], "li"),
    ("P", [("빨간색: 오류 (앱에서 확인)", "Red: Error (see the app)")], "li"),
    ("P", [("자세한 내용은 사용설명서를 참고하세요.", "For details, see the User Manual.")]),
    ("E", "www.hanbit-electronics.com/support"),
]

# ---------------------------------------------------------------- 4 a software agent's installation guide (two .md)
INSTALL = [
    ("P", [("한빛 모니터링 에이전트 설치 가이드", "Hanbit Monitoring Agent Installation Guide")], "h1"),
    ("P", [("이 문서는 한빛 에이전트 v2.4.1을 Linux 서버에 설치하는 방법을 설명합니다.",
            "This guide explains how to install Hanbit Agent v2.4.1 on a Linux server.")]),
    ("P", [("시스템 요구 사항", "System Requirements")], "h2"),
    ("P", [("운영체제: Ubuntu 22.04 LTS 이상 또는 RHEL 8.x", "OS: Ubuntu 22.04 LTS or later, or RHEL 8.x")], "li"),
    ("P", [("메모리: 최소 512 MB (권장 1 GB)", "Memory: 512 MB minimum (1 GB recommended)")], "li"),
    ("P", [("포트: 8443/tcp 아웃바운드 허용", "Ports: outbound 8443/tcp must be open")], "li"),
    ("P", [("설치", "Installation")], "h2"),
    ("P", [("패키지를 내려받은 뒤 압축을 푸십시오.", "Download the package and extract it.")], "num"),
    ("P", [("wget https://dl.hanbit.io/agent/hanbit-agent-2.4.1.tar.gz",
            "wget https://dl.hanbit.io/agent/hanbit-agent-2.4.1.tar.gz", D)], "code"),
    ("P", [("tar -xzf hanbit-agent-2.4.1.tar.gz -C /opt/", "tar -xzf hanbit-agent-2.4.1.tar.gz -C /opt/", D)], "code"),
    ("P", [("설정 파일 `/opt/hanbit-agent/conf/agent.yaml`을 열어 `api_key` 값을 발급받은 키로 바꾸십시오.",
            "Open `/opt/hanbit-agent/conf/agent.yaml` and set `api_key` to the key you were issued.")], "num"),
    ("P", [("설치 스크립트를 root 권한으로 실행하십시오.", "Run the install script as root.")], "num"),
    ("P", [("sudo /opt/hanbit-agent/bin/install.sh --with-systemd",
            "sudo /opt/hanbit-agent/bin/install.sh --with-systemd", D)], "code"),
    ("P", [("`systemctl status hanbit-agent` 명령으로 서비스가 `active (running)` 상태인지 확인하십시오.",
            "Check that the service is `active (running)` with `systemctl status hanbit-agent`.")], "num"),
    ("P", [("참고: 프록시를 사용하는 환경에서는 `agent.yaml`의 `proxy.url` 항목을 설정해야 합니다.",
            "Note: If your network uses a proxy, set `proxy.url` in `agent.yaml`.")]),
    ("P", [("문제 해결", "Troubleshooting")], "h2"),
    ("P", [("로그는 `/var/log/hanbit/agent.log`에 기록됩니다.", "Logs are written to `/var/log/hanbit/agent.log`."),
           ("`ERR_CERT_EXPIRED` 오류가 나오면 서버 시간을 NTP로 맞춘 후 에이전트를 다시 시작하십시오.",
            "If you see `ERR_CERT_EXPIRED`, sync the server clock with NTP and restart the agent.")]),
    ("P", [("Windows 서버(C:\\Program Files\\Hanbit\\Agent)는 별도의 MSI 설치 파일을 사용합니다.",
            "Windows servers (C:\\Program Files\\Hanbit\\Agent) use a separate MSI installer.")]),
    ("K", "이 문서는 사내 기술지원팀이 작성하였으며, 영문판과 내용이 다를 경우 국문판을 우선합니다."),
    ("E", "Last updated: November 2026 · Docs feedback: docs@hanbit.io"),
]
