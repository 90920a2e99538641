"""Travel and heritage material for the tourism audit, both languages written by hand, and
its gold, as data.

``EXHIBIT``: a palace museum gallery's wall panel and six object labels (title with hanja,
"조선 19세기, 비단에 채색" / "Joseon dynasty, 19th century. Color on silk", dimensions, a
description, a lender or credit line, a "보물" / "Treasure" designation line, a sentence
Korean only, a QR line in Chinese and Japanese). ``TOUR``: a city tour bus brochure
(itinerary with times and bus numbers, fares "성인 12,000원 / …", a Korean-only event
notice, an English-only audio guide line). ``HOTEL``: a hotel's guest information (check-in,
Wi-Fi and password, floor directory "B1 …", a Korean-only coupon line, an English-only tax
refund line, a Japanese and a Chinese line). ``ANNOUNCE``: subway and airport announcements
in four languages (Korean, English, Chinese, Japanese; "내리실 문은 오른쪽입니다." three
times). ``SIGNS``: wayfinding signs, both languages on one line, some with Chinese and
Japanese too. ``GUIDE``: an audio guide track as subtitle cues (sentences across cues, a
sound cue). ``BLOG``: a travel blog post and its English version (photo captions, prices,
bus numbers, a line each side only, hashtags, a byline).

A document (but ``SIGNS`` and ``GUIDE``) is a list of entries, its lines in reading order:

  ("P", [(ko, en[, D]), ...][, tag])  a line on each side: its sentences' beads, joined by a
                                space into one line; ko or en "": that sentence one side
                                only (to be left unpaired); D: a bead that may be paired or
                                not. ``tag``: the line's kind in HTML ("h1", "h2", "li", "p").
  ("K", text[, tag]) / ("E", text[, tag])  a line only the Korean / English side has.
  ("X", text)                    a line in neither language (Chinese, Japanese): in a file
                                of both, to be left unpaired; in two files, on the Korean
                                side (where the announcer's script keeps it).
"""

D = "debatable"

# ---------------------------------------------------------------- 1 a palace museum's gallery labels
EXHIBIT = [
    ("P", [("제2전시실  왕실의 의례와 생활", "Gallery 2  Royal Ritual and Daily Life")], "h1"),
    ("P", [("조선 왕실의 하루는 의례로 시작해 의례로 끝났다.",
            "In the Joseon court, every day began and ended with ritual."),
           ("이 전시실에서는 경복궁과 창덕궁에서 쓰이던 병풍과 의복, 그릇을 통해 왕과 왕비의 일상을 살펴본다.",
            "Through screens, garments and vessels once used at Gyeongbokgung and Changdeokgung palaces, "
            "this gallery offers a glimpse into the daily lives of the king and queen.")]),
    # label 1
    ("P", [("일월오봉도 병풍 日月五峰圖 屛風", "Folding Screen of the Sun, Moon and Five Peaks (Irworobongdo)")], "h2"),
    ("P", [("조선 19세기, 비단에 채색", "Joseon dynasty, 19th century. Color on silk")]),
    ("P", [("세로 162.5cm, 가로 337.2cm", "H. 162.5 cm, W. 337.2 cm", D)]),
    ("P", [("왕이 앉는 어좌 뒤에 펼쳐 두던 병풍이다.", "This screen was set up behind the royal throne."),
           ("해와 달, 다섯 봉우리, 소나무와 폭포가 좌우 대칭으로 그려져 있다.",
            "The sun and moon, five peaks, pine trees and waterfalls are painted in perfect symmetry."),
           ("왕이 궁 밖으로 행차할 때에도 이 병풍은 늘 함께 옮겨졌다.",
            "Wherever the king traveled, even outside the palace, the screen went with him.")]),
    ("P", [("창덕궁 소장 | 창덕6512", "Changdeokgung Palace collection | Changdeok 6512", D)]),
    # label 2
    ("P", [("백자 청화 운룡문 항아리 白磁靑畫雲龍文壺",
            "White Porcelain Jar with Dragon and Cloud Design in Underglaze Cobalt Blue")], "h2"),
    ("P", [("보물", "Treasure")]),
    ("P", [("조선 18세기, 높이 54.8cm", "Joseon dynasty, 18th century. H. 54.8 cm")]),
    ("P", [("왕실 잔치 때 꽃을 꽂거나 술을 담는 데 쓰였다.", "Jars like this held flowers or wine at royal banquets."),
           ("발톱이 다섯 개인 용은 왕실만 쓸 수 있었던 무늬이다.",
            "The five-clawed dragon was a motif reserved for the royal family.")]),
    # label 3
    ("P", [("적의 翟衣", "Jeogui, the Queen's Ceremonial Robe")], "h2"),
    ("P", [("대한제국 1906년, 비단", "Korean Empire, 1906. Silk")]),
    ("P", [("왕비가 가장 격식 있는 의례 때 입던 예복이다.",
            "The queen wore this robe on the most formal state occasions."),
           ("짙은 푸른 바탕에 꿩 무늬 154쌍을 수놓았다.", "Its deep blue ground is embroidered with 154 pairs of pheasants."),
           ("순종의 비 순정효황후의 가례 때 지은 것으로 전한다.", "")]),
    ("P", [("※ 빛에 약한 유물이므로 사진 촬영 시 플래시를 사용하지 마십시오.",
            "※ This textile is sensitive to light. Please do not use flash photography.")]),
    # label 4
    ("P", [("자격루 (복원)", "Jagyeongnu Water Clock (Reconstruction)")], "h2"),
    ("P", [("원본 조선 1434년 / 복원 2007년, 청동·나무", "Original 1434; reconstructed 2007. Bronze and wood")]),
    ("P", [("세종의 명으로 장영실이 1434년에 만든 물시계를 되살린 것이다.",
            "This is a reconstruction of the water clock that Jang Yeong-sil built in 1434 on the orders of King Sejong."),
           ("물이 일정하게 흘러들면 나무 인형이 종과 북, 징을 쳐서 시각을 알렸다.",
            "As water flowed in at a steady rate, wooden figures struck a bell, a drum and a gong to announce the hours.")]),
    ("P", [("매시 정각에 작동 시연이 있습니다.", "Live demonstrations every hour on the hour.")]),
    # label 5
    ("P", [("곤룡포 袞龍袍", "Gollyongpo, the King's Working Robe")], "h2"),
    ("P", [("조선 19세기 후반, 비단에 금사 자수", "Late 19th century, Joseon. Silk with gold-thread embroidery")]),
    ("P", [("왕이 평소 나랏일을 볼 때 입던 붉은 옷이다.",
            "The king wore this red robe while attending to affairs of state."),
           ("가슴과 등, 양어깨에는 금실로 용을 수놓은 둥근 보(補)를 달았다.",
            "Round badges with dragons embroidered in gold thread are sewn on the chest, the back and both shoulders.")]),
    # label 6, a photograph on loan
    ("P", [("경복궁 근정전 (사진)", "Geunjeongjeon Hall, Gyeongbokgung (photograph)")], "h2"),
    ("P", [("1910년대, 유리건판", "1910s, glass plate negative")]),
    ("P", [("일제강점기에 촬영된 근정전의 모습이다.", "Geunjeongjeon as it was photographed under Japanese colonial rule."),
           ("지금은 사라진 행각과 문이 또렷하게 남아 있다.",
            "The corridors and gates visible here have long since disappeared.")]),
    ("P", [("사진 제공: 국립중앙박물관", "Image courtesy of the National Museum of Korea", D)]),
    ("P", [("QR 코드를 스캔하면 다른 언어로 된 해설을 들을 수 있습니다.",
            "Scan the QR code to hear the audio description in other languages.")]),
    ("X", "扫描二维码，收听中文语音导览。"),
    ("X", "QRコードを読み取ると、日本語の音声ガイドをお聞きいただけます。"),
]

# ---------------------------------------------------------------- 2 a city tour bus brochure
TOUR = [
    ("P", [("경주 시티투어 2026", "Gyeongju City Tour 2026")], "h1"),
    ("P", [("천년 고도 경주의 핵심 유적을 하루에 둘러보는 순환형 관광버스입니다.",
            "See the highlights of Gyeongju, the thousand-year capital of Silla, in a single day."),
           ("모든 차량에 문화관광해설사가 동승하며, 표 한 장으로 당일에 한해 자유롭게 타고 내릴 수 있습니다.",
            "A licensed heritage guide rides on every bus, and one ticket lets you hop on and off "
            "as often as you like on the day of purchase.")]),
    ("K", "[알림] 12월 31일(목) 제야의 종 특별 야간투어는 한국어 해설로만 진행되며, 12월 15일부터 전화로만 예약을 받습니다.", "p"),
    ("P", [("A코스: 역사유적 탐방 (매일 운행)", "Course A: Historic Sites (daily)")], "h2"),
    ("P", [("09:30 경주역 출발 (동편 3번 승강장)", "9:30 a.m. Depart from Gyeongju Station (east side, Bay 3)")], "li"),
    ("P", [("10:00 불국사 (70분)", "10:00 a.m. Bulguksa Temple (70 min.)")], "li"),
    ("P", [("11:30 석굴암 (50분, 셔틀버스 환승)", "11:30 a.m. Seokguram Grotto (50 min.; change to the shuttle bus)")], "li"),
    ("P", [("12:40 점심 (자유식, 보문관광단지)", "12:40 p.m. Lunch on your own at Bomun Lake Resort")], "li"),
    ("P", [("14:00 국립경주박물관 (60분)", "2:00 p.m. Gyeongju National Museum (60 min.)")], "li"),
    ("P", [("15:20 동궁과 월지, 첨성대", "3:20 p.m. Donggung Palace and Wolji Pond, Cheomseongdae Observatory")], "li"),
    ("P", [("16:50 경주역 도착", "4:50 p.m. Arrive back at Gyeongju Station")], "li"),
    ("P", [("B코스: 야경 투어 (금·토요일 운행)", "Course B: Night Tour (Fridays and Saturdays)")], "h2"),
    ("P", [("18:30 황리단길 출발 → 월정교 → 동궁과 월지 → 20:40 해산",
            "6:30 p.m. Hwangnidan-gil → Woljeonggyo Bridge → Donggung and Wolji → tour ends 8:40 p.m.")], "li"),
    ("P", [("동궁과 월지의 야경은 해가 진 뒤 30분 무렵이 가장 아름답습니다.",
            "Donggung and Wolji look their best about half an hour after sunset.")]),
    ("P", [("요금", "Fares")], "h2"),
    ("P", [("성인 12,000원 / 청소년·어린이 8,000원 / 만 65세 이상 6,000원",
            "Adults ₩12,000 / Youth & children ₩8,000 / Seniors (65+) ₩6,000")], "li"),
    ("P", [("※ 관람료와 식비는 요금에 포함되어 있지 않습니다.", "Admission fees and meals are not included.")], "li"),
    ("P", [("※ 36개월 미만 유아는 무료입니다(좌석 미제공).",
            "Children under 36 months ride free but do not get a seat of their own.")], "li"),
    ("P", [("타는 곳", "Where to board")], "h2"),
    ("P", [("경주역 동편 3번 승강장에서 타거나, 시내버스 10번·11번을 타고 '불국사' 정류장에서 내려 합류할 수 있습니다.",
            "Board at Bay 3 on the east side of Gyeongju Station, or take city bus 10 or 11 "
            "to the Bulguksa stop and join the tour there.")]),
    ("P", [("우천 시에도 정상 운행합니다.", "Tours run rain or shine.")]),
    ("E", "Audio guides in English, Chinese and Japanese are available on board free of charge.", "p"),
    ("P", [("예약: 전화 054-779-8585 또는 온라인 (출발 1시간 전까지)",
            "Reservations: call +82-54-779-8585 or book online up to one hour before departure.")]),
]

# ---------------------------------------------------------------- 3 a hotel's guest information
HOTEL = [
    ("P", [("소화 호텔 인사동 | 객실 이용 안내", "Hotel Sohwa Insadong | Guest Information")]),
    ("P", [("저희 호텔을 찾아 주셔서 감사합니다.", "Welcome to Hotel Sohwa."),
           ("머무시는 동안 편안한 시간 보내시길 바랍니다.", "We hope you enjoy your stay.")]),
    ("P", [("체크인 오후 3시 / 체크아웃 오전 11시", "Check-in from 3:00 p.m. / Check-out by 11:00 a.m.")]),
    ("P", [("늦은 체크아웃(오후 1시까지)은 1시간당 20,000원이며, 당일 객실 상황에 따라 가능합니다.",
            "Late check-out until 1:00 p.m. is KRW 20,000 per hour, subject to availability.")]),
    ("P", [("조식: 2층 레스토랑 '소반', 07:00–10:00 (마지막 입장 09:30)",
            "Breakfast: Soban restaurant, 2nd floor, 7:00–10:00 a.m. (last entry 9:30)")]),
    ("P", [("와이파이: SOHWA_GUEST / 비밀번호: sohwa2026!", "Wi-Fi network: SOHWA_GUEST / Password: sohwa2026!")]),
    ("X", "日本語でのご案内はフロントまでお問い合わせください。"),
    ("X", "如需中文服务，请联系前台。"),
    ("P", [("층별 안내", "Floor Directory")]),
    ("P", [("B1  피트니스 센터 · 코인 세탁실 (24시간)", "B1  Fitness center · Coin laundry (open 24 hours)")]),
    ("P", [("1F  로비 · 프런트 · 카페 '마루'", "1F  Lobby · Front desk · Café Maru")]),
    ("P", [("2F  레스토랑 '소반' · 비즈니스 라운지", "2F  Soban restaurant · Business lounge")]),
    ("P", [("3F–8F  객실", "3F–8F  Guest rooms")]),
    ("P", [("9F  루프톱 정원 (10:00–22:00, 우천 시 폐쇄)", "9F  Rooftop garden (10 a.m.–10 p.m., closed in wet weather)")]),
    ("P", [("전 객실 금연입니다.", "All rooms are non-smoking."),
           ("객실 내 흡연 시 청소비 200,000원이 부과됩니다.",
            "A cleaning fee of KRW 200,000 will be charged for smoking in the room.")]),
    ("P", [("수건 교체를 원하시면 욕실 바닥에 놓아 주세요.",
            "If you would like fresh towels, please leave the used ones on the bathroom floor."),
           ("환경 보호에 동참해 주셔서 감사합니다.", "Thank you for helping us protect the environment.")]),
    ("P", [("프런트: 내선 0번 / 객실 간 통화: 객실 번호", "Front desk: dial 0 / Room to room: dial the room number")]),
    ("P", [("화재 등 비상시에는 엘리베이터를 이용하지 마시고, 객실 문 뒤의 대피 경로를 따라 비상계단으로 이동해 주십시오.",
            "In case of fire or other emergency, do not use the elevators. "
            "Follow the evacuation route on the back of your door to the nearest stairwell.")]),
    ("K", "※ 내국인 투숙객께는 '서울 한 바퀴' 할인 쿠폰을 프런트에서 드립니다."),
    ("P", [("인사동길과 북촌 한옥마을은 걸어서 10분 거리입니다.",
            "Insadong-gil and Bukchon Hanok Village are a 10-minute walk away.")]),
    ("P", [("공항버스 6011번이 호텔 앞(안국역 정류장)에 정차합니다.",
            "Airport bus 6011 stops right outside the hotel (Anguk Station stop).")]),
    ("E", "Tax refund forms for your shopping are available at the front desk."),
]

# ---------------------------------------------------------------- 4 subway and airport announcements
ANNOUNCE = [
    ("K", "[3호선 하행 안내방송 원고 – 한/영/중/일]"),
    ("P", [("이번 역은 경복궁, 경복궁역입니다.", "This stop is Gyeongbokgung.")]),
    ("X", "本站是景福宫站。"),
    ("X", "次は景福宮、景福宮です。"),
    ("P", [("내리실 문은 오른쪽입니다.", "The doors are on your right.")]),
    ("P", [("이번 역은 안국, 안국역입니다.", "This stop is Anguk.")]),
    ("X", "本站是安国站。"),
    ("X", "次は安国、安国です。"),
    ("P", [("북촌 한옥마을과 창덕궁에 가실 고객께서는 이번 역에서 내리시기 바랍니다.",
            "For Bukchon Hanok Village and Changdeokgung Palace, please get off at this stop.")]),
    ("P", [("내리실 문은 오른쪽입니다.", "The doors are on your right.")]),
    ("P", [("이번 역은 종로3가, 종로3가역입니다.", "This stop is Jongno 3(sam)-ga.")]),
    ("X", "本站是钟路3街站。"),
    ("X", "次は鍾路3街、鍾路3街です。"),
    ("P", [("1호선, 5호선으로 갈아타실 고객께서는 이번 역에서 내리시기 바랍니다.",
            "You may transfer to Line 1 and Line 5.")]),
    ("P", [("내리실 문은 오른쪽입니다.", "The doors are on your right.")]),
    ("P", [("열차와 승강장 사이가 넓으니 내리실 때 발밑을 조심하시기 바랍니다.",
            "Please mind the wide gap between the train and the platform.")]),
    ("P", [("출입문 닫습니다.", "The doors are closing.")]),
    ("K", "[인천공항 제1여객터미널 탑승 안내]"),
    ("P", [("대한항공 KE713편 도쿄 나리타행 탑승을 시작하겠습니다.",
            "Korean Air flight KE713 to Tokyo Narita is now boarding.")]),
    ("X", "大韩航空KE713次航班飞往东京成田的旅客现在开始登机。"),
    ("X", "大韓航空KE713便、東京成田行きはただいまより搭乗を開始いたします。"),
    ("P", [("탑승구는 27번입니다.", "Boarding is at Gate 27.")]),
    ("P", [("탑승권과 여권을 미리 준비해 주시기 바랍니다.", "Please have your boarding pass and passport ready.")]),
    ("P", [("분실물 안내 말씀드립니다.", "This is a lost and found announcement."),
           ("검은색 여행 가방을 보관하고 있으니, 주인께서는 3층 안내데스크로 오시기 바랍니다.",
            "A black suitcase has been handed in. The owner may collect it at the information desk on Level 3.")]),
]

# ---------------------------------------------------------------- 5 wayfinding signs, one line each: (ko, en, other)
SIGNS = [
    ("출구", "Exit", ""),
    ("1번 출구", "Exit 1", ""),
    ("화장실", "Restroom", ""),
    ("매표소", "Ticket Office", "售票处 きっぷ売り場"),
    ("관광안내소", "Tourist Information", "旅游咨询处 観光案内所"),
    ("물품보관함", "Lockers", ""),
    ("수유실", "Nursing Room", ""),
    ("엘리베이터", "Elevator", ""),
    ("관계자 외 출입금지", "Staff Only", ""),
    ("사진 촬영 금지", "No Photography", ""),
    ("음식물 반입 금지", "No Food or Drink", ""),
    ("손대지 마세요", "Please Do Not Touch", ""),
    ("휠체어 대여", "Wheelchair Rental", ""),
    ("기념품점", "Gift Shop", "纪念品商店 売店"),
    ("근정전", "Geunjeongjeon Hall", "勤政殿"),
    ("경회루", "Gyeonghoeru Pavilion", ""),
    ("입장 마감 17:00", "Last Admission 5 p.m.", ""),
    ("매주 화요일 휴궁", "Closed Every Tuesday", ""),
]

# ---------------------------------------------------------------- 6 an audio guide track as subtitle cues
# each bead a list of cues, (ko, en): a sentence across two cues is one bead of both
GUIDE = [
    [("12번. 경회루", "Track 12. Gyeonghoeru Pavilion")],
    [("지금 보고 계신 누각이 경회루입니다.", "The pavilion in front of you is Gyeonghoeru.")],
    [("나라에 경사가 있을 때 임금이\n신하들과 연회를 베풀던 곳으로,", "This is where the king held banquets for his officials"),
     ("연못 위에 48개의 돌기둥을 세워 지었습니다.", "to celebrate happy events. It stands on 48 stone pillars rising from the pond.")],
    [("바깥쪽 기둥은 네모나고 안쪽 기둥은 둥근데,", "Notice that the outer pillars are square"),
     ("하늘은 둥글고 땅은 네모나다는\n옛 생각을 담은 것입니다.", "and the inner ones round, reflecting the old belief\nthat heaven is round and the earth square.")],
    [("(물소리)", "(Sound of water)")],
    [("평소에는 누각에 오를 수 없지만,", "The pavilion is normally closed to visitors,"),
     ("봄과 가을에는 사전 예약을 하면\n2층 누마루에 올라가 볼 수 있습니다.", "but in spring and autumn you can book ahead\nto go up to the upper floor.")],
    [("누마루에 서면 인왕산과 북악산이\n연못에 비치는 모습이 한눈에 들어옵니다.",
      "From up there, you can see Inwangsan and Bugaksan\nmountains reflected in the pond.")],
    [("다음 트랙에서는 왕의 침전인\n강녕전으로 이동합니다.", "Next, we move on to Gangnyeongjeon,\nthe king's private quarters.")],
    [("13번을 눌러 주세요.", "Press 13 to continue.")],
]

# ---------------------------------------------------------------- 7 a travel blog post
BLOG = [
    ("P", [("전주 한옥마을 1박 2일, 비 오는 날이 더 좋았다",
            "48 Hours in Jeonju Hanok Village (and Why the Rain Made It Better)")], "h1"),
    ("P", [("글·사진 여행하는 민지 | 2026.10.14", "Words and photos by Minji · October 14, 2026", D)]),
    ("P", [("솔직히 출발 전날 일기예보를 보고 여행을 미룰까 고민했다.",
            "I'll be honest: when I saw the forecast the night before, I almost postponed the trip."),
           ("이틀 내내 비 소식이었기 때문이다.", "It was supposed to rain both days."),
           ("그런데 결과적으로 비 덕분에 한옥마을을 가장 조용한 모습으로 만날 수 있었다.",
            "As it turned out, the rain gave me Hanok Village at its quietest.")]),
    ("P", [("▲ 비에 젖은 기와지붕. 오전 8시쯤이라 골목에 사람이 거의 없었다.",
            "Above: Rain-soaked roof tiles. At 8 a.m., the alleys were nearly empty.")], "caption"),
    ("P", [("서울 용산역에서 KTX를 타면 전주역까지 1시간 40분 정도 걸린다.",
            "The KTX from Yongsan Station in Seoul gets you to Jeonju in about an hour and forty minutes."),
           ("역 앞에서 79번 버스를 타면 20분 만에 한옥마을 입구에 도착한다.",
            "From the station, bus 79 takes 20 minutes to the village entrance.")]),
    ("P", [("첫날 점심은 남부시장의 콩나물국밥.",
            "Lunch on day one was kongnamul gukbap, bean sprout rice soup, at Nambu Market."),
           ("한 그릇에 8,000원인데, 수란을 따로 내주는 게 전주식이다.",
            "It's 8,000 won a bowl and, Jeonju-style, the poached egg comes on the side.")]),
    ("K", "(내돈내산입니다! 협찬 아님 ㅎㅎ)"),
    # the English moves the portrait into its first sentence: the two sentences a 2-2 bead
    ("P", [("오후에는 경기전에 들렀다. 태조 이성계의 어진을 모신 곳으로, 입장료는 성인 3,000원이다.",
            "In the afternoon I stopped by Gyeonggijeon Shrine, which houses the portrait of King Taejo, "
            "founder of the Joseon dynasty. Admission is 3,000 won for adults."),
           ("비 오는 날이라면 대나무 숲길은 꼭 걸어 보길 추천한다.", "If it's raining, don't skip the bamboo path.")]),
    ("P", [("▲ 경기전 대나무 숲. 빗소리가 정말 좋았다.",
            "Above: The bamboo grove at Gyeonggijeon. The sound of the rain was wonderful.")], "caption"),
    ("P", [("저녁에는 한복을 빌려 입고 전동성당 앞에서 사진을 찍었다. 대여료는 2시간에 15,000원(헤어 장식 포함).",
            "That evening I rented a hanbok and took photos in front of Jeondong Cathedral: "
            "15,000 won for two hours, hair accessories included.")]),
    ("P", [("둘째 날 아침, 오목대에 올라 한옥마을 전체를 내려다봤다. 700채가 넘는 기와지붕이 안개 속에 겹겹이 펼쳐져 있었다.",
            "On the second morning I climbed up to Omokdae for a view over the whole village, "
            "more than 700 tiled roofs layered in the mist.")]),
    ("P", [("▲ 오목대에서 내려다본 한옥마을 (사진: 친구 J)", "Above: Hanok Village from Omokdae. Photo: my friend J")],
     "caption"),
    ("P", [("여행 팁", "Tips")], "h2"),
    ("P", [("한옥 숙소는 대부분 온돌방이라 바닥에서 잔다.",
            "Most hanok guesthouses have ondol rooms, which means sleeping on a heated floor."),
           ("허리가 안 좋다면 침대방을 따로 요청하자.", "If you have a bad back, ask for a room with a bed.")], "li"),
    ("P", [("주말에는 태조로 일대가 차 없는 거리로 운영된다.",
            "On weekends, Taejo-ro and the streets around it are closed to cars.")], "li"),
    ("P", [("우산은 편의점에서 5,000원이면 산다.",
            "You can pick up an umbrella at any convenience store for about 5,000 won.")], "li"),
    ("E", "Prices as of October 2026."),
    ("P", [("#전주한옥마을 #전주여행 #비오는날 #경기전 #한복체험", "#Jeonju #HanokVillage #KoreaTravel #RainyDay", D)]),
    ("K", "이 글이 도움이 되셨다면 공감♥과 댓글 부탁드려요!"),
    ("E", "Photo credits: all photos by the author unless noted."),
]
