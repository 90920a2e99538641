"""Film and television material for the screen audit, both languages written by hand, and
its gold, as data. Two invented productions:

"겨울 정류장" / "The Winter Terminal" (a feature, 2024, 118 min): a mother sees her son off
to the army at a bus terminal in 1987.
``TERMINAL``: a scene's subtitles, the Korean (barrier-free style: an insert title
"[자막: 서울, 1987년]" and a sound description, Korean only) and the English release
subtitles (a translator's credit cue, English only). The English splits a long Korean cue
in two, merges two short ones, dashes two speakers in one cue ("- 표 한 장이요." / "- 어른이요?";
the Korean once without full stops, "-알아 -그럼 왜 울어"), italics for a song on the radio
and a station announcement.
``SYNOPSIS``: the film's page in a festival catalogue (title, credits, "한국 | 2024 | 118분"
/ "Korea | 2024 | 118 min", section, logline, synopsis, director's statement, bio and
filmography, awards, a programmer's note with its byline, screenings; a language line
English only, a schedule disclaimer Korean only).
``CREDITS``: its end credits (roles and romanized names, "감독·각본 이서연" / "Written and
Directed by LEE Seo-yeon", the cast as actor then role in Korean, role then actor in English,
a funding line, an animal-welfare line English only).

"야간 병동" / "Night Ward" (a TV series):
``WARD``: a scene's subtitles of episode 3 as a fansub keeps them (speakers, a typeset
sign, a song in italics, a sound description English only).
``SCRIPT``: a scene of episode 1 as the Korean drama script ("S#12. 병원 복도 (밤)",
"수진\t(혼잣말) …", 지문 lines, "(E)", "(F)", "NA", a writer's note Korean only) and its
English translation in US screenplay form ("INT. HOSPITAL CORRIDOR - NIGHT", names in caps
on their own line, parentheticals, "(O.S.)", "(ON PHONE)", "(V.O.)", "CUT TO:" English only).

Subtitles: a unit is ``(ko_cues, en_cues, *alternatives)``: each side's cues (a cue's lines
apart by "\\n"; "<i>…</i>" italics; a leading "^" a sign placed at the top; a leading "-"
a speaker's dash), either list empty for a cue one side only (to be left unpaired). Its
gold pair is the two sides' texts, tags and dashes left out; an alternative is another
reading as fair (a list of pairs: the cue's sentences or speakers apart). In ``WARD`` each
unit starts with its speaker in Korean and in English ("" for none).
"""

D = "debatable"

# ---------------------------------------------------------------- 1 The Winter Terminal: subtitles
TERMINAL = [
    (["[자막: 서울, 1987년]"], []),
    (["(버스 경적 소리)"], []),
    (["목포 가는 막차,\n아직 안 떠났죠?"], ["Has the last bus to Mokpo\nleft yet?"]),
    (["아직이요. 십 분 남았어요."], ["Not yet.\nYou've got ten minutes."],
     [("아직이요.", "Not yet."), ("십 분 남았어요.", "You've got ten minutes.")]),
    (["- 표 한 장이요.\n- 어른이요?"], ["- One ticket, please.\n- Adult?"],
     [("표 한 장이요.", "One ticket, please."), ("어른이요?", "Adult?")]),
    (["네, 어른 하나요."], ["Yes, one adult."]),
    (["우리 아들이 군대 가거든요,\n오늘 밤에 논산으로."], ["My son's shipping out tonight.", "Basic training, in Nonsan."]),
    (["어머, 그래요?", "걱정 많으시겠네."], ["Oh, you must be worried."]),
    (["걱정은요.\n다 큰 놈인데."], ["Worried? He's a grown man."],
     [("걱정은요.", "Worried?"), ("다 큰 놈인데.", "He's a grown man.")]),
    (["<i>♪ 바람 부는 부둣가에 ♪</i>"], ["<i>♪ Down on the windy pier ♪</i>"]),
    (["<i>♪ 그대 오길 기다리네 ♪</i>"], ["<i>♪ I wait for you to come home ♪</i>"]),
    (["민호야! 여기!"], ["Min-ho! Over here!"],
     [("민호야!", "Min-ho!"), ("여기!", "Over here!")]),
    (["왜 이렇게 늦었어?\n버스 놓치는 줄 알았잖아."], ["What took you so long?\nI thought you'd miss the bus."],
     [("왜 이렇게 늦었어?", "What took you so long?"), ("버스 놓치는 줄 알았잖아.", "I thought you'd miss the bus.")]),
    (["친구들이 안 보내 주더라고."], ["The guys wouldn't let me leave."]),
    (["밥은 먹었어? 김밥 싸 왔는데,\n버스에서 먹어."], ["Have you eaten?", "I made you some gimbap.\nEat it on the bus."],
     [("밥은 먹었어?", "Have you eaten?"), ("김밥 싸 왔는데, 버스에서 먹어.", "I made you some gimbap. Eat it on the bus.")]),
    (["엄마, 나 애 아니야."], ["Mom, I'm not a kid anymore."]),
    (["-알아 -그럼 왜 울어"], ["- I know.\n- Then why are you crying?"],
     [("알아", "I know."), ("그럼 왜 울어", "Then why are you crying?")]),
    (["안 울어.\n바람이 차서 그래."], ["I'm not. It's just the wind."],
     [("안 울어.", "I'm not."), ("바람이 차서 그래.", "It's just the wind.")]),
    (["<i>목포행 22시 10분 버스,\n3번 승차장에서 곧 출발합니다.</i>"],
     ["<i>The 10:10 p.m. bus to Mokpo</i>", "<i>is now boarding at Gate 3.</i>"]),
    (["가 봐. 늦겠다."], ["Go on. You'll be late."],
     [("가 봐.", "Go on."), ("늦겠다.", "You'll be late.")]),
    (["편지할게.", "매주 할게."], ["I'll write. Every week."],
     [("편지할게.", "I'll write."), ("매주 할게.", "Every week.")]),
    (["거짓말."], ["Liar."]),
    (["진짜야. 약속."], ["I mean it. I promise."],
     [("진짜야.", "I mean it."), ("약속.", "I promise.")]),
    (["민호야."], ["Min-ho."]),
    (["밥 거르지 말고."], ["Don't skip meals."]),
    (["(버스 출발하는 소리)"], []),
    (["아주머니, 아드님이 참 잘생겼네요."], ["Your boy's a handsome one, ma'am."]),
    (["지 아빠 닮아서 그래요."], ["He takes after his father."]),
    (["아빠는요?"], ["And his father?"]),
    (["5년 전에 바다에 나갔다가\n안 돌아왔어요."], ["He went out to sea five years ago", "and never came back."]),
    ([], ["English subtitles by Mira Han"]),
]

# ---------------------------------------------------------------- 2 Night Ward: a fansub's subtitles
WARD = [
    ("", "", [], ["[monitor beeping]"]),
    ("은비", "EUN-BI", ["선생님, 302호 환자\n열이 또 올라요."], ["Doctor, 302's\nspiking a fever again."]),
    ("수진", "SU-JIN", ["몇 도야?"], ["How high?"]),
    ("은비", "EUN-BI", ["39도 8부요."], ["39.8."]),
    ("", "", ["- 해열제는?\n- 한 시간 전에 들어갔어요."], ["- Antipyretics?\n- He had them an hour ago."],
     [("해열제는?", "Antipyretics?"), ("한 시간 전에 들어갔어요.", "He had them an hour ago.")]),
    ("수진", "SU-JIN", ["혈액 배양 다시 나가고\n보호자한테 연락해."], ["Repeat the blood cultures", "and call his family."]),
    ("은비", "EUN-BI", ["보호자 번호가 없어요."], ["There's no contact number on file."]),
    ("수진", "SU-JIN", ["없다니?"], ["What do you mean, no number?"]),
    ("은비", "EUN-BI", ["입원할 때 혼자 왔대요.\n주소도 고시원이고요."], ["He checked himself in alone.", "His address is a boarding room."],
     [("입원할 때 혼자 왔대요.", "He checked himself in alone."), ("주소도 고시원이고요.", "His address is a boarding room.")]),
    ("", "", ["^중환자실\n관계자 외 출입금지"], ["^INTENSIVE CARE UNIT\nAUTHORIZED PERSONNEL ONLY"]),
    ("준호", "JUN-HO", ["김 선생, 잠깐 나 좀 봐."], ["Dr. Kim, a word."]),
    ("수진", "SU-JIN", ["지금요? 302호가..."], ["Now? 302 is..."],
     [("지금요?", "Now?"), ("302호가...", "302 is...")]),
    ("준호", "JUN-HO", ["5분이면 돼."], ["It'll only take five minutes."]),
    ("준호", "JUN-HO", ["이사장님이 찾으셔.", "너 말고 나를."], ["The chairman wants to see me. Not you."],
     [("이사장님이 찾으셔.", "The chairman wants to see me."), ("너 말고 나를.", "Not you.")]),
    ("수진", "SU-JIN", ["무슨 일인데요?"], ["What's it about?"]),
    ("준호", "JUN-HO", ["모르지.\n좋은 일은 아니겠지."], ["No idea. Nothing good, I'm sure."],
     [("모르지.", "No idea."), ("좋은 일은 아니겠지.", "Nothing good, I'm sure.")]),
    ("", "", ["<i>♪ 잠들지 않는 이 밤에 ♪</i>"], ["<i>♪ On this night that never sleeps ♪</i>"]),
    ("", "", [], ["[phone buzzing]"]),
    ("수진", "SU-JIN", ["여보세요?\n네, 제가 보호자인데요."], ["Hello? Yes, I'm his guardian."],
     [("여보세요?", "Hello?"), ("네, 제가 보호자인데요.", "Yes, I'm his guardian.")]),
    ("수진", "SU-JIN", ["지금 바로 갈게요."], ["I'll be right there."]),
]

# ---------------------------------------------------------------- 3 Night Ward: a script scene
# ("H", ko, en): a scene heading; ("A", [(ko, en), ...]): an action paragraph (지문), gold
# whole or sentence by sentence; ("D", (name, paren, line), (NAME, paren, line)): a speech,
# the Korean on one line ("수진\t(혼잣말) 302호…"), the English as a name line, a
# parenthetical line and the speech: gold the speech with or without its name and
# parenthetical on either side, or the names apart; ("K", text) / ("E", text): one side only.
SCRIPT = [
    ("H", "야간 병동 1부", "NIGHT WARD - EPISODE 1"),
    ("H", "S#12. 병원 복도 (밤)", "INT. HOSPITAL CORRIDOR - NIGHT"),
    ("A", [("어둑한 복도.", "A dim corridor."), ("형광등 하나가 깜빡인다.", "A single fluorescent tube flickers."),
           ("수진, 차트를 가슴에 안고 빠르게 걷는다.", "SU-JIN (30s) hurries along, a chart clutched to her chest.")]),
    ("D", ("수진", "(혼잣말)", "302호, 302호…"), ("SU-JIN", "(to herself)", "302, 302...")),
    ("D", ("간호사(E)", "", "선생님! 여기요!"), ("NURSE (O.S.)", "", "Doctor! In here!")),
    ("A", [("수진, 걸음을 멈추고 돌아본다.", "Su-jin stops and turns.")]),
    ("E", "CUT TO:"),
    ("H", "S#13. 302호 병실 (밤)", "INT. ROOM 302 - NIGHT"),
    ("A", [("침대에 누운 노인(70대), 숨이 가쁘다.", "An OLD MAN (70s) lies in bed, fighting for breath."),
           ("간호사 은비, 산소포화도를 확인하고 있다.", "Nurse EUN-BI checks his oxygen saturation.")]),
    ("K", "* 노인은 2부 S#5의 그 환자. 딸은 끝내 오지 않는다."),
    ("D", ("은비", "", "산소포화도 88이에요. 방금까지 95였는데."), ("EUN-BI", "", "Sat's 88. It was 95 a minute ago.")),
    ("D", ("수진", "", "산소 5리터로 올리고, 포터블 엑스레이 불러 줘요."),
     ("SU-JIN", "", "Bump his O2 to five liters and get a portable X-ray up here.")),
    ("D", ("은비", "", "네."), ("EUN-BI", "", "On it.")),
    ("D", ("노인", "(힘겹게)", "아가씨… 우리 딸 왔어?"), ("OLD MAN", "(laboring)", "Miss... is my daughter here?")),
    ("D", ("수진", "(노인의 손을 잡으며)", "곧 오실 거예요. 조금만 참으세요."),
     ("SU-JIN", "(taking his hand)", "She'll be here soon. Hang in there.")),
    ("A", [("수진의 휴대폰이 울린다.", "Su-jin's phone BUZZES.")]),
    ("D", ("준호(F)", "", "김 선생, 어디야? 응급실 난리 났어."), ("JUN-HO (ON PHONE)", "", "Dr. Kim, where are you? The ER's a zoo.")),
    ("D", ("수진", "", "302호요. 10분만요."), ("SU-JIN", "", "Room 302. Give me ten minutes.")),
    ("D", ("준호(F)", "", "10분 없어. 지금 와."), ("JUN-HO (ON PHONE)", "", "You don't have ten. Now.")),
    ("A", [("수진, 노인의 손을 놓는다.", "Su-jin lets go of the old man's hand."),
           ("노인의 눈이 그녀를 따라간다.", "His eyes follow her to the door.")]),
    ("D", ("NA", "(수진)", "그날 밤, 나는 처음으로 환자를 두고 뛰었다."),
     ("SU-JIN (V.O.)", "", "That night, for the first time, I ran out on a patient.")),
    ("E", "CUT TO:"),
    ("H", "S#14. 응급실 입구 (밤)", "EXT. EMERGENCY ENTRANCE - NIGHT"),
    ("A", [("구급차 사이렌.", "An ambulance SIREN wails."),
           ("문이 열리고 들것 두 대가 밀려 들어온다.", "The doors burst open and two stretchers roll in.")]),
]

# ---------------------------------------------------------------- 4 The Winter Terminal: catalogue page
# ("P", [(ko, en[, D]), ...][, tag]): a line on each side, its sentences' gold pairs (a
# paragraph found whole or sentence by sentence); ("G", [(ko, en), ...][, tag]): a line whose
# sentences cross (gold: the line whole); ("K" / "E", text[, tag]): one side only.
SYNOPSIS = [
    ("P", [("겨울 정류장", "The Winter Terminal")], "h1"),
    ("P", [("감독 이서연", "Director LEE Seo-yeon")], "meta"),
    ("P", [("한국 | 2024 | 118분 | 컬러 | DCP", "Korea | 2024 | 118 min | Color | DCP")], "meta"),
    ("P", [("출연 문혜란, 정재윤, 오승희", "Cast MOON Hye-ran, JUNG Jae-yoon, OH Seung-hee")], "meta"),
    ("P", [("섹션 한국영화의 오늘 – 비전", "Section Korean Cinema Today – Vision")], "meta"),
    ("E", "In Korean with English subtitles", "meta"),
    ("P", [("1987년 겨울, 입대하는 아들을 배웅하러 터미널에 나온 어머니는 막차가 떠난 뒤에도 집으로 돌아가지 못한다.",
            ("Winter, 1987. A mother comes to a bus terminal to see her son off to the army, and finds she "
            "cannot go home after the last bus has gone."))], "lead"),
    ("P", [("시놉시스", "Synopsis")], "h2"),
    ("P", [("정숙은 목포에서 올라와 서울 변두리에서 작은 국숫집을 한다.",
            "Jeong-suk came up from Mokpo and runs a small noodle shop on the edge of Seoul."),
           ("남편은 5년 전 고기잡이배를 타고 나가 돌아오지 않았고, 그 뒤로 외아들 민호가 그녀의 전부였다.",
            ("Her husband went out on a fishing boat five years ago and never came back; since then her only son, "
            "Min-ho, has been everything to her."))]),
    ("G", [("입영 전날 밤, 민호는 친구들과 어울리느라 약속한 시간보다 한참 늦게 터미널에 나타난다. 정숙은 싸 온 김밥을 건넨다.",
            ("On the night before he enlists, Min-ho turns up at the terminal long after he promised, "
            "and Jeong-suk hands him the gimbap she made."))]),
    ("P", [("버스가 떠나고, 매표소 직원 영애는 대합실 의자에 앉아 일어나지 못하는 정숙에게 말을 건다.",
            ("The bus pulls out. Young-ae, the woman at the ticket window, notices that Jeong-suk has not moved "
            "from her bench in the waiting room, and sits down beside her."))]),
    ("P", [("두 여자는 마지막 청소차가 올 때까지 각자 떠나보낸 사람들의 이야기를 나눈다.",
            "Until the last cleaning truck comes, the two women talk about the people they have each seen off.")]),
    ("P", [("연출의도", "Director's Statement")], "h2"),
    ("P", [("어머니가 아들을 군대에 보내던 날, 나는 버스 안에 있었다.",
            "On the day my mother sent my brother to the army, I was on the bus with him."),
           ("이 영화는 버스 밖에 남겨진 사람의 하룻밤을 상상해 본 것이다.",
            "This film imagines one night of the person left outside the bus."),
           ("떠나는 사람보다 남는 사람의 이야기를 하고 싶었다.",
            "I wanted to tell the story of the one who stays, not the one who leaves.")]),
    ("P", [("감독 소개", "About the Director")], "h2"),
    ("P", [("이서연은 한국예술종합학교 영상원에서 연출을 전공했다.",
            "Lee Seo-yeon studied directing at the Korea National University of Arts."),
           ("단편 〈바다의 끝〉(2019)으로 미장센단편영화제에서 주목받았으며, 〈겨울 정류장〉은 그의 첫 장편이다.",
            ("Her short The End of the Sea (2019) drew attention at the Mise-en-scène Short Film Festival, "
            "and The Winter Terminal is her first feature."))]),
    ("P", [("필모그래피", "Filmography")], "h3"),
    ("P", [("2019 〈바다의 끝〉 단편, 24분", "2019 The End of the Sea (short, 24 min)")], "li"),
    ("P", [("2021 〈소금창고〉 단편, 31분", "2021 The Salt Shed (short, 31 min)")], "li"),
    ("P", [("2024 〈겨울 정류장〉 장편, 118분", "2024 The Winter Terminal (feature, 118 min)")], "li"),
    ("P", [("수상 및 초청", "Awards & Festivals")], "h2"),
    ("P", [("2024 제18회 동해독립영화제 대상", "2024 Grand Prize, 18th Donghae Independent Film Festival")], "li"),
    ("P", [("2024 제12회 한강국제영화제 관객상", "2024 Audience Award, 12th Hangang International Film Festival")], "li"),
    ("P", [("2025 제9회 아시아여성영화포럼 공식 초청", "2025 Official Selection, 9th Asian Women's Film Forum")], "li"),
    ("P", [("프로그램 노트", "Program Note")], "h2"),
    ("P", [("〈겨울 정류장〉은 거의 모든 장면이 한밤의 터미널 대합실에서 벌어지지만 한순간도 답답하지 않다.",
            ("Nearly all of The Winter Terminal takes place in a bus station waiting room at night, yet it never "
            "feels cramped.")),
           ("문혜란은 대사보다 손끝과 어깨로 더 많은 것을 말한다.",
            "Moon Hye-ran says more with her hands and shoulders than with her lines."),
           ("올해 가장 조용하고, 가장 오래 남는 데뷔작이다.",
            "It is the quietest debut of the year, and the one that stays with you longest.")]),
    ("P", [("정다은 (프로그래머)", "Jung Da-eun (Programmer)", D)], "byline"),
    ("P", [("상영 일정", "Screenings")], "h2"),
    ("P", [("10월 5일(목) 19:30 | CGV 한강 5관 | GV", "Thu, Oct 5, 7:30 PM | CGV Hangang Cinema 5 | Q&A")], "li"),
    ("P", [("10월 8일(일) 13:00 | 한강아트홀 | 15세 이상 관람가", "Sun, Oct 8, 1:00 PM | Hangang Art Hall | Ages 15+")], "li"),
    ("K", "* 상영 일정은 영화제 사정에 따라 변경될 수 있습니다.", "note"),
]

# The festival site's chrome in the HTML layout: (Korean, English) strings; those that
# translate each other may pair (debatable), none may go into a wrong pair.
CHROME_TOP = [("제12회 한강국제영화제", "12th Hangang International Film Festival"),
              ("영화제 소개", "About"), ("상영작", "Films"), ("티켓", "Tickets"), ("뉴스", "News"),
              ("커뮤니티", "Community"), ("KOR", "KOR"), ("ENG", "ENG"),
              ("홈 > 상영작 > 한국영화의 오늘", "Home > Films > Korean Cinema Today")]
CHROME_BOTTOM = [("예매하기", "Book Tickets"), ("공유하기", "Share"), ("목록으로", "Back to list"),
                 ("이 섹션의 다른 영화", "More in This Section"),
                 ("〈소년의 밤〉", "Night of the Boy"), ("〈열두 번째 여름〉", "The Twelfth Summer"),
                 ("(사)한강국제영화제 | 서울특별시 마포구 하늘길 12 | 대표 02-000-1234",
                  "Hangang International Film Festival | 12 Haneul-gil, Mapo-gu, Seoul | +82-2-000-1234"),
                 ("개인정보처리방침", "Privacy Policy"),
                 ("© 2024 한강국제영화제. All rights reserved.", "© 2024 Hangang International Film Festival. All rights reserved.")]

# ---------------------------------------------------------------- 5 The Winter Terminal: end credits
# (ko, en) a line each side; a third item D: may pair or not; "" one side only. Columns apart
# by two spaces; the cast as actor then role in Korean, role then actor in English.
CREDITS = [
    ("감독·각본  이서연", "Written and Directed by  LEE Seo-yeon"),
    ("제작  최민석  한유진", "Produced by  CHOI Min-seok  HAN Yu-jin"),
    ("촬영  박도윤", "Director of Photography  PARK Do-yoon"),
    ("조명  강태호", "Gaffer  KANG Tae-ho"),
    ("미술  윤소라", "Production Designer  YOON So-ra"),
    ("편집  이서연  정하람", "Editors  LEE Seo-yeon  JUNG Ha-ram"),
    ("음악  류시온", "Music  RYU Si-on"),
    ("음향  배진우", "Sound  BAE Jin-woo"),
    ("출연", "CAST"),
    ("문혜란  정숙", "Jeong-suk  MOON Hye-ran"),
    ("정재윤  민호", "Min-ho  JUNG Jae-yoon"),
    ("오승희  영애", "Young-ae  OH Seung-hee"),
    ("김태섭  버스 기사", "Bus Driver  KIM Tae-seop"),
    ("특별출연  한미경", "Special Appearance by  HAN Mi-kyung"),
    ("도움 주신 분들", "Special Thanks"),
    ("목포시청  광주종합버스터미널  그리고 아들을 군대에 보낸 모든 어머니들", "Mokpo City Hall  Gwangju Bus Terminal  and every mother who sent a son to the army"),
    ("제작  (주)파란정류장필름", "Production Company  Blue Terminal Films"),
    ("배급  (주)시네마늘봄", "Distributed by  Cinema Neulbom"),
    ("이 영화는 영화진흥위원회 독립영화 제작지원 사업의 지원을 받아 제작되었습니다.",
     "This film was made with the support of the Korean Film Council's Independent Film Production Support Program."),
    ("", "No animals were harmed in the making of this film."),
    ("© 2024 파란정류장필름. All rights reserved.", "© 2024 Blue Terminal Films. All rights reserved.", D),
]
