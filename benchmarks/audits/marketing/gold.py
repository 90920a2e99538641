"""A skincare brand's marketing material for the marketing audit, both languages written by
hand (transcreated, not translated: puns replaced, sentences merged, reordered and dropped),
and its gold, as data.

One brand, Mulgyeol Lab (물결랩), and its new moisturizer, Barrier Water Cream:

``LANDING``: the product's landing page (a slogan whose pun, "피부가 물 만났다", the English
replaces with "Skin, in its element."; a price line; a call to action "지금 구매하기" / "Shop
now"; "✓ 피부 진정" benefit bullets; ingredient call-outs, a sentence the English drops; a
clinical claim with an asterisk; numbered steps; reviews with stars and a reviewer line, one
Korean only and one English only; hashtags; a company footer each side its own).
``PRESS``: the launch press kit (labels, a headline and subhead, a dateline, a CEO's quote in
one Korean sentence and two English ones, a revenue sentence Korean only, a photo caption,
"###", an "About" boilerplate, a media contact, a download line English only).
``STORY``: the brand story page, loose: sentences merged (2-1, 3-2), reordered inside a bead,
one dropped.
``INSTAGRAM``: five captions (emoji, line breaks inside a sentence, keycap numbers, @mentions,
"👉 링크는 프로필에" / "👉 Link in bio", hashtags, a rule line each side only).
``NEWSLETTER``: an e-mail newsletter (subject and hidden preheader, "웹에서 보기", a hero, a
CTA, product cards with struck prices, an editor's note merged and split, a coupon, a footer:
수신거부 Korean only, unsubscribe English only, the address lines).
``COMMERCIAL``: a 30-second TV commercial script (scene headings "S#1." / "SC. 1 –", scene
directions in brackets, "NA:" / "VO:" voice-over, "자막:" / "SUPER:" on-screen supers,
dialogue, an agency note Korean only, an adaptation note English only).

A document is a list of entries, its lines in reading order:

  ("P", [(ko, en[, D]), ...][, tag])  a line on each side, its sentences' gold pairs, joined
                                by a space into one line; ko or en "": that sentence one
                                side only (to be left unpaired); D: a pair that may be made
                                or not.
  ("G", [(ko, en), ...][, tag]) a line whose gold is the line whole, or its sentences as
                                listed (a 2-2 bead, two sentences each that may go either way).
  ("S", [(ko, en[, D]), ...][, tag]) lines one under another that make one sentence (an
                                Instagram caption's line breaks): gold is the line pairs, or
                                the lines together whole.
  ("K", text[, tag]) / ("E", text[, tag])  a line only the Korean / English side has.
  ("L", ko, en[, tag])          a line each side that may pair or not (each its own line).

``tag`` is the line's kind in HTML or Word ("h1", "h2", "li", "p", …; default "p").
"""

D = "debatable"

# ---------------------------------------------------------------- 1 the landing page
LANDING_NAV = {"ko": ["브랜드 스토리", "스킨케어", "이벤트", "로그인", "장바구니"],
               "en": ["Our Story", "Skincare", "Offers", "Sign in", "Bag"]}

LANDING = [
    ("P", [("신규 회원 첫 구매 15% 할인 + 무료배송", "New here? Take 15% off your first order, plus free shipping", D)], "topbar"),
    ("P", [("NEW 배리어 워터 크림", "NEW Barrier Water Cream", D)], "eyebrow"),
    ("P", [("피부가 물 만났다", "Skin, in its element.")], "h1"),
    ("P", [("72시간 지속되는 가벼운 수분 장벽 크림", "The featherlight barrier cream that keeps skin hydrated for 72 hours")], "sub"),
    ("P", [("50ml · 38,000원", "50 ml · $29", D)], "price"),
    ("P", [("지금 구매하기", "Shop now")], "cta"),
    ("P", [("물결 크림이 하는 일", "What it does")], "h2"),
    ("P", [("✓ 피부 진정", "✓ Calms redness")], "li"),
    ("P", [("✓ 속건조 해결", "✓ Quenches deep-down dryness")], "li"),
    ("P", [("✓ 끈적임 없는 마무리", "✓ Zero sticky finish")], "li"),
    ("P", [("✓ 민감성 피부 테스트 완료", "✓ Tested on sensitive skin")], "li"),
    ("P", [("핵심 성분", "The good stuff")], "h2"),
    ("P", [("세라마이드 NP", "Ceramide NP")], "h3"),
    ("P", [("무너진 피부 장벽을 촘촘하게 채워 줍니다.", "Fills in the gaps of a weakened skin barrier.")], "p"),
    ("P", [("판테놀 5%", "5% Panthenol")], "h3"),
    ("P", [("붉어지고 예민해진 피부를 빠르게 진정시켜요.", "Takes the heat out of red, reactive skin, fast.")], "p"),
    ("P", [("제주 용암해수", "Jeju Lava Seawater")], "h3"),
    ("P", [("미네랄이 풍부한 제주 용암해수가 수분을 오래 붙잡아 둡니다.",
            "Mineral-rich water drawn from deep beneath Jeju Island helps lock moisture in."),
           ("크림 한 통을 만들기까지 약 2리터의 해수가 정제 과정을 거쳐요.", "")], "p"),
    ("P", [("* 인체적용시험 결과, 사용 직후 피부 수분량 83% 증가 (n=32, 2026.01, 한국피부과학연구원)",
            "*Skin hydration up 83% immediately after use in a clinical test (n=32, January 2026, independent lab).")], "small"),
    ("P", [("사용 방법", "How to use")], "h2"),
    ("P", [("1. 스킨케어 마지막 단계에서 콩알만큼 덜어 주세요.",
            "1. Scoop out a pea-sized amount as the last step of your routine.")], "step"),
    ("P", [("2. 얼굴 안쪽에서 바깥쪽으로 부드럽게 펴 발라 주세요.", "2. Smooth it outward from the center of your face.")], "step"),
    ("P", [("3. 건조한 부위에는 한 번 더 덧발라 주세요.", "3. Layer a little more on dry patches."),
           ("자기 전에 듬뿍 바르면 수면팩으로도 좋아요.", "Apply a thick layer before bed for an overnight mask.")], "step"),
    ("P", [("리뷰 1,284개 ★ 4.8", "Reviews (1,284) ★ 4.8", D)], "h2"),
    ("P", [("★★★★★ 환절기마다 뒤집어지던 피부가 이번엔 조용히 넘어갔어요.",
            "★★★★★ My skin usually freaks out every time the seasons change, but not this time."),
           ("재구매 의사 100%!", "Already bought my second jar!")], "review"),
    ("P", [("jiyoung*** · 복합성 · 2026.02.11", "jiyoung*** · Combination skin · Feb 11, 2026", D)], "reviewer"),
    ("P", [("★★★★☆ 보습력은 최고인데 향이 조금만 더 은은했으면 좋겠어요.",
            "★★★★☆ The moisture is amazing, but I wish the scent were a little softer.")], "review"),
    ("P", [("minho_k · 건성 · 2026.02.19", "minho_k · Dry skin · Feb 19, 2026", D)], "reviewer"),
    ("K", "★★★★★ 남편이랑 같이 써요 ㅎㅎ 용량이 좀 더 컸으면 좋겠어요~", "review"),
    ("K", "ㅇㅇ맘 · 지성 · 2026.02.23", "reviewer"),
    ("E", "★★★★★ Finally a moisturizer that doesn't pill under my sunscreen.", "review"),
    ("E", "Rachel T. · Verified buyer · Feb 25, 2026", "reviewer"),
    ("P", [("#수분크림 #진정크림 #속건조 #물결랩", "#moisturizer #hydration #sensitiveskin #mulgyeollab", D)], "tags"),
]

LANDING_FOOTER = [
    ("K", "(주)물결랩 | 대표 한서윤 | 사업자등록번호 214-88-03517 | 통신판매업신고 2021-서울성동-0421", "footer"),
    ("K", "고객센터 1588-7712 (평일 10:00~17:00, 점심 12:00~13:00)", "footer"),
    ("E", "Questions? Chat with us Mon–Fri, 9 AM–5 PM ET.", "footer"),
    ("P", [("© 2026 Mulgyeol Lab. All rights reserved.", "© 2026 Mulgyeol Lab. All rights reserved.", D)], "footer"),
]

# ---------------------------------------------------------------- 2 the press kit
PRESS = [
    ("P", [("보도자료", "PRESS RELEASE", D)], "label"),
    ("L", "2026년 3월 10일(화) 배포 | 즉시 보도 가능", "FOR IMMEDIATE RELEASE", "label"),
    ("P", [("물결랩, 72시간 보습 '배리어 워터 크림' 출시… 민감 피부 위한 '가벼운 장벽 크림'",
            "Mulgyeol Lab Launches Barrier Water Cream, a Lightweight 72-Hour Moisturizer for Sensitive Skin")], "h1"),
    ("P", [("- 세라마이드·판테놀·제주 용암해수 배합, 출시 기념 팝업스토어 14일 성수동서 개막",
            "Ceramides, panthenol and Jeju lava seawater in a gel-cream texture; launch pop-up opens in Seoul's "
            "Seongsu-dong on March 14")], "h2"),
    ("P", [("클린 뷰티 브랜드 물결랩(대표 한서윤)이 10일 신제품 '배리어 워터 크림'을 출시했다고 밝혔다.",
            "SEOUL, March 10, 2026 – Clean beauty brand Mulgyeol Lab today announced the launch of Barrier Water "
            "Cream, its newest moisturizer."),
           ("배리어 워터 크림은 젤처럼 가볍게 발리면서도 무너진 피부 장벽을 채워 주는 것이 특징이다.",
            "The cream glides on like a gel while helping repair a damaged skin barrier.")]),
    ("P", [("세라마이드 NP와 판테놀 5%를 배합했으며, 정제수 대신 제주 용암해수를 사용해 미네랄 함량을 높였다.",
            "The formula pairs ceramide NP with 5% panthenol and swaps purified water for Jeju lava seawater, "
            "boosting its mineral content."),
           ("회사 측에 따르면 32명을 대상으로 한 인체적용시험에서 사용 직후 피부 수분량이 83% 증가했고, 72시간 후에도 41%의 개선 효과가 유지됐다.",
            "In a clinical test of 32 participants, skin hydration rose 83% immediately after application and was "
            "still 41% higher after 72 hours, according to the company.")]),
    ("P", [("한서윤 대표는 \"민감한 피부일수록 무거운 크림을 발라야 한다는 공식을 깨고 싶었다\"며 \"가볍지만 오래가는 보습, "
            "그게 물결랩이 생각하는 장벽 케어\"라고 말했다.",
            "\"We wanted to break the old rule that sensitive skin needs a heavy cream,\" said Seo-yoon Han, founder "
            "and CEO of Mulgyeol Lab. \"Light but long-lasting hydration: that's what barrier care means to us.\"")]),
    ("P", [("제품은 50ml 단일 용량으로 정가는 38,000원이며, 물결랩 공식 온라인몰과 올리브영 온·오프라인 매장에서 판매한다.",
            "Barrier Water Cream comes in a single 50 ml size at KRW 38,000 and is available from the Mulgyeol Lab "
            "online store and at Olive Young, in stores and online.")]),
    ("P", [("출시를 기념해 14일부터 23일까지 서울 성동구 성수동에서 팝업스토어 '물 만난 피부'를 운영한다.",
            "To celebrate the launch, the brand will run a pop-up store, \"Skin in Its Element,\" in Seongsu-dong, "
            "Seoul, from March 14 to 23."),
           ("팝업스토어에서는 피부 수분 측정과 1:1 피부 상담을 무료로 받을 수 있으며, 방문객 전원에게 미니어처 키트를 증정한다.",
            "Visitors can get a free skin hydration test and a one-on-one consultation, and everyone who stops by "
            "takes home a miniature kit.")]),
    ("P", [("한편 물결랩은 지난해 매출 120억 원을 기록하며 전년 대비 두 배 가까이 성장했다.", "")]),
    ("P", [("[사진] 물결랩 '배리어 워터 크림' 제품 이미지 (사진 제공: 물결랩)",
            "Photo: Mulgyeol Lab's Barrier Water Cream (courtesy of Mulgyeol Lab)")], "caption"),
    ("E", "###", "end"),
    ("P", [("물결랩 소개", "About Mulgyeol Lab")], "h2"),
    ("P", [("물결랩은 2021년 설립된 클린 뷰티 브랜드로, '피부에 물길을 낸다'는 철학 아래 민감 피부를 위한 저자극 보습 제품을 만든다.",
            "Founded in 2021, Mulgyeol Lab is a Seoul-based clean beauty brand that makes gentle, hydration-first "
            "skincare for sensitive skin."),
           ("현재 국내 1,200여 개 매장과 미국, 일본, 싱가포르 등 8개국에 진출해 있다.",
            "Its products are sold in some 1,200 stores across Korea and in eight markets, including the United "
            "States, Japan and Singapore.")], "small"),
    ("P", [("미디어 문의", "Media Contact")], "h2"),
    ("P", [("물결랩 홍보팀 박나래 매니저", "Narae Park, PR Manager, Mulgyeol Lab", D)], "contact"),
    ("P", [("press@mulgyeol.com | 02-6952-3310", "press@mulgyeol.com | +82-2-6952-3310", D)], "contact"),
    ("E", "High-resolution images are available for download at mulgyeol.com/press.", "contact"),
]

# ---------------------------------------------------------------- 3 the brand story (loose)
STORY = [
    ("P", [("우리의 이야기", "Our Story")], "h1"),
    ("P", [("시작은 욕실 선반 위의 작은 불만이었습니다.", "It started with a small frustration on a bathroom shelf."),
           ("창업자 한서윤은 오랫동안 민감성 피부로 고생했습니다. 좋다는 크림은 다 써 봤지만, 순한 제품은 금세 건조해졌고 "
            "보습력이 좋은 제품은 너무 무거웠습니다.",
            "Our founder, Seo-yoon Han, had battled sensitive skin for years and tried every cream she could find: "
            "the gentle ones left her dry, and the rich ones felt like wearing a mask.")]),
    ("P", [("그래서 직접 만들기로 했습니다.", "So she decided to make her own."),
           ("2년 동안 412번의 시제품을 거쳤습니다. 그리고 마침내, 물처럼 가볍지만 크림처럼 오래가는 제형을 찾았습니다.",
            "It took two years and 412 prototypes to land on a texture as light as water that lasts like a cream.")]),
    ("P", [("물결랩이라는 이름은 제주 바다에서 왔습니다. 한 대표는 제주에서 나고 자랐습니다.",
            "Han grew up on Jeju Island, and our name, Mulgyeol (\"wave\" in Korean), comes from the sea there."),
           ("밀려왔다 물러가는 물결처럼, 피부에도 수분이 쉼 없이 오가야 한다고 믿습니다.",
            "Like waves that roll in and out, moisture should keep moving through your skin.")]),
    # reordered: the Korean's first two sentences are the English's second, its third the first
    ("P", [("우리는 성분표를 숨기지 않습니다. 모든 제품의 전 성분과 그 성분을 넣은 이유를 홈페이지에 공개합니다. "
            "동물 실험은 하지 않으며, 용기의 70%는 재활용 플라스틱으로 만듭니다.",
            "We never test on animals, and 70% of our packaging is made from recycled plastic. "
            "And we have nothing to hide: every ingredient in every product, and why it's there, is listed on our "
            "website.")]),
    ("P", [("물론 아직 완벽하지 않습니다.", ""),
           ("리필 스테이션은 서울 두 곳에서만 운영 중이고, 종이 포장재 전환은 올해 안에 마무리할 계획입니다.",
            "Our refill stations are open in just two Seoul locations so far, and we'll finish switching to paper "
            "packaging by the end of this year.")]),
    ("P", [("피부가 물 만난 듯 편안해지는 순간. 물결랩이 매일 만들고 싶은 장면입니다.",
            "That moment your skin feels right at home: that's what we set out to create, every single day.")]),
    ("P", [("물결랩 드림", "The Mulgyeol Lab team", D)], "sign"),
]

# ---------------------------------------------------------------- 4 Instagram captions
# Each post: its lines (entries); the bilingual layouts give a post's Korean caption, then its English.
INSTAGRAM = [
    [("P", [("💧 드디어 공개합니다 💧", "💧 It's finally here 💧")]),
     ("S", [("물처럼 가볍고, 크림처럼 오래가는", "Light as water, lasts like a cream:"),
            ("배리어 워터 크림 NEW ✨", "meet Barrier Water Cream ✨")]),
     ("P", [("3월 10일 오전 10시, 공식몰 단독 선오픈!", "Drops March 10 at 10 AM KST, on our online store first!")]),
     ("P", [("👉 링크는 프로필에", "👉 Link in bio")]),
     ("P", [("#물결랩 #배리어워터크림 #신상 #수분크림", "#mulgyeollab #barrierwatercream #newlaunch #moisturizer", D)])],
    [("P", [("🎁 팔로우 이벤트 🎁", "🎁 GIVEAWAY 🎁")]),
     ("P", [("배리어 워터 크림 정품을 10분께 드려요!", "We're giving away a full-size Barrier Water Cream to 10 lucky winners!")]),
     ("P", [("참여 방법", "How to enter:")]),
     ("P", [("1️⃣ @mulgyeol.lab 팔로우", "1️⃣ Follow @mulgyeol.lab")]),
     ("P", [("2️⃣ 이 게시물에 좋아요 ❤️", "2️⃣ Like this post ❤️")]),
     ("P", [("3️⃣ 함께 쓰고 싶은 친구 2명 태그하기", "3️⃣ Tag two friends you'd share it with")]),
     ("P", [("📅 기간: 3/10(화) ~ 3/16(월)", "📅 Ends March 16")]),
     ("P", [("📢 당첨자 발표: 3/18(수) 스토리 공지", "📢 Winners announced in our Stories on March 18")]),
     ("K", "※ 당첨 안내 DM에 3일 이내 회신이 없으면 당첨이 취소됩니다."),
     ("E", "Open to US residents 18+. This giveaway is not sponsored, endorsed or administered by Instagram."),
     ("P", [("#물결랩이벤트 #팔로우이벤트 #인스타이벤트", "#giveaway #skincaregiveaway #mulgyeollab", D)])],
    [("P", [("피부가 물 만났다 🌊", "Skin, in its element 🌊")]),
     ("P", [("@daily.haneul 님의 아침 루틴에 물결 크림이 함께했어요 🥹",
             "Our cream made it into @daily.haneul's morning routine 🥹")]),
     ("P", [("\"세안하고 바로 바르면 하루 종일 당김이 없어요\"라는 후기, 저희가 더 감동이에요…",
             "\"No tightness all day when I put it on right after cleansing.\" Honestly, we're the ones tearing up.")]),
     ("P", [("📸 @daily.haneul", "📸 @daily.haneul", D)]),
     ("P", [("#repost #물결랩 #데일리루틴", "#repost #mulgyeollab #morningroutine", D)])],
    [("G", [("속건조 타파 꿀팁 3가지 💡 ", "3 ways to beat deep-down dryness 💡 "),
            ("(저장해 두고 보세요!)", "Save this for later!")]),
     ("P", [("① 세안 후 3분 안에 보습하기", "① Moisturize within 3 minutes of cleansing")]),
     ("P", [("② 뜨거운 물 대신 미지근한 물로 세안하기", "② Wash with lukewarm water, not hot")]),
     ("P", [("③ 자기 전 크림 듬뿍 = 수면팩", "③ A thick layer before bed = instant sleeping mask")]),
     ("P", [("여러분만의 꿀팁도 댓글로 알려 주세요 👇", "Got a tip of your own? Drop it in the comments 👇")]),
     ("P", [("#속건조 #보습꿀팁 #스킨케어루틴", "#dryskin #skincaretips #skincareroutine", D)])],
    [("P", [("📍 팝업스토어 '물 만난 피부' OPEN", "📍 Our pop-up \"Skin in Its Element\" is now open!")]),
     ("P", [("3.14 - 3.23 | 성수동 연무장길 38", "Mar 14–23 | 38 Yeonmujang-gil, Seongsu-dong, Seoul")]),
     ("P", [("수분 측정 & 1:1 피부 상담 무료 ✔️", "Free hydration test & 1:1 skin consultation ✔️")]),
     ("P", [("방문 인증하면 미니어처 키트 증정 🎀", "Post a check-in and take home a free mini kit 🎀")]),
     ("P", [("주말엔 웨이팅이 길 수 있어요 🙏 평일 방문 추천!", "Weekends get busy, so come on a weekday if you can 🙏")]),
     ("P", [("#성수팝업 #물결랩팝업 #성수동", "#seongsupopup #mulgyeollab #seoulpopup", D)])],
]

# ---------------------------------------------------------------- 5 the e-mail newsletter
NEWSLETTER_SUBJECT = ("(광고) [물결랩] 봄맞이 수분 충전 🌸 전 제품 최대 30% 할인",
                      "Spring is here 🌸 Up to 30% off everything")
NEWSLETTER_PREHEADER = ("앱에서 쿠폰 쓰면 10% 더! 이번 주 일요일까지만.", "Plus an extra 10% with code SPRING10. Ends Sunday.")

NEWSLETTER = [
    # (the line whole, or its two sentences, may pair or not: see make.newsletter_html)
    ("P", [("메일이 잘 보이지 않나요?", "Trouble viewing this email?", D), ("웹에서 보기", "View it in your browser", D)], "web"),
    ("P", [("봄바람이 불면, 피부는 목이 말라요", "Spring breeze, thirsty skin.")], "h1"),
    ("P", [("환절기 피부를 위한 수분 충전 위크.", "It's Hydration Week for skin caught between seasons."),
           ("3월 20일부터 26일까지 전 제품을 최대 30% 할인해 드려요.", "Take up to 30% off everything, March 20–26.")]),
    ("P", [("할인 상품 보러 가기", "Shop the sale")], "cta"),
    ("P", [("이번 주 베스트", "This week's bestsellers")], "h2"),
    ("P", [("배리어 워터 크림 50ml", "Barrier Water Cream, 50 ml")], "name"),
    ("P", [("38,000원 → 26,600원", "$29 → $20.30", D)], "price"),
    ("P", [("판테놀 시카 토너 200ml", "Panthenol Cica Toner, 200 ml")], "name"),
    ("P", [("24,000원 → 16,800원", "$19 → $13.30", D)], "price"),
    ("P", [("용암해수 미스트 100ml", "Lava Seawater Face Mist, 100 ml")], "name"),
    ("P", [("18,000원 → 14,400원", "$15 → $12", D)], "price"),
    ("P", [("에디터의 노트", "From the editor")], "h2"),
    ("P", [("환절기에는 세안 후 토너를 건너뛰지 마세요. 피부가 물을 머금을 준비를 시켜 주거든요.",
            "Don't skip toner when the seasons change: it preps your skin to drink in moisture."),
           ("토너를 손바닥에 덜어 가볍게 눌러 준 뒤, 크림으로 마무리하면 끝!",
            "Press a little into your skin with your palms, then seal it all in with cream. That's it!")]),
    ("P", [("앱 전용 쿠폰", "Extra savings")], "h2"),
    ("P", [("결제 시 코드 SPRING10을 입력하면 10% 추가 할인 (3만 원 이상 구매 시)",
            "Enter code SPRING10 at checkout for an extra 10% off orders over $25.")]),
]

NEWSLETTER_FOOTER = [
    ("L", "본 메일은 2026년 3월 18일 기준으로 광고성 정보 수신에 동의하신 회원님께 발송되었습니다.",
     "You're receiving this email because you signed up for news and offers from Mulgyeol Lab.", "footer"),
    # each side's opt-out line, worded by each law and each mail tool: loose counterparts
    ("L", "더 이상 메일 수신을 원하지 않으시면 [수신거부]를 클릭해 주세요.",
     "Don't want these emails anymore? Unsubscribe or update your preferences.", "footer"),
    ("L", "(주)물결랩 | 서울특별시 성동구 연무장길 38, 3층 | 사업자등록번호 214-88-03517 | 고객센터 1588-7712",
     "Mulgyeol Lab Inc. | 38 Yeonmujang-gil, 3F, Seongdong-gu, Seoul 04782, South Korea", "footer"),
    ("P", [("© 2026 Mulgyeol Lab. All rights reserved.", "© 2026 Mulgyeol Lab. All rights reserved.", D)], "footer"),
]

# ---------------------------------------------------------------- 6 the TV commercial script
COMMERCIAL = [
    ("P", [("물결랩 배리어 워터 크림 TV CF 30초 '물 만난 피부' 편",
            "Mulgyeol Lab Barrier Water Cream – 30\" TV spot, \"Skin in Its Element\"")], "title"),
    ("P", [("최종안 (2026.02.27)", "FINAL – Feb 27, 2026", D)], "meta"),
    ("P", [("S#1. 새벽, 건조한 사무실", "SC. 1 – DAWN. A DRY OFFICE")], "scene"),
    ("G", [("(에어컨 바람에 서류가 날린다. ", "(Papers flutter in the blast of the air conditioner. "),
           ("30대 여자가 모니터 앞에서 얼굴을 찡그리며 볼을 만진다.)",
            "A woman in her 30s winces at her monitor and touches her cheek.)")], "action"),
    ("P", [("SFX: 바스락, 종이가 말라 가는 소리", "SFX: Crinkling, like paper drying out")], "audio"),
    ("P", [("NA: 당신의 피부, 지금 사막에 있나요?", "VO: Is your skin stuck in the desert?")], "audio"),
    ("P", [("S#2. 욕실", "SC. 2 – BATHROOM")], "scene"),
    ("P", [("(여자가 손등에 크림을 덜자, 크림이 물방울처럼 톡 터진다.)",
            "(She dabs cream onto the back of her hand. It bursts like a water droplet.)")], "action"),
    ("P", [("자막: 72시간 수분 지속*", "SUPER: 72-HOUR HYDRATION*")], "super"),
    ("P", [("NA: 물처럼 가볍게, 크림처럼 오래.", "VO: Light as water. Lasts like a cream.")], "audio"),
    ("P", [("S#3. 제주 바다 (CG)", "SC. 3 – JEJU SEA (CG)")], "scene"),
    ("P", [("(여자의 얼굴 위로 파도가 부드럽게 밀려왔다 빠진다. 피부에 윤기가 돈다.)",
            "(A gentle wave washes over her face and pulls back, leaving her skin glowing.)")], "action"),
    ("P", [("NA: 제주 용암해수와 세라마이드가 무너진 장벽을 채워 줍니다.",
            "VO: Jeju lava seawater and ceramides rebuild your skin barrier.")], "audio"),
    ("P", [("자막: 세라마이드 NP · 판테놀 5% · 제주 용암해수", "SUPER: CERAMIDE NP · 5% PANTHENOL · JEJU LAVA SEAWATER")], "super"),
    ("P", [("S#4. 다시 사무실, 낮", "SC. 4 – THE OFFICE, DAY")], "scene"),
    ("G", [("(에어컨 바람이 여전한데도 여자는 여유롭게 웃는다. ",
            "(The air conditioner is still roaring, but she smiles, unbothered. "),
           ("동료가 고개를 내민다.)", "A coworker leans over.)")], "action"),
    ("P", [("동료: 요즘 피부 왜 이렇게 좋아?", "COWORKER: Okay, what's your secret?")], "audio"),
    ("P", [("여자: 물 만났지 뭐.", "WOMAN: I'm in my element.")], "audio"),
    ("P", [("S#5. 엔딩 패키지 컷", "SC. 5 – END PACKSHOT")], "scene"),
    ("G", [("NA: 피부가 물 만났다. ", "VO: Skin, in its element. "), ("물결랩.", "Mulgyeol Lab.")], "audio"),
    ("P", [("자막: 물결랩 배리어 워터 크림", "SUPER: MULGYEOL LAB BARRIER WATER CREAM")], "super"),
    ("P", [("자막: *인체적용시험 결과, 개인차가 있을 수 있음", "SUPER: *Based on a clinical test. Individual results may vary.")], "super"),
    ("P", [("로고 & 징글 (3초)", "LOGO & JINGLE (3 SEC.)")], "audio"),
    ("K", "※ 광고 심의용: '72시간' 표현 근거 자료(시험 성적서) 첨부 필요", "note"),
    ("E", "Note for the adaptation team: the Korean pun (물 만났다, literally \"met water\") is carried over as an "
          "English idiom; no subtitle needed.", "note"),
]
