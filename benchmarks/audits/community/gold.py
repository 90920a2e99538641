"""User-generated conversational text for the community audit, both languages written by hand,
and its gold (the works as data; ``make.py`` lays them out).

Kinds of bead:

- ``P``: a pair to find (a message, a sentence of a post, a system line);
- ``D``: may be paired or left unpaired (a chat's header, date separators, "Saved on", links and
  numbers written the same on both sides, bylines, vote counts, tags, "3시간 전" /
  "3 hours ago", a board label), but paired with anything else it is wrong;
- ``K`` / ``E``: one side only (an open chat's policy notice, an answerer's signature, a reply
  the translator skipped): to be left unpaired;
- ``C``: a community site's chrome (menus, "목록", "신고", ads, footers), translated or not:
  never to be paired;
- ``M``: a message's speaker-and-time prefix ("[김민지] [오후 3:15]" / "[Kim Minji] [3:15 PM]",
  "[14:02:11] 상담사 이수진:"): may go with its own message's pair, in a pair of its own with its
  counterpart, or unpaired; inside another message's pair it is wrong.

``CHAT``: a KakaoTalk group chat of three friends planning a trip to Jeju and its English
translation in the same export shape (entries: ``("date", iso)``, ``("sys", kind, ko, en)``,
``("msg", who, "HH:MM", ko, en[, kind])``; ``ko`` / ``en`` a line or a tuple of lines, a message
continuing on lines of its own; an empty message; "사진", "이모티콘", "삭제된 메시지입니다.", a link,
an account number, a phone number, "ㅇㅇ", "ㅋㅋㅋ" twice translated two ways).
``QA``: a 지식iN-style question about changing visa status and its English version on an
expat Q&A site, as blocks of (tag, kind, ko, en). ``FORUM``: a gaming community's thread
(반말, ㅋㅋ, ㅠㅠ, ㅇㅈ, slang translated loosely, a reply the translator skipped, a comment whose two
Korean lines are one English sentence). ``SUPPORT``: a telecom's support chat, canned lines
("잠시만 기다려 주세요." four times) that each pair with their own occurrence.
"""

SPEAKERS = {
    "M": ("김민지", "Kim Minji"),
    "S": ("박서준", "Park Seojun"),
    "J": ("이정우", "Lee Jungwoo"),
}

CHAT_NAME = ("제주 여행 🍊 3", "Jeju Trip 🍊 3")
CHAT_SAVED = "2026-11-30 14:02"

CHAT = [
    ("sys", "K", "운영정책을 위반한 메시지로 신고 접수 시 카카오톡 이용에 제한이 있을 수 있습니다.", None),
    ("date", "2026-11-28"),
    ("sys", "P", "김민지님이 박서준님과 이정우님을 초대했습니다.", "Kim Minji invited Park Seojun and Lee Jungwoo."),
    ("msg", "M", "15:15", "얘들아 다음 주 제주도 일정 정리하자", "Guys, let's sort out the Jeju plan for next week"),
    ("msg", "M", "15:15", "비행기는 목요일 아침 7시 10분 김포 출발이야", "Our flight leaves Gimpo at 7:10 Thursday morning"),
    ("msg", "S", "15:16", "ㅇㅇ", "ok"),
    ("msg", "S", "15:16", "근데 7시 10분 비행기면 공항에 몇 시까지 가야 돼?",
     "But if the flight's at 7:10, what time do we have to be at the airport?"),
    ("msg", "J", "15:18", "ㅋㅋㅋㅋ 벌써 피곤하다", "lmao I'm tired already"),
    ("msg", "J", "15:18", "적어도 한 시간 전에는 가야지. 6시까지 3층 출국장 앞에서 보자.",
     "We should get there at least an hour early. Let's meet outside departures on the 3rd floor by 6."),
    ("msg", "M", "15:20", "사진", "Photo"),
    ("msg", "M", "15:20", ("숙소 여기 어때?", "애월 쪽 독채 펜션인데 1박에 18만 원", "바다 보이고 바비큐도 된대"),
     ("How about this place?", "It's a private cottage near Aewol, 180,000 won a night",
      "Ocean view, and they say we can barbecue")),
    ("msg", "S", "15:21", "오 괜찮은데?", "Ooh, looks nice"),
    ("msg", "S", "15:21", "이모티콘", "Emoticon"),
    ("msg", "J", "15:22", "삭제된 메시지입니다.", "This message was deleted."),
    ("msg", "J", "15:22", "아 잘못 보냄ㅋㅋ 나도 찬성", "oops, wrong chat lol. I'm in too"),
    ("msg", "M", "15:24", "https://place.map.kakao.com/1837465520", "https://place.map.kakao.com/1837465520", "D"),
    ("msg", "M", "15:24", "예약 링크야. 오늘 밤 12시 전에 입금해야 확정이래",
     "That's the booking link. We have to pay before midnight tonight or it won't be confirmed"),
    ("msg", "S", "15:25", "", ""),
    ("msg", "S", "15:25", "내가 일단 보낼게. 계좌 알려줘", "I'll cover it for now. Send me the account number"),
    ("msg", "M", "15:26", "카카오뱅크 3333-12-4567890 김민지", "KakaoBank 3333-12-4567890 Kim Minji"),
    ("msg", "J", "15:30", "렌터카는 내가 알아볼게", "I'll look into the rental car"),
    ("msg", "J", "15:31", "사장님 번호 010-4821-7730 이거 맞지?", "The owner's number is 010-4821-7730, right?"),
    ("msg", "M", "15:31", "ㅇㅇ 맞아", "yep, that's the one"),
    ("date", "2026-11-29"),
    ("msg", "S", "10:02", "입금 완료!! 54만 원 보냄", "Paid!! Sent 540,000 won"),
    ("msg", "S", "10:02", "각자 18만 원씩 나한테 보내줘~", "Everyone send me 180,000 won each~"),
    ("msg", "M", "10:05", "ㅇㅋ", "okie"),
    ("msg", "J", "11:47", "ㅠㅠ 나 목요일 오전 반차 못 쓸 수도 있어", "ugh I might not get Thursday morning off"),
    ("msg", "J", "11:47", "팀장님이 아직 답을 안 주심...", "my manager still hasn't gotten back to me..."),
    ("msg", "M", "11:50", "헐 안 돼ㅠㅠ 최대한 빨리 물어봐", "Nooo 😭 ask him as soon as you can"),
    ("msg", "J", "13:15", "된대!!! 목요일 통으로 쉼 ㅋㅋㅋ", "He said yes!!! I've got all of Thursday off lol"),
    ("msg", "S", "13:16", "ㅋㅋㅋ", "lol"),
    ("msg", "M", "13:16", "ㅋㅋㅋ", "hahaha"),
    ("msg", "M", "13:17", "그럼 확정! 목요일 새벽 6시 김포 3층에서 봐", "Then it's final! See you Thursday at 6 a.m., Gimpo, 3rd floor"),
    ("msg", "J", "13:17", "동영상", "Video"),
]

# The Q&A thread: blocks in page order, (tag, kind, ko, en). Tag names the HTML element
# (``make.py``); a ``C`` block with en None is Korean page chrome only, ko None English only.
QA = [
    ("nav", "C", "NAVER 지식iN  홈  Q&A  지식베스트  오픈사전  전문가  로그인",
     "Expat Q&A  Home  Questions  Tags  Users  Log in"),
    ("crumb", "C", "Q&A > 사회, 정치 > 출입국, 비자", "Questions › Visas & Immigration"),
    ("h1", "P", "D-10 구직비자에서 E-7으로 바꿀 때 꼭 출국해야 하나요?",
     "Do I have to leave Korea to switch from a D-10 job-seeker visa to E-7?"),
    ("meta", "D", "비공개 질문 · 조회수 1,284 · 2026.11.27.", "Asked anonymously · 1,284 views · Nov 27, 2026"),
    ("p", "P", "안녕하세요. 한국에서 석사 졸업하고 지금 D-10 비자로 구직 중인 외국인입니다.",
     "Hi! I'm a foreigner who finished my master's in Korea, and I'm now job hunting on a D-10 visa."),
    ("p", "P", "이번에 판교에 있는 회사에서 합격 연락을 받았는데, 인사팀에서 E-7으로 체류자격 변경을 하라고 합니다.",
     "A company in Pangyo just offered me a position, and their HR team told me to change my status to E-7."),
    ("p", "P", "그런데 친구 말로는 E-7은 본국에 가서 사증발급인정서로 다시 들어와야 한다고 하더라고요.",
     ("But a friend told me that for an E-7 you have to go back to your home country and come back in with a "
      "Certificate for Confirmation of Visa Issuance.")),
    ("p", "P", "국내에서 바로 변경이 되는지, 된다면 서류는 뭐가 필요한지 알려 주시면 감사하겠습니다 ㅠㅠ",
     "Can I change it here in Korea, and if so, what documents do I need? Any help would be much appreciated 🙏"),
    ("p", "P", "참고로 비자 만료일은 2027년 1월 15일입니다.", "For reference, my visa expires on January 15, 2027."),
    ("tags", "D", "#비자 #체류자격변경 #E7 #D10", "#visa #status-change #e-7 #d-10"),
    ("buttons", "C", "목록  신고  공유", "Back to list  Report  Share"),
    ("ad", "C", "[광고] 비자 서류 대행 48시간 완료 · 행정사 무료 상담 ☎ 1588-0000", None),
    ("ad", "C", None, "Sponsored · Moving to Seoul? Relocation packages from $499"),
    ("count", "D", "답변 2개", "2 Answers"),
    ("label", "D", "채택된 답변", "Accepted answer"),
    ("byline", "D", "출입국행정사 한○○ 님 답변 · 전문가 · 2시간 전", "Answer by Han ○○, licensed immigration agent · Expert · 2 hours ago"),
    ("p", "P", "네, D-10에서 E-7으로는 국내에서 체류자격 변경이 가능합니다.",
     "Yes, you can change from D-10 to E-7 without leaving the country."),
    ("p", "P", "출국하실 필요 없이 하이코리아에서 관할 출입국·외국인청 방문 예약을 잡고 신청하시면 됩니다.",
     "There's no need to leave: book a visit to the immigration office for your area on HiKorea and apply there."),
    ("p", "P", "준비 서류는 아래와 같습니다.", "Here's what you'll need:"),
    ("li", "P", "통합신청서, 여권, 외국인등록증", "Integrated application form, passport and residence card"),
    ("li", "P", "고용계약서 원본 및 사본", "Employment contract (original and a copy)"),
    ("li", "P", "회사 사업자등록증, 고용사유서", "The company's business registration certificate and a statement of reasons for hiring"),
    ("li", "P", "학위증명서 (국내 석사라면 대부분 생략 가능)", "Degree certificate (usually waived if your master's is from a Korean university)"),
    ("p", "P", "수수료는 10만 원이고, 심사는 보통 3~4주 걸립니다.",
     "The fee is 100,000 won, and processing usually takes three to four weeks."),
    ("p", "P", "만료일 전에만 접수하시면 심사 기간 중에도 합법 체류이니 걱정하지 마세요.",
     ("As long as you apply before your current visa expires, you're staying legally while it's under review, "
      "so don't worry.")),
    ("sig", "K", "한○○ 출입국행정사사무소 | 상담 02-6952-1184 | 카톡 ID: visa_han", None),
    ("votes", "D", "추천 12", "12 votes"),
    ("buttons", "C", "신고  댓글 3", "Report  3 comments"),
    ("byline", "D", "dydwn**** 님 답변 · 3시간 전", "Answer by dydwn**** · 3 hours ago"),
    ("quote", "P", "친구 말로는 E-7은 본국에 가서 사증발급인정서로 다시 들어와야 한다고",
     "a friend told me that for an E-7 you have to go back to your home country"),
    ("p", "P", "이건 예전 얘기예요. 저도 작년에 D-10에서 E-7으로 국내에서 바꿨어요.",
     "That's old info. I switched from D-10 to E-7 inside Korea myself last year."),
    ("p", "P", "다만 연봉이 기준 금액 이상이어야 하니까 계약서에 적힌 연봉은 꼭 확인하세요!",
     "One catch, though: your salary has to meet the minimum, so double-check the figure in your contract!"),
    ("votes", "D", "추천 5", "5 votes"),
    ("byline", "D", "질문자 · 1시간 전", "Asker · 1 hour ago"),
    ("p", "P", "두 분 다 정말 감사합니다! 다음 주로 바로 방문 예약 잡았어요.",
     "Thank you both so much! I've already booked an appointment for next week."),
    ("ad", "C", "[파워링크] 외국인 취업비자 E-7 전문 · 승인률 98%", "Ad · Get your E-7 approved — book a free call"),
    ("buttons", "C", "목록  맨 위로", "Back to list  Back to top"),
    ("footer", "C", "이용약관 | 개인정보처리방침 | 지식iN 운영정책 | 고객센터 © NAVER Corp.",
     "Terms · Privacy · Contact · © 2026 Expat Q&A"),
]

# The forum thread: entries (kind, ko, en); ko / en a line or a tuple of lines; None a blank line.
FORUM = [
    ("D", "자유게시판", "General Discussion"),
    ("P", "[잡담] 이번 시즌 솔랭 너무 힘든데 나만 그럼?", "[Chat] Is solo queue brutal this season or is it just me?"),
    ("D", "새벽세시정글 | 2026.11.29 23:41 | 조회 2,417 | 추천 38", "3amJungler | 2026.11.29 23:41 | Views 2,417 | Upvotes 38"),
    None,
    ("P", "골드2에서 3주째 못 올라가는 중ㅠㅠ", "Been stuck in Gold 2 for three weeks now 😭"),
    ("P", "팀원 탓 하기 싫은데 진짜 매판 탑이 4분에 솔킬 따이고 다들 멘탈 터짐",
     "I don't wanna blame my team but literally every game our top gets solo killed at 4 min and everyone tilts"),
    ("P", "채팅에 정글 차이 뜨면 그냥 겜 접고 싶어짐 ㅋㅋ", "and when someone types 'jungle diff' I just wanna uninstall lol"),
    ("P", "님들은 솔랭 어케 버팀?", "How do you guys survive solo queue?"),
    None,
    ("D", "댓글 6", "6 comments"),
    None,
    ("D", "탑신병자 | 23:52", "TopLaneAddict | 23:52"),
    ("P", "ㅋㅋㅋㅋ 정글 차이는 국룰임", "lmao 'jungle diff' is just tradition at this point"),
    None,
    ("D", "노란리본 | 23:58", "YellowRibbon | 23:58"),
    ("P", "채팅 꺼라 진심 승률 오름", "Mute chat. Dead serious, your win rate goes up."),
    None,
    ("D", "ㅇㅇ(118.235) | 00:03", "Anon(118.235) | 00:03"),
    ("P", "ㅇㅈ", "This."),
    None,
    ("K", ("빵떡이 | 00:07", "ㄹㅇ 골드 구간이 제일 지옥임 다이아 가면 오히려 편함 ㅋㅋ 다들 말은 안 해도 팀게임 하거든")),
    None,
    ("D", "미드만십년 | 00:10", "TenYearsMid | 00:10"),
    ("P", ("근데 진짜 팁 하나 주자면", "듀오 구해서 같이 돌리는 게 젤 빠름"),
     "Honestly, if I had to give one tip, finding a duo partner is the fastest way up."),
    None,
    ("D", "ㄴ 새벽세시정글(글쓴이) | 00:15", "↳ 3amJungler (OP) | 00:15"),
    ("P", "ㅇㅋ 오늘부터 채팅 끄고 듀오 구해봄 ㄱㅅㄱㅅ", "ok starting today I'm muting chat and finding a duo, thx thx"),
    None,
    ("D", "ㄴ 노란리본 | 00:16", "↳ YellowRibbon | 00:16"),
    ("P", "ㅎㅇㅌ 골드 탈출 기원함", "gl, praying you escape Gold"),
]

# The support chat: (time, who, ko, en, kind); who "A" agent, "C" customer, "S" system.
AGENT = ("상담사 이수진", "Agent Lee Sujin")
CUSTOMER = ("고객", "Customer")
SUPPORT_HEAD = ("한빛통신 고객센터 채팅 상담 기록 (상담번호 CS-20261130-0472)",
                "Hanbit Telecom Customer Support chat log (ticket CS-20261130-0472)")

SUPPORT_NOTICE = "※ 상담 내용은 서비스 품질 향상을 위해 3년간 보관됩니다."  # Korean only

SUPPORT = [
    ("14:02:03", "S", "상담사가 연결되었습니다.", "You're now connected to an agent.", "P"),
    ("14:02:11", "A", "안녕하세요, 한빛통신 고객센터 상담사 이수진입니다. 무엇을 도와드릴까요?",
     "Hello, this is Lee Sujin from Hanbit Telecom Customer Support. How can I help you today?", "P"),
    ("14:02:40", "C", "인터넷이 어제 저녁부터 계속 끊겨요", "My internet keeps cutting out since last night", "P"),
    ("14:02:58", "A", "불편을 드려 죄송합니다. 본인 확인을 위해 가입자 성함과 휴대폰 번호를 알려 주시겠어요?",
     "I'm sorry for the trouble. To verify your identity, could you tell me the account holder's name and mobile number?", "P"),
    ("14:03:20", "C", "정하늘 010-2287-5519", "Jung Haneul 010-2287-5519", "P"),
    ("14:03:25", "A", "확인 감사합니다.", "Thank you for confirming.", "P"),
    ("14:03:27", "A", "잠시만 기다려 주세요.", "Please hold on a moment.", "P"),
    ("14:04:51", "A", "회선 상태를 조회해 보니 댁내 모뎀에서 신호가 불안정하게 잡히고 있습니다.",
     "I've checked your line, and the signal from the modem in your home is unstable.", "P"),
    ("14:05:02", "A", "모뎀 앞면에 있는 불빛 중 빨간색으로 깜빡이는 게 있을까요?",
     "Are any of the lights on the front of the modem blinking red?", "P"),
    ("14:05:40", "C", "네", "Yes", "P"),
    ("14:05:44", "C", "LOS라고 써진 거요", "The one that says LOS", "P"),
    ("14:05:46", "S", "고객님이 파일을 전송했습니다: modem_front.jpg", "The customer sent a file: modem_front.jpg", "P"),
    ("14:05:59", "A", "사진 확인했습니다.", "I've got the photo.", "P"),
    ("14:06:03", "A", "잠시만 기다려 주세요.", "Please hold on a moment.", "P"),
    ("14:07:30", "A", "광케이블 신호가 들어오지 않는 상태라 기사님 방문 점검이 필요합니다. 가장 빠른 일정은 내일 오전 10시~12시입니다.",
     "Your fiber signal isn't coming through, so a technician will need to visit. The earliest slot is tomorrow, 10 a.m. to 12 p.m.", "P"),
    ("14:07:52", "C", "내일 오전은 안 되는데 오후는요?", "I can't do tomorrow morning. What about the afternoon?", "P"),
    ("14:07:58", "A", "잠시만 기다려 주세요.", "Please hold on a moment.", "P"),
    ("14:08:40", "A", "내일 오후 3시~5시로 예약 가능합니다. 이 시간으로 잡아 드릴까요?",
     "We can book you in for tomorrow between 3 and 5 p.m. Shall I go ahead with that?", "P"),
    ("14:08:49", "C", "네 그걸로 해주세요", "Yes, please", "P"),
    ("14:08:55", "A", "확인 감사합니다.", "Thank you for confirming.", "P"),
    ("14:09:01", "A", "잠시만 기다려 주세요.", "Please hold on a moment.", "P"),
    ("14:09:37", "A", "12월 1일 오후 3시~5시로 방문 예약 완료되었습니다. 방문 30분 전에 기사님이 010-2287-5519로 연락드릴 예정입니다.",
     "Your visit is booked for December 1, 3–5 p.m. The technician will call you at 010-2287-5519 thirty minutes before arriving.", "P"),
    ("14:09:50", "A", "장애 기간만큼 요금은 자동으로 감면됩니다. 더 궁금하신 점 있으실까요?",
     "You'll automatically be credited for the days of the outage. Is there anything else I can help you with?", "P"),
    ("14:10:05", "C", "아니요 감사합니다", "No, thanks", "P"),
    ("14:10:09", "A", "이용해 주셔서 감사합니다. 좋은 하루 보내세요!", "Thank you for contacting us. Have a great day!", "P"),
    ("14:10:15", "S", "상담이 종료되었습니다. 상담 만족도를 평가해 주세요 ★★★★★",
     "This chat has ended. Please rate your experience ★★★★★", "P"),
]
