"""A game studio's Korean source and English localization, as a localization engineer
gathers it to build a translation memory from shipped material; both languages written by
hand for this audit (the game, "Starfall Chronicles" / 스타폴 크로니클, is imagined).

``PATCH_*``: v1.4.2 patch notes as Markdown (``#`` / ``###`` headings, ``-`` bullets, stat
changes with arrows, skill and item names in 「」 and '' against quotes in English, two
Korean bullets the English merges, a bullet only English has, known issues, an apology and
compensation line for a Korean server only). ``HOTFIX_*``: a v1.4.3 hotfix note as
Markdown, "버그 수정" / "Bug Fixes" and "기타 버그 수정" three times each, a heading the
same in both ("PC"), emoji. ``EVENT_*`` and ``MAINT_*``: a store event notice and a
maintenance notice as the game's website pages (menu, breadcrumbs, meta line, share
buttons, previous/next links, footer: site chrome never to pair), dates and times in KST,
prices in won against dollars. ``QUEST``: a quest's dialogue, a line per entry (speaker
name lines, "...", "뭐?!" / "Huh?!", choices one line in Korean and two in English, a
narration the English makes one sentence of, a stage direction only Korean has, reward
lines). ``ACHIEVEMENTS``: 16 achievements, title and description (a title kept in English
on both sides, "???"). ``STRINGS``: an item and skill string table ``(key, ko, en)`` with
``{0}``, ``%d``, ``%%``, ``<color=#FF0000>…</color>``, ``<b>``, a literal ``\\n``, empty
cells, a name the same on both sides, emoji.

Gold (see ``make.py`` for how each layout's gold is put together): ``pairs`` (ko, en) to
find, each as many times as it occurs; ``debatable`` pairs that may be made or not;
``unpaired`` (lang, text) lines without counterpart; ``either``, texts the same on both
sides or near it ("...", "PC", "Kaira") that may be paired or left unpaired;
``never_paired``, site chrome no pair may hold; ``tokens``, placeholders and names that a
pair or unpaired segment must hold whole.
"""

# --------------------------------------------------------------------------- patch notes

PATCH_KO = """\
# v1.4.2 패치 노트

2026.12.10(목)

안녕하세요, 모험가 여러분! 스타폴 크로니클 개발팀입니다.
v1.4.2 업데이트 내용을 안내해 드립니다.

### [신규 콘텐츠]

- 신규 레이드 「잿빛 첨탑」이 추가되었습니다.
- 신규 영웅 'Kaira'가 추가되었습니다. 전용 스토리 퀘스트 「꺼진 등대」도 함께 열립니다.
- 겨울 한정 이벤트 던전 「얼어붙은 항구」가 열립니다. ❄️
- 길드 창고가 50칸에서 80칸으로 확장되었습니다.

### [밸런스 조정]

- 전사 「대지 가르기」 공격력 120 → 135
- 전사 「대지 가르기」 재사용 대기시간 8초 → 6초
- 궁수 「연사」의 피해량이 15% 감소합니다.
- 마법사 「서리 창」 둔화 지속 시간 2초 → 3초
- 'Kaira'의 기본 이동 속도가 5% 증가합니다.
- 치유사 「정화의 빛」 마나 소모량 40 → 30 (-25%)

### [버그 수정]

- 특정 상황에서 「잿빛 첨탑」의 보스가 무적 상태가 되던 현상을 수정했습니다.
- 파티 초대를 보낼 때 게임이 종료되던 문제를 수정했습니다.
- 일부 메뉴에서 UI 텍스트가 잘려 보이던 현상을 수정했습니다.

### [알려진 문제]

- 일부 Android 기기에서 로딩 화면이 오래 지속되는 현상이 있습니다. 다음 패치에서 수정할 예정입니다.

※ 12월 9일 한국 서버 점검이 예정보다 3시간 연장되어 불편을 드린 점 진심으로 사과드립니다. 보상으로 모든 모험가분께 「빛나는 결정」 300개를 우편으로 보내 드립니다.

감사합니다.
"""

PATCH_EN = """\
# Patch Notes v1.4.2

December 10, 2026

Hello, Adventurers! This is the Starfall Chronicles dev team.
Here's what's new in v1.4.2.

### [New Content]

- New raid: "Ashen Spire" is now available.
- New hero Kaira joins the roster, along with her story quest "The Dark Lighthouse".
- The winter event dungeon "Frozen Harbor" is now open! ❄️
- Guild storage has been expanded from 50 to 80 slots.

### [Balance Changes]

- Warrior "Earthsplitter": Attack 120 → 135, Cooldown 8s → 6s
- Ranger "Rapid Fire" damage reduced by 15%.
- Mage "Frost Lance" slow duration 2s → 3s
- Kaira's base movement speed increased by 5%.
- Healer "Purifying Light" mana cost 40 → 30 (-25%)

### [Bug Fixes]

- Fixed an issue where the "Ashen Spire" boss could become invulnerable in certain situations.
- Fixed a crash when sending a party invite.
- Fixed UI text being cut off in some menus.
- Fixed a typo in Kaira's hero description.

### [Known Issues]

- Loading screens may take longer than usual on some Android devices. We plan to fix this in the next patch.

Thank you for playing!
"""

PATCH_GOLD = {
    "pairs": [
        ("v1.4.2 패치 노트", "Patch Notes v1.4.2"),
        ("2026.12.10(목)", "December 10, 2026"),
        ("안녕하세요, 모험가 여러분!", "Hello, Adventurers!"),
        ("스타폴 크로니클 개발팀입니다.", "This is the Starfall Chronicles dev team."),
        ("v1.4.2 업데이트 내용을 안내해 드립니다.", "Here's what's new in v1.4.2."),
        ("[신규 콘텐츠]", "[New Content]"),
        ("신규 레이드 「잿빛 첨탑」이 추가되었습니다.", "New raid: \"Ashen Spire\" is now available."),
        ("신규 영웅 'Kaira'가 추가되었습니다. 전용 스토리 퀘스트 「꺼진 등대」도 함께 열립니다.",
         "New hero Kaira joins the roster, along with her story quest \"The Dark Lighthouse\"."),
        ("겨울 한정 이벤트 던전 「얼어붙은 항구」가 열립니다. ❄️", "The winter event dungeon \"Frozen Harbor\" is now open! ❄️"),
        ("길드 창고가 50칸에서 80칸으로 확장되었습니다.", "Guild storage has been expanded from 50 to 80 slots."),
        ("[밸런스 조정]", "[Balance Changes]"),
        ("전사 「대지 가르기」 공격력 120 → 135 전사 「대지 가르기」 재사용 대기시간 8초 → 6초",
         "Warrior \"Earthsplitter\": Attack 120 → 135, Cooldown 8s → 6s"),
        ("궁수 「연사」의 피해량이 15% 감소합니다.", "Ranger \"Rapid Fire\" damage reduced by 15%."),
        ("마법사 「서리 창」 둔화 지속 시간 2초 → 3초", "Mage \"Frost Lance\" slow duration 2s → 3s"),
        ("'Kaira'의 기본 이동 속도가 5% 증가합니다.", "Kaira's base movement speed increased by 5%."),
        ("치유사 「정화의 빛」 마나 소모량 40 → 30 (-25%)", "Healer \"Purifying Light\" mana cost 40 → 30 (-25%)"),
        ("[버그 수정]", "[Bug Fixes]"),
        ("특정 상황에서 「잿빛 첨탑」의 보스가 무적 상태가 되던 현상을 수정했습니다.",
         "Fixed an issue where the \"Ashen Spire\" boss could become invulnerable in certain situations."),
        ("파티 초대를 보낼 때 게임이 종료되던 문제를 수정했습니다.", "Fixed a crash when sending a party invite."),
        ("일부 메뉴에서 UI 텍스트가 잘려 보이던 현상을 수정했습니다.", "Fixed UI text being cut off in some menus."),
        ("[알려진 문제]", "[Known Issues]"),
        ("일부 Android 기기에서 로딩 화면이 오래 지속되는 현상이 있습니다.",
         "Loading screens may take longer than usual on some Android devices."),
        ("다음 패치에서 수정할 예정입니다.", "We plan to fix this in the next patch."),
        ("감사합니다.", "Thank you for playing!"),
    ],
    "debatable": [
        # the "❄️" a segment of its own, or the two-sentence bullet as two 1-1 halves
        ("겨울 한정 이벤트 던전 「얼어붙은 항구」가 열립니다.", "The winter event dungeon \"Frozen Harbor\" is now open!"),
    ],
    "unpaired": [
        ("en", "Fixed a typo in Kaira's hero description."),
        ("ko", "※ 12월 9일 한국 서버 점검이 예정보다 3시간 연장되어 불편을 드린 점 진심으로 사과드립니다."),
        ("ko", "보상으로 모든 모험가분께 「빛나는 결정」 300개를 우편으로 보내 드립니다."),
    ],
    "tokens": ["120 → 135", "8초 → 6초", "8s → 6s", "(-25%)", "「대지 가르기」", "\"Earthsplitter\"", "'Kaira'", "❄️"],
}

HOTFIX_KO = """\
# 🔧 v1.4.3 핫픽스 안내

2026.12.12(토) 08:00 ~ 08:30 (KST) 임시 점검 후 적용되었습니다.

### PC

버그 수정

- 「얼어붙은 항구」에 입장할 때 화면이 검게 멈추던 현상을 수정했습니다.
- 기타 버그 수정

### 모바일

버그 수정

- 일부 Android 기기에서 로딩이 길어지던 현상을 수정했습니다.
- iOS에서 'Kaira'의 음성이 재생되지 않던 문제를 수정했습니다.
- 기타 버그 수정

### 공통

버그 수정

- 「대지 가르기」 툴팁에 재사용 대기시간이 8초로 표시되던 오류를 수정했습니다.
- 길드 창고가 80칸이 아닌 50칸으로 표시되던 현상을 수정했습니다.
- 기타 버그 수정

⚠️ 핫픽스 적용 전에 구매하신 「겨울 축제 패키지」도 정상적으로 지급되었습니다.

앞으로 더욱 안정적인 서비스를 제공할 수 있도록 노력하겠습니다.
"""

HOTFIX_EN = """\
# 🔧 Hotfix v1.4.3

Applied after a brief maintenance on Dec 12 (Sat), 08:00–08:30 KST.

### PC

Bug Fixes

- Fixed the screen freezing on black when entering "Frozen Harbor".
- Other bug fixes

### Mobile

Bug Fixes

- Fixed long loading times on some Android devices.
- Fixed Kaira's voice lines not playing on iOS.
- Other bug fixes

### All Platforms

Bug Fixes

- Fixed the "Earthsplitter" tooltip showing an 8s cooldown.
- Fixed guild storage showing 50 slots instead of 80.
- Other bug fixes

⚠️ Winter Festival Packages bought before the hotfix have also been delivered as normal.

We'll keep working to make the game more stable for everyone.

See you in the Frozen Harbor! ❄️
"""

HOTFIX_GOLD = {
    "pairs": [
        ("🔧 v1.4.3 핫픽스 안내", "🔧 Hotfix v1.4.3"),
        ("2026.12.12(토) 08:00 ~ 08:30 (KST) 임시 점검 후 적용되었습니다.",
         "Applied after a brief maintenance on Dec 12 (Sat), 08:00–08:30 KST."),
        ("버그 수정", "Bug Fixes"),
        ("「얼어붙은 항구」에 입장할 때 화면이 검게 멈추던 현상을 수정했습니다.",
         "Fixed the screen freezing on black when entering \"Frozen Harbor\"."),
        ("기타 버그 수정", "Other bug fixes"),
        ("모바일", "Mobile"),
        ("버그 수정", "Bug Fixes"),
        ("일부 Android 기기에서 로딩이 길어지던 현상을 수정했습니다.", "Fixed long loading times on some Android devices."),
        ("iOS에서 'Kaira'의 음성이 재생되지 않던 문제를 수정했습니다.", "Fixed Kaira's voice lines not playing on iOS."),
        ("기타 버그 수정", "Other bug fixes"),
        ("공통", "All Platforms"),
        ("버그 수정", "Bug Fixes"),
        ("「대지 가르기」 툴팁에 재사용 대기시간이 8초로 표시되던 오류를 수정했습니다.",
         "Fixed the \"Earthsplitter\" tooltip showing an 8s cooldown."),
        ("길드 창고가 80칸이 아닌 50칸으로 표시되던 현상을 수정했습니다.", "Fixed guild storage showing 50 slots instead of 80."),
        ("기타 버그 수정", "Other bug fixes"),
        ("⚠️ 핫픽스 적용 전에 구매하신 「겨울 축제 패키지」도 정상적으로 지급되었습니다.",
         "⚠️ Winter Festival Packages bought before the hotfix have also been delivered as normal."),
        ("앞으로 더욱 안정적인 서비스를 제공할 수 있도록 노력하겠습니다.", "We'll keep working to make the game more stable for everyone."),
    ],
    "either": ["PC"],
    "unpaired": [("en", "See you in the Frozen Harbor! ❄️")],
    "tokens": ["🔧", "08:00 ~ 08:30", "08:00–08:30", "⚠️", "'Kaira'"],
}

# --------------------------------------------------------------------------- web notices

CHROME_KO = ("""\
<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>{title} | 스타폴 크로니클 공식 사이트</title>
<script>window.dataLayer = window.dataLayer || [];</script></head>
<body>
<header class="gnb"><a class="logo" href="/ko">스타폴 크로니클</a>
<nav><ul><li><a href="/ko/news">공지사항</a></li><li><a href="/ko/events">이벤트</a></li><li><a href="/ko/guide">게임 가이드</a></li><li><a href="/ko/support">고객센터</a></li></ul></nav>
<a class="login" href="/login">로그인</a> <a class="cta" href="/download">게임 시작</a></header>
<main class="board">
<ol class="breadcrumb"><li>홈</li><li>공지사항</li><li>{crumb}</li></ol>
<article class="post">
""", """\
</article>
<div class="share"><span>공유하기</span> <button>페이스북</button> <button>X</button> <button>URL 복사</button></div>
<ul class="prev-next"><li>이전 글: {prev}</li><li>다음 글: {next}</li></ul>
<a class="list" href="/ko/news">목록</a>
</main>
<footer><p>(주)스타폴게임즈 | 대표이사 한지우 | 사업자등록번호 123-45-67890</p>
<p><a href="/terms">이용약관</a> · <a href="/privacy">개인정보처리방침</a> · <a href="/youth">청소년보호정책</a></p>
<p>© 2026 Starfall Games Corp. All rights reserved.</p></footer>
</body></html>
""")

CHROME_EN = ("""\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Starfall Chronicles Official Site</title>
<script>window.dataLayer = window.dataLayer || [];</script></head>
<body>
<header class="gnb"><a class="logo" href="/en">Starfall Chronicles</a>
<nav><ul><li><a href="/en/news">News</a></li><li><a href="/en/events">Events</a></li><li><a href="/en/guide">Game Guide</a></li><li><a href="/en/support">Support</a></li></ul></nav>
<a class="login" href="/login">Log In</a> <a class="cta" href="/download">Play Now</a></header>
<main class="board">
<ol class="breadcrumb"><li>Home</li><li>News</li><li>{crumb}</li></ol>
<article class="post">
""", """\
</article>
<div class="share"><span>Share</span> <button>Facebook</button> <button>X</button> <button>Copy URL</button></div>
<ul class="prev-next"><li>Previous: {prev}</li><li>Next: {next}</li></ul>
<a class="list" href="/en/news">Back to list</a>
</main>
<footer><p><a href="/terms">Terms of Service</a> · <a href="/privacy">Privacy Policy</a></p>
<p>© 2026 Starfall Games Corp. All rights reserved.</p></footer>
</body></html>
""")

EVENT_BODY_KO = """\
<h1>[이벤트] 겨울 축제 「별빛 눈송이」 상점 이벤트 안내</h1>
<p class="meta">작성일 2026.12.09 | 조회수 12,408</p>
<p>안녕하세요, 스타폴 크로니클입니다.</p>
<p>겨울 축제를 맞아 상점에서 특별 이벤트를 진행합니다. 기간 내에 접속하셔서 다양한 혜택을 받아 가세요! 🎁</p>
<h2>■ 이벤트 기간</h2>
<p>2026.12.10(목) 10:00 ~ 12.24(목) 23:59</p>
<h2>■ 이벤트 내용</h2>
<ul>
<li>「겨울 축제 패키지」 30% 할인 (9,900원 → 6,900원)</li>
<li>매일 첫 구매 시 「빛나는 결정」 x100 추가 지급</li>
<li>누적 구매 금액에 따라 한정 의상 「눈꽃 망토」 지급</li>
</ul>
<h2>■ 유의 사항</h2>
<ul>
<li>「겨울 축제 패키지」는 계정당 1회만 구매할 수 있습니다.</li>
<li>이벤트 보상은 우편함으로 지급되며, 수령하지 않은 보상은 30일 후 삭제됩니다.</li>
<li>이벤트 일정은 내부 사정에 따라 변경될 수 있습니다.</li>
</ul>
<p>앞으로도 스타폴 크로니클에 많은 관심과 사랑 부탁드립니다. 감사합니다.</p>
"""

EVENT_BODY_EN = """\
<h1>[Event] Winter Festival "Starlit Snowflake" Store Event</h1>
<p class="meta">Posted Dec 9, 2026 | 8,215 views</p>
<p>Greetings from the Starfall Chronicles team!</p>
<p>To celebrate the Winter Festival, we're running a special event in the Store. Log in during the event to claim a range of rewards! 🎁</p>
<h2>■ Event Period</h2>
<p>Dec 10 (Thu) 10:00 – Dec 24 (Thu) 23:59 KST</p>
<p><em>All times are in Korea Standard Time (UTC+9).</em></p>
<h2>■ Event Details</h2>
<ul>
<li>30% off the "Winter Festival Package" ($7.99 → $5.59)</li>
<li>Get an extra 100 "Radiant Crystals" with your first purchase each day</li>
<li>Earn the limited "Snowflake Cloak" outfit based on your total purchases</li>
</ul>
<h2>■ Please Note</h2>
<ul>
<li>The "Winter Festival Package" can be purchased only once per account.</li>
<li>Event rewards are sent to your Mailbox, and unclaimed rewards are deleted after 30 days.</li>
<li>The event schedule may change due to internal circumstances.</li>
</ul>
<p>Thank you for your continued love and support for Starfall Chronicles.</p>
"""

EVENT_KO = (CHROME_KO[0].format(title="[이벤트] 겨울 축제 상점 이벤트", crumb="이벤트") + EVENT_BODY_KO
            + CHROME_KO[1].format(prev="[점검] 12월 9일 정기 점검 안내", next="[공지] v1.4.2 패치 노트"))
EVENT_EN = (CHROME_EN[0].format(title="[Event] Winter Festival Store Event", crumb="Events") + EVENT_BODY_EN
            + CHROME_EN[1].format(prev="[Maintenance] Dec 9 Scheduled Maintenance", next="[Notice] Patch Notes v1.4.2"))

CHROME_NEVER = ["공지사항", "게임 가이드", "고객센터", "로그인", "게임 시작", "공유하기", "페이스북", "URL 복사", "이전 글",
                "다음 글", "목록", "사업자등록번호", "이용약관", "개인정보처리방침", "All rights reserved", "Game Guide", "Support",
                "Log In", "Play Now", "Share", "Copy URL", "Previous:", "Next:", "Back to list", "Terms of Service",
                "Privacy Policy", "공식 사이트", "Official Site", "dataLayer"]

EVENT_GOLD = {
    "pairs": [
        ("[이벤트] 겨울 축제 「별빛 눈송이」 상점 이벤트 안내", "[Event] Winter Festival \"Starlit Snowflake\" Store Event"),
        ("안녕하세요, 스타폴 크로니클입니다.", "Greetings from the Starfall Chronicles team!"),
        ("겨울 축제를 맞아 상점에서 특별 이벤트를 진행합니다.", "To celebrate the Winter Festival, we're running a special event in the Store."),
        ("기간 내에 접속하셔서 다양한 혜택을 받아 가세요! 🎁", "Log in during the event to claim a range of rewards! 🎁"),
        ("■ 이벤트 기간", "■ Event Period"),
        ("2026.12.10(목) 10:00 ~ 12.24(목) 23:59", "Dec 10 (Thu) 10:00 – Dec 24 (Thu) 23:59 KST"),
        ("■ 이벤트 내용", "■ Event Details"),
        ("「겨울 축제 패키지」 30% 할인 (9,900원 → 6,900원)", "30% off the \"Winter Festival Package\" ($7.99 → $5.59)"),
        ("매일 첫 구매 시 「빛나는 결정」 x100 추가 지급", "Get an extra 100 \"Radiant Crystals\" with your first purchase each day"),
        ("누적 구매 금액에 따라 한정 의상 「눈꽃 망토」 지급", "Earn the limited \"Snowflake Cloak\" outfit based on your total purchases"),
        ("■ 유의 사항", "■ Please Note"),
        ("「겨울 축제 패키지」는 계정당 1회만 구매할 수 있습니다.", "The \"Winter Festival Package\" can be purchased only once per account."),
        ("이벤트 보상은 우편함으로 지급되며, 수령하지 않은 보상은 30일 후 삭제됩니다.",
         "Event rewards are sent to your Mailbox, and unclaimed rewards are deleted after 30 days."),
        ("이벤트 일정은 내부 사정에 따라 변경될 수 있습니다.", "The event schedule may change due to internal circumstances."),
        ("앞으로도 스타폴 크로니클에 많은 관심과 사랑 부탁드립니다. 감사합니다.",
         "Thank you for your continued love and support for Starfall Chronicles."),
    ],
    "debatable": [
        ("작성일 2026.12.09 | 조회수 12,408", "Posted Dec 9, 2026 | 8,215 views"),
        ("앞으로도 스타폴 크로니클에 많은 관심과 사랑 부탁드립니다.", "Thank you for your continued love and support for Starfall Chronicles."),
    ],
    "either": ["작성일 2026.12.09 | 조회수 12,408", "Posted Dec 9, 2026 | 8,215 views", "감사합니다."],
    "unpaired": [("en", "All times are in Korea Standard Time (UTC+9).")],
    "never_paired": CHROME_NEVER + ["정기 점검 안내", "Scheduled Maintenance"],
    "tokens": ["2026.12.10(목) 10:00 ~ 12.24(목) 23:59", "Dec 10 (Thu) 10:00 – Dec 24 (Thu) 23:59 KST", "9,900원 → 6,900원",
               "$7.99 → $5.59", "🎁"],
}

MAINT_BODY_KO = """\
<h1>[점검] 12월 17일(목) 정기 점검 안내</h1>
<p class="meta">작성일 2026.12.15 | 조회수 5,982</p>
<p>안녕하세요, 스타폴 크로니클입니다.</p>
<p>보다 안정적인 서비스를 위해 아래와 같이 정기 점검을 진행합니다. 점검 중에는 게임에 접속할 수 없습니다.</p>
<table>
<tr><th>점검 일시</th><td>2026.12.17(목) 07:00 ~ 11:00 (4시간)</td></tr>
<tr><th>점검 대상</th><td>전체 서버</td></tr>
<tr><th>점검 내용</th><td>서버 안정화 및 v1.4.2 핫픽스 적용</td></tr>
</table>
<h2>■ 점검 보상</h2>
<p>점검 종료 후 접속하신 모든 모험가분께 아래 보상을 드립니다.</p>
<ul>
<li>「빛나는 결정」 x200</li>
<li>「고급 경험치 물약」 x3</li>
</ul>
<p>※ 점검 보상은 12.31(목) 23:59까지 수령할 수 있습니다.</p>
<p>※ 점검 시간은 작업 상황에 따라 변경될 수 있습니다. 점검이 길어질 경우 공식 카페와 SNS를 통해 추가로 안내해 드리겠습니다.</p>
<p>이용에 불편을 드려 죄송합니다.</p>
"""

MAINT_BODY_EN = """\
<h1>[Maintenance] Scheduled Maintenance on Dec 17 (Thu)</h1>
<p class="meta">Posted Dec 15, 2026 | 3,104 views</p>
<p>Greetings from the Starfall Chronicles team!</p>
<p>We will be performing scheduled maintenance to keep the service stable. The game will be unavailable during maintenance.</p>
<table>
<tr><th>When</th><td>Dec 17 (Thu) 07:00 – 11:00 KST (4 hours)</td></tr>
<tr><th>Servers</th><td>All servers</td></tr>
<tr><th>Details</th><td>Server stability improvements and v1.4.2 hotfix</td></tr>
</table>
<h2>■ Maintenance Rewards</h2>
<p>All Adventurers who log in after maintenance will receive:</p>
<ul>
<li>"Radiant Crystal" x200</li>
<li>"Greater EXP Potion" x3</li>
</ul>
<p>※ Rewards can be claimed until Dec 31 (Thu) 23:59 KST.</p>
<p>※ The maintenance schedule may change depending on progress. If maintenance runs long, we'll post updates on our official Discord and social media channels.</p>
<p>We apologize for any inconvenience.</p>
"""

MAINT_KO = (CHROME_KO[0].format(title="[점검] 12월 17일 정기 점검 안내", crumb="점검") + MAINT_BODY_KO
            + CHROME_KO[1].format(prev="[공지] v1.4.3 핫픽스 안내", next="[이벤트] 새해맞이 출석 이벤트"))
MAINT_EN = (CHROME_EN[0].format(title="[Maintenance] Dec 17 Scheduled Maintenance", crumb="Maintenance") + MAINT_BODY_EN
            + CHROME_EN[1].format(prev="[Notice] Hotfix v1.4.3", next="[Event] New Year Check-in Event"))

MAINT_GOLD = {
    "pairs": [
        ("[점검] 12월 17일(목) 정기 점검 안내", "[Maintenance] Scheduled Maintenance on Dec 17 (Thu)"),
        ("안녕하세요, 스타폴 크로니클입니다.", "Greetings from the Starfall Chronicles team!"),
        ("보다 안정적인 서비스를 위해 아래와 같이 정기 점검을 진행합니다.",
         "We will be performing scheduled maintenance to keep the service stable."),
        ("점검 중에는 게임에 접속할 수 없습니다.", "The game will be unavailable during maintenance."),
        ("점검 일시", "When"),
        ("2026.12.17(목) 07:00 ~ 11:00 (4시간)", "Dec 17 (Thu) 07:00 – 11:00 KST (4 hours)"),
        ("점검 대상", "Servers"),
        ("전체 서버", "All servers"),
        ("점검 내용", "Details"),
        ("서버 안정화 및 v1.4.2 핫픽스 적용", "Server stability improvements and v1.4.2 hotfix"),
        ("■ 점검 보상", "■ Maintenance Rewards"),
        ("점검 종료 후 접속하신 모든 모험가분께 아래 보상을 드립니다.", "All Adventurers who log in after maintenance will receive:"),
        ("「빛나는 결정」 x200", "\"Radiant Crystal\" x200"),
        ("「고급 경험치 물약」 x3", "\"Greater EXP Potion\" x3"),
        ("※ 점검 보상은 12.31(목) 23:59까지 수령할 수 있습니다.", "※ Rewards can be claimed until Dec 31 (Thu) 23:59 KST."),
        ("※ 점검 시간은 작업 상황에 따라 변경될 수 있습니다.", "※ The maintenance schedule may change depending on progress."),
        ("점검이 길어질 경우 공식 카페와 SNS를 통해 추가로 안내해 드리겠습니다.",
         "If maintenance runs long, we'll post updates on our official Discord and social media channels."),
        ("이용에 불편을 드려 죄송합니다.", "We apologize for any inconvenience."),
    ],
    "debatable": [
        ("작성일 2026.12.15 | 조회수 5,982", "Posted Dec 15, 2026 | 3,104 views"),
        # a table row as one segment: header and cell together
        ("점검 일시 2026.12.17(목) 07:00 ~ 11:00 (4시간)", "When Dec 17 (Thu) 07:00 – 11:00 KST (4 hours)"),
        ("점검 대상 전체 서버", "Servers All servers"),
        ("점검 내용 서버 안정화 및 v1.4.2 핫픽스 적용", "Details Server stability improvements and v1.4.2 hotfix"),
    ],
    "either": ["작성일 2026.12.15 | 조회수 5,982", "Posted Dec 15, 2026 | 3,104 views"],
    "unpaired": [],
    "never_paired": CHROME_NEVER + ["새해맞이 출석 이벤트", "New Year Check-in Event", "Hotfix v1.4.3"],
    "tokens": ["07:00 ~ 11:00", "07:00 – 11:00 KST", "x200", "x3", "12.31(목) 23:59", "Dec 31 (Thu) 23:59 KST"],
}

# --------------------------------------------------------------------------- quest dialogue

# One entry a block of lines (a blank line between blocks in the text layouts):
#   ("L", [ko lines], [en lines], sentence pairs or None (the lines' text is the pair), debatable pairs)
#   ("K", ko line) / ("E", en line): a line only one side has
QUEST = [
    ("L", ["[메인 퀘스트] 꺼진 등대"], ["[Main Quest] The Dark Lighthouse"], None, []),
    ("L", ["안개가 항구를 삼킨 지 사흘째다. 등대의 불은 꺼져 있고, 부두에는 빈 배들만 삐걱거린다."],
     ["For three days the fog has swallowed the harbor. The lighthouse lamp is dark, and only empty boats creak against the pier."],
     [("안개가 항구를 삼킨 지 사흘째다.", "For three days the fog has swallowed the harbor."),
      ("등대의 불은 꺼져 있고, 부두에는 빈 배들만 삐걱거린다.", "The lighthouse lamp is dark, and only empty boats creak against the pier.")], []),
    ("L", ["마르타", "..."], ["Martha", "..."], [("마르타", "Martha"), ("...", "...")], []),
    ("L", ["마르타", "당신, 외지인이죠? 잠깐 이야기 좀 할 수 있을까요?"],
     ["Martha", "You're not from around here, are you? Could I have a word?"],
     [("마르타", "Martha"), ("당신, 외지인이죠?", "You're not from around here, are you?"),
      ("잠깐 이야기 좀 할 수 있을까요?", "Could I have a word?")], []),
    ("L", ["카이라", "뭐?! 나 말하는 거야?"], ["Kaira", "Huh?! You mean me?"],
     [("카이라", "Kaira"), ("뭐?!", "Huh?!"), ("나 말하는 거야?", "You mean me?")],
     [("뭐?! 나 말하는 거야?", "Huh?! You mean me?")]),
    ("L", ["마르타", "등대지기 에반이 사흘 전에 등대에 올라간 뒤로 내려오지 않았어요. 마을 사람들은 안개 속에 뭔가 있다면서 아무도 찾으러 가지 않고요."],
     ["Martha", "Evan, the lighthouse keeper, went up three days ago and never came back down. Folks say there's something in the fog, so nobody will go after him."],
     [("마르타", "Martha"),
      ("등대지기 에반이 사흘 전에 등대에 올라간 뒤로 내려오지 않았어요.", "Evan, the lighthouse keeper, went up three days ago and never came back down."),
      ("마을 사람들은 안개 속에 뭔가 있다면서 아무도 찾으러 가지 않고요.", "Folks say there's something in the fog, so nobody will go after him.")], []),
    ("K", "(멀리서 종소리가 희미하게 울린다.)"),
    ("L", ["카이라", "흠... 안개 속에 뭐가 있다는 거지?"], ["Kaira", "Hmm... Something in the fog?"],
     [("카이라", "Kaira"), ("흠... 안개 속에 뭐가 있다는 거지?", "Hmm... Something in the fog?")],
     [("흠...", "Hmm..."), ("안개 속에 뭐가 있다는 거지?", "Something in the fog?")]),
    ("L", ["마르타", "저도 몰라요. 하지만 밤마다 종소리가 들려요. 이 항구에는 종이 하나도 없는데도요."],
     ["Martha", "I don't know. But every night we hear a bell ringing, and there isn't a single bell in this harbor."],
     [("마르타", "Martha"), ("저도 몰라요.", "I don't know."),
      ("하지만 밤마다 종소리가 들려요. 이 항구에는 종이 하나도 없는데도요.",
       "But every night we hear a bell ringing, and there isn't a single bell in this harbor.")], []),
    ("L", ["1) 도와준다 2) 거절한다"], ["1) Help her", "2) Refuse"],
     [("1) 도와준다", "1) Help her"), ("2) 거절한다", "2) Refuse")],
     [("1) 도와준다 2) 거절한다", "1) Help her 2) Refuse")]),
    ("L", ["카이라", "좋아, 내가 가 볼게."], ["Kaira", "Fine. I'll go take a look."],
     [("카이라", "Kaira"), ("좋아, 내가 가 볼게.", "Fine. I'll go take a look.")],
     [("좋아, 내가 가 볼게.", "Fine.")]),
    ("L", ["마르타", "정말요? 고마워요! 등대 열쇠는 여기 있어요."], ["Martha", "Really? Oh, thank you! Here's the key to the lighthouse."],
     [("마르타", "Martha"), ("정말요?", "Really?"), ("고마워요!", "Oh, thank you!"),
      ("등대 열쇠는 여기 있어요.", "Here's the key to the lighthouse.")], []),
    ("L", ["(카이라가 「녹슨 등대 열쇠」를 받았다.)"], ["(Kaira received the Rusty Lighthouse Key.)"], None, []),
    ("L", ["등대 꼭대기에서 카이라는 쓰러져 있는 에반을 발견했다. 그의 손에는 아직 온기가 남은 등불이 쥐여 있었다."],
     ["At the top of the lighthouse, Kaira finds Evan collapsed on the floor, a lantern still warm in his hand."],
     [("등대 꼭대기에서 카이라는 쓰러져 있는 에반을 발견했다. 그의 손에는 아직 온기가 남은 등불이 쥐여 있었다.",
       "At the top of the lighthouse, Kaira finds Evan collapsed on the floor, a lantern still warm in his hand.")], []),
    ("L", ["에반", "으윽...", "누구... 누구세요?"], ["Evan", "Ugh...", "Who... who's there?"],
     [("에반", "Evan"), ("으윽...", "Ugh..."), ("누구... 누구세요?", "Who... who's there?")], []),
    ("E", "[VO: EVAN_Q12_03]"),
    ("L", ["퀘스트 완료!"], ["Quest Complete!"], None, []),
    ("L", ["보상: 금화 x500", "보상: 경험치 x1,200", "보상: 「녹슨 등대 열쇠」 x1"],
     ["Reward: 500 Gold", "Reward: 1,200 EXP", "Reward: Rusty Lighthouse Key x1"],
     [("보상: 금화 x500", "Reward: 500 Gold"), ("보상: 경험치 x1,200", "Reward: 1,200 EXP"),
      ("보상: 「녹슨 등대 열쇠」 x1", "Reward: Rusty Lighthouse Key x1")], []),
]

QUEST_EITHER = ["..."]
QUEST_TOKENS = ["1) 도와준다", "2) Refuse", "x500", "500 Gold", "x1,200", "[VO: EVAN_Q12_03]", "뭐?!", "Huh?!"]

# --------------------------------------------------------------------------- achievements

# (ko title, en title, ko description, en description); None: that side has no line
ACHIEVEMENTS = [
    ("첫걸음", "First Steps", "튜토리얼을 완료하세요.", "Complete the tutorial."),
    ("등대지기의 은인", "Keeper's Savior", "「꺼진 등대」 퀘스트를 완료하세요.", "Complete the quest \"The Dark Lighthouse\"."),
    ("백전노장", "Battle-Hardened", "몬스터 1,000마리를 처치하세요.", "Defeat 1,000 monsters."),
    ("Rift Hunter", "Rift Hunter", "균열 던전을 50회 클리어하세요.", "Clear 50 Rift dungeons."),
    ("부자가 될 거야", "Money Talks", "금화를 1,000,000개 모으세요.", "Collect 1,000,000 Gold."),
    ("떠돌이 상인", "Wandering Merchant", "다른 플레이어와 거래를 100회 완료하세요.", "Complete 100 trades with other players."),
    ("얼음 속의 영웅 ❄️", "Hero of the Ice ❄️", "「얼어붙은 항구」를 어려움 난이도로 클리어하세요.", "Clear \"Frozen Harbor\" on Hard difficulty."),
    ("잿빛 정복자", "Ashen Conqueror", "「잿빛 첨탑」의 최종 보스를 처치하세요.", "Defeat the final boss of \"Ashen Spire\"."),
    ("무적은 없다", "Nobody's Invincible", "보스가 무적 상태일 때 피해를 주세요. 물론 버그입니다.", "Damage a boss while it is invulnerable. Yes, it's a bug."),
    ("한 번도 쓰러지지 않고", "Flawless", "한 번도 쓰러지지 않고 레이드를 완료하세요.", "Complete a raid without being knocked out."),
    ("우정의 증표", "Token of Friendship", "친구 20명을 추가하세요.", "Add 20 friends."),
    ("길드의 기둥", "Pillar of the Guild", "길드 창고에 아이템을 500개 기부하세요.", "Donate 500 items to the guild storage."),
    ("???", "???", "숨겨진 업적입니다.", "This achievement is hidden."),
    ("개근상", "Perfect Attendance", "30일 연속으로 접속하세요.", "Log in 30 days in a row."),
    ("수집가", "Collector", "전설 등급 장비 10개를 획득하세요.", "Obtain 10 pieces of Legendary gear."),
    ("시즌 1 개척자", "Season 1 Pioneer", "시즌 1 동안 레벨 60을 달성하세요. (시즌 종료 후 획득 불가)", "Reach Level 60 during Season 1."),
]
ACH_HEAD = ("업적 목록", "Achievements")
ACH_EITHER = ["Rift Hunter", "???"]
# the one description whose Korean has a second sentence the English does not
ACH_SPLIT = {"시즌 1 동안 레벨 60을 달성하세요. (시즌 종료 후 획득 불가)": ("시즌 1 동안 레벨 60을 달성하세요.", "(시즌 종료 후 획득 불가)")}
# a description of two sentences on both sides: the sentences' pairs
ACH_SENTENCES = {"보스가 무적 상태일 때 피해를 주세요. 물론 버그입니다.": [
    ("보스가 무적 상태일 때 피해를 주세요.", "Damage a boss while it is invulnerable."), ("물론 버그입니다.", "Yes, it's a bug.")]}
ACH_TOKENS = ["1,000,000", "❄️", "Rift Hunter", "???"]

# --------------------------------------------------------------------------- string table

STRINGS = [
    ("item.weapon.frostfang.name", "서리송곳", "Frostfang"),
    ("item.weapon.frostfang.desc", "공격력이 {0} 증가합니다.\\n치명타 확률 +%d%%", "Increases Attack by {0}.\\nCrit Rate +%d%%"),
    ("item.weapon.frostfang.flavor", "<i>북쪽 항구의 대장장이가 얼음 속에서 벼려 낸 단검.</i>",
     "<i>A dagger forged in ice by a smith of the northern harbor.</i>"),
    ("skill.warrior.earthsplitter.name", "대지 가르기", "Earthsplitter"),
    ("skill.warrior.earthsplitter.desc", "전방의 적에게 공격력의 <color=#FF0000>{0}%</color>만큼 피해를 줍니다.",
     "Deals <color=#FF0000>{0}%</color> of Attack as damage to enemies in front of you."),
    ("skill.warrior.earthsplitter.tooltip", "재사용 대기시간: {1}초", "Cooldown: {1}s"),
    ("skill.mage.frostlance.desc", "{0}초 동안 대상의 이동 속도를 {1}% 감소시킵니다.", "Slows the target's movement speed by {1}% for {0}s."),
    ("skill.healer.purify.desc", "아군 하나를 치유하고 해로운 효과를 %d개 제거합니다.\\n<color=#00FF00>마나 소모: %d</color>",
     "Heals an ally and removes %d harmful effects.\\n<color=#00FF00>Mana Cost: %d</color>"),
    ("item.potion.hp.desc", "HP를 %d 회복합니다. 전투 중에는 사용할 수 없습니다.", "Restores %d HP. Cannot be used in combat."),
    ("item.lantern.name", "꺼지지 않는 등불", "Everlit Lantern"),
    ("item.lantern.desc", "<b>고유</b>: 어둠 속에서 시야가 {0}m 늘어납니다.", "<b>Unique</b>: Increases vision in darkness by {0}m."),
    ("item.set.bonus", "세트 효과 ({0}/4)\\n방어력 +{1}", "Set Bonus ({0}/4)\\nDefense +{1}"),
    ("item.rarity.legendary", "전설", "Legendary"),
    ("tooltip.durability", "내구도 %d/%d", "Durability %d/%d"),
    ("tooltip.level_req", "필요 레벨: {level}", "Requires Level {level}"),
    ("tooltip.bind", "획득 시 귀속", "Binds when picked up"),
    ("tooltip.no_trade", "<color=#808080>거래 불가</color>", "<color=#808080>Cannot be traded</color>"),
    ("ui.button.equip", "장착", "Equip"),
    ("ui.button.sell", "판매 ({0} 골드)", "Sell ({0} Gold)"),
    ("msg.inventory_full", "인벤토리가 가득 찼습니다.", "Your inventory is full."),
    ("msg.gold_received", "금화 {0}개를 획득했습니다!", "You received {0} Gold!"),
    ("msg.confirm_sell", "{0}을(를) {1} 골드에 판매하시겠습니까?", "Sell {0} for {1} Gold?"),
    ("event.tag.winter", "🎄 겨울 한정", "🎄 Winter Limited"),
    ("hero.kaira.name", "Kaira", "Kaira"),
    ("item.new_relic.desc", "신규 유물 설명 (번역 대기 중)", ""),
    ("item.debug_sword.name", "", "[DEBUG] Test Sword - DO NOT SHIP"),
    ("skill.ranger.rapidfire.desc", "{0}초 동안 공격 속도가 {1}% 증가합니다. 이 효과는 중첩되지 않습니다.",
     "Increases Attack Speed by {1}% for {0}s. This effect does not stack."),
]

# the cells of two sentences, as their sentences' pairs
STRINGS_SENTENCES = {
    "item.potion.hp.desc": [("HP를 %d 회복합니다.", "Restores %d HP."), ("전투 중에는 사용할 수 없습니다.", "Cannot be used in combat.")],
    "skill.ranger.rapidfire.desc": [("{0}초 동안 공격 속도가 {1}% 증가합니다.", "Increases Attack Speed by {1}% for {0}s."),
                                    ("이 효과는 중첩되지 않습니다.", "This effect does not stack.")],
}

STRINGS_TOKENS = ["{0}", "\\n", "+%d%%", "<color=#FF0000>{0}%</color>", "{1}초", "{1}s", "<color=#00FF00>마나 소모: %d</color>",
                  "<color=#00FF00>Mana Cost: %d</color>", "<b>Unique</b>", "<b>고유</b>", "%d/%d", "{level}", "({0}/4)",
                  "<color=#808080>Cannot be traded</color>", "🎄", "<i>A dagger"]
