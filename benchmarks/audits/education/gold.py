"""Teaching material for the education audit, both languages written by hand, and its gold,
as data.

``TEXTBOOK``: a middle-school English textbook unit ("Lesson 4 Lending a Hand") and the
Korean of its teacher's guide: learning goals, two dialogues ("A: … B: …" and named
speakers), a vocabulary list ("sort — 분류하다, 정리하다" against "sort — to put things in
groups"), a grammar point with examples, exercises with blanks ("____") whose Korean is the
full translation, a question with five choices "① … ⑤" on one line, a box of words the same
on both sides, an answer key and a tip Korean only, page numbers. ``SYLLABUS``: a
university syllabus (EDU 305, course information as label–value rows, description,
objectives, a grading table of percentages, a weekly schedule table, policies, a note each
side only). ``EXAM``: a middle-school science exam with an English version for
international students (a name line of blanks, numbered questions with "[3점]" / "[3
points]", choices, a <보기> box ㄱ. ㄴ. ㄷ. against a. b. c., a passage (가)(나)(다) for two
questions, blank answer lines, page numbers, an end mark, a note each side only).
``SLIDES``: a lecture deck (title, bullets, a table, speaker notes, a reminder in the
Korean notes only). ``NEWSLETTER``: a school's letter to parents about a field trip (a
number, a greeting on its own line, details as "label: value" lines, cautions, a Korean
only note, date and sender, a cut line, a reply slip of blanks and check boxes).

A document is a list of entries, its lines in reading order:

  ("P", [(ko, en[, D]), ...][, tag])  a line on each side, its sentences' gold pairs, joined
                                by a space into one line; ko or en "": that sentence one
                                side only (to be left unpaired); D: a pair that may be
                                made or not. ``tag``: "h1", "h2", "li", "p" (default), in
                                slides "title", "note".
  ("G", [(ko, en), ...][, tag])  a line whose gold is its pieces' pairs or the line whole
                                (a line of choices "① … ② …"; a piece without letters
                                debatable).
  ("K", text[, tag]) / ("E", text[, tag])  a line only the Korean / English side has.
  ("L", ko_label, ko_value, en_label, en_value)  a label–value line ("label: value" in
                                text, a row of two cells in Word): whole, or label and
                                value apart.
  ("R", [ko cells], [en cells])  a table row: whole ("a | b | c"), or its cells apart; a
                                cell of figures alone, or the same on both sides, debatable.
  ("V", headword, ko_gloss, en_definition[, en_headword])  a vocabulary line, "headword —
                                gloss" (the English side's headword where it differs).
  ("SLIDE",)                    (slides only) a new slide.
"""

D = "debatable"

# ---------------------------------------------------------------- 1 textbook unit and teacher's guide
TEXTBOOK = [
    ("P", [("4과 도움의 손길을 내밀어요", "Lesson 4 Lending a Hand")], "h1"),
    ("P", [("학습 목표", "Learning Goals")], "h2"),
    ("P", [("도움을 요청하고 제안하는 말을 할 수 있다.", "I can ask for help and offer to help.")], "li"),
    ("P", [("used to와 would like to를 사용하여 봉사 활동에 대해 말할 수 있다.",
            "I can talk about volunteer work with \"used to\" and \"would like to.\"")], "li"),
    ("P", [("듣고 말하기 1", "Listen & Talk 1")], "h2"),
    ("P", [("대화를 듣고, 지수가 무엇을 하고 있는지 고르시오.", "Listen to the dialogue and choose what Jisu is doing.")]),
    ("P", [("A: 지수야, 바빠 보이네.", "A: Hey, Jisu. You look busy."),
           ("이게 다 뭐야?", "What's all this?")]),
    ("P", [("B: 아동센터에 보낼 그림책들이야.", "B: They're picture books for the children's center."),
           ("나이별로 정리하고 있어.", "I'm sorting them by age.")]),
    ("P", [("A: 좀 도와줄까?", "A: Do you need a hand?")]),
    ("P", [("B: 그럼 정말 고맙지.", "B: That would be great."),
           ("이 상자들 좀 문 옆에 갖다 놔 줄래?", "Could you put these boxes by the door?")]),
    ("P", [("A: 그래, 문제없어.", "A: Sure. No problem.")]),
    ("P", [("B: 고마워!", "B: Thanks!"), ("신세 한번 졌다.", "I owe you one.")]),
    ("K", "💡 'I owe you one.'은 친구 사이에서 가볍게 고마움을 전할 때 쓰는 표현이에요."),
    ("P", [("듣고 말하기 2", "Listen & Talk 2")], "h2"),
    ("P", [("민호: 실례합니다.", "Minho: Excuse me."),
           ("이번 겨울방학에 도서관에서 봉사 활동을 하고 싶은데요.", "I'd like to volunteer at the library this winter.")]),
    ("P", [("김 선생님: 잘 왔어요!", "Ms. Kim: Wonderful!"),
           ("전에 봉사 활동을 해 본 적 있나요?", "Have you ever done volunteer work before?")]),
    ("P", [("민호: 네.", "Minho: Yes."),
           ("예전에 병원에서 아이들에게 책을 읽어 주곤 했어요.", "I used to read books to children at a hospital.")]),
    ("P", [("김 선생님: 그럼 우리 동화 구연 시간에 딱 맞겠네요.", "Ms. Kim: Then you'd be perfect for our story time."),
           ("수요일 4시에 올 수 있어요?", "Can you come on Wednesdays at four?")]),
    ("P", [("민호: 죄송하지만 그 시간엔 수학 학원에 가야 해요.", "Minho: I'm afraid I have a math class then."),
           ("목요일은 어떠세요?", "How about Thursdays?")]),
    ("P", [("김 선생님: 목요일도 괜찮아요.", "Ms. Kim: Thursdays are fine, too."),
           ("다음 주에 봐요!", "See you next week!")]),
    ("E", "- 52 -"),
    ("K", "- 52 -"),
    ("P", [("어휘 및 표현", "Words & Expressions")], "h2"),
    ("V", "sort", "분류하다, 정리하다", "to put things in groups or in order"),
    ("V", "volunteer", "자원봉사하다; 자원봉사자", "to do work without being paid; a person who does this"),
    ("V", "owe", "빚지다, 신세를 지다", "to need to pay back or do something for someone"),
    ("V", "lend a hand", "도와주다, 거들다", "to help someone"),
    ("V", "donate", "기부하다", "to give money or things to help people in need"),
    ("V", "used to + 동사원형", "(과거에) ~하곤 했다", "did something regularly in the past", "used to + base verb"),
    ("P", [("문법 포인트", "Grammar Point")], "h2"),
    ("P", [("used to + 동사원형은 과거의 습관이나 상태를 나타내며, 지금은 그렇지 않다는 뜻을 담고 있다.",
            "We use used to + base verb for a past habit or state that is no longer true.")]),
    ("P", [("나는 예전에 부산에 살았다.", "I used to live in Busan.")], "li"),
    ("P", [("이 거리에는 예전에 작은 서점이 있었다.", "There used to be a small bookstore on this street.")], "li"),
    ("P", [("확인 문제", "Check Up")], "h2"),
    ("P", [("A. 보기에서 알맞은 말을 골라 빈칸을 완성하시오.", "A. Complete the sentences with words from the box.")]),
    ("P", [("sort    owe    donate    volunteer", "sort    owe    donate    volunteer", D)]),
    ("P", [("1. 우리는 매년 겨울 보호소에 헌 옷을 기부한다.", "1. We ________ old clothes to the shelter every winter.")]),
    ("P", [("2. 이 편지들을 날짜순으로 정리하는 것 좀 도와줄래?", "2. Can you help me ________ these letters by date?")]),
    ("P", [("3. 태워 줘서 고마워.", "3. Thanks for the ride."), ("너한테 신세 졌다.", "I ________ you one.")]),
    ("P", [("B. 대화의 빈칸에 들어갈 말로 가장 알맞은 것은?", "B. Choose the best answer for the blank.")]),
    ("P", [("A: 이 상자 옮기는 것 좀 도와줄 수 있어?", "A: Can you lend me a hand with these boxes?")]),
    # (the line whole as fair as its blank and its sentence apart: made so after the first run)
    ("G", [("B: ______________", "B: ______________"),
           ("나 지금 치과 가는 길이거든.", "I'm on my way to the dentist.")]),
    ("G", [("① 물론이지, 왜 안 되겠어?", "① Sure, why not?"), ("② 미안하지만 안 될 것 같아.", "② I'm afraid I can't."),
           ("③ 당연히 할 수 있지.", "③ Of course I can."), ("④ 기꺼이 할게.", "④ It's my pleasure."),
           ("⑤ 여기 있어.", "⑤ Here you are.")]),
    ("K", "정답 및 해설"),
    ("K", "A. 1. donate 2. sort 3. owe   B. ②"),
    ("K", "B가 치과에 가는 길이라고 했으므로 거절하는 표현이 알맞다."),
    ("E", "- 53 -"),
    ("K", "- 53 -"),
]

# ---------------------------------------------------------------- 2 university syllabus
SYLLABUS = [
    ("P", [("2027학년도 1학기 강의계획서", "Course Syllabus, Spring 2027")], "h1"),
    ("P", [("EDU 305 교육평가의 이론과 실제", "EDU 305 Educational Assessment: Theory and Practice")], "h1"),
    ("P", [("교과목 정보", "Course Information")], "h2"),
    ("L", "교과목 코드", "EDU 305-02", "Course code", "EDU 305-02"),
    ("L", "학점", "3학점 (이론 2, 실습 1)", "Credits", "3 (2 lecture, 1 practicum)"),
    ("L", "강의 시간", "월·수 10:30–11:45", "Class meetings", "Mon & Wed, 10:30–11:45 a.m."),
    ("L", "강의실", "사범대학 304호", "Classroom", "Room 304, College of Education"),
    ("L", "담당 교수", "윤서진", "Instructor", "Prof. Seojin Yoon"),
    ("L", "면담 시간", "화 14:00–16:00, 사범대학 517호 (이메일로 사전 예약)",
     "Office hours", "Tue 2–4 p.m., Room 517, College of Education (book by email)"),
    ("L", "이메일", "sjyoon@hanbit.ac.kr", "Email", "sjyoon@hanbit.ac.kr"),
    ("L", "선수 과목", "EDU 201 교육심리학", "Prerequisite", "EDU 201 Educational Psychology"),
    ("P", [("강의 개요", "Course Description")], "h2"),
    ("P", [("이 강의는 학교 현장에서 쓰이는 평가의 기본 개념과 방법을 다룬다.",
            "This course introduces the core concepts and methods of assessment as it is practiced in schools."),
           ("수강생은 타당도와 신뢰도의 개념을 익히고, 실제 수업에 쓸 수 있는 평가 도구를 직접 개발한다.",
            "You will learn what validity and reliability mean and build assessment tools you can use in a real classroom."),
           ("", "Readings are in English unless noted otherwise.")]),
    ("P", [("학습 목표", "Learning Objectives")], "h2"),
    ("P", [("형성평가와 총괄평가의 목적과 방법을 비교하여 설명할 수 있다.",
            "Compare the purposes and methods of formative and summative assessment.")], "li"),
    ("P", [("선다형 문항과 서술형 문항을 제작하고 문항 분석 결과를 해석할 수 있다.",
            "Write multiple-choice and constructed-response items and interpret item analysis results.")], "li"),
    ("P", [("채점 기준표(루브릭)를 설계하여 동료 평가에 적용할 수 있다.",
            "Design a scoring rubric and use it in peer assessment.")], "li"),
    ("P", [("성적 평가", "Grading")], "h2"),
    ("R", ["평가 항목", "비율"], ["Component", "Weight"]),
    ("R", ["출석 및 수업 참여", "10%"], ["Attendance and participation", "10%"]),
    ("R", ["중간고사", "25%"], ["Midterm exam", "25%"]),
    ("R", ["기말고사", "30%"], ["Final exam", "30%"]),
    ("R", ["평가 도구 개발 프로젝트 (팀)", "25%"], ["Assessment design project (team)", "25%"]),
    ("R", ["주간 성찰 일지", "10%"], ["Weekly reflection journal", "10%"]),
    ("P", [("주차별 강의 계획", "Weekly Schedule")], "h2"),
    ("R", ["주", "날짜", "주제 및 활동"], ["Week", "Date", "Topics and activities"]),
    ("R", ["1", "3/3", "강의 소개: 우리는 왜 평가하는가"], ["1", "Mar 3", "Introduction: why do we assess?"]),
    ("R", ["2", "3/10", "교육목표 분류학과 평가 계획"], ["2", "Mar 10", "Taxonomies of objectives; planning an assessment"]),
    ("R", ["3", "3/17", "형성평가와 총괄평가"], ["3", "Mar 17", "Formative and summative assessment"]),
    ("R", ["4", "3/24", "타당도와 신뢰도"], ["4", "Mar 24", "Validity and reliability"]),
    ("R", ["5", "3/31", "선다형 문항 제작 실습"], ["5", "Mar 31", "Workshop: writing multiple-choice items"]),
    ("R", ["8", "4/21", "중간고사"], ["8", "Apr 21", "Midterm exam"]),
    ("R", ["10", "5/5", "휴강 (어린이날)"], ["10", "May 5", "No class (Children's Day)"]),
    ("R", ["15", "6/9", "팀 프로젝트 발표"], ["15", "Jun 9", "Team project presentations"]),
    ("P", [("수업 규정", "Course Policies")], "h2"),
    ("P", [("결석이 4회를 넘으면 성적과 관계없이 F 학점을 받는다.",
            "Students who miss more than four classes will receive an F regardless of their other grades.")], "li"),
    ("P", [("과제는 마감 후 24시간 이내에 제출하면 10% 감점하며, 그 이후에는 받지 않는다.",
            "Work submitted up to 24 hours late loses 10%; after that it will not be accepted.")], "li"),
    ("P", [("생성형 AI 도구는 아이디어 구상 단계에서만 사용할 수 있으며, 사용한 경우 반드시 밝혀야 한다.",
            "You may use generative AI tools for brainstorming only, and you must say when you have used them.")], "li"),
    ("K", "※ 본 교과목은 중등 교원자격 취득을 위한 교직 필수 과목입니다."),
    ("E", "International students may submit written work in either English or Korean."),
]

# ---------------------------------------------------------------- 3 science exam and its English version
EXAM = [
    ("P", [("2027학년도 1학기 1차 지필평가", "First Written Exam, Spring Semester 2027")], "h1"),
    ("P", [("2학년 과학 (문항 수: 4, 총점: 15점)", "Grade 8 Science (4 questions, 15 points)")], "h2"),
    ("P", [("성명: __________   2학년 ____반 ____번", "Name: __________   Grade 8, Class ____, No. ____")]),
    ("P", [("※ 답안은 OMR 카드에 컴퓨터용 사인펜으로 표기하시오.",
            "※ Mark your answers on the OMR card with the computer-compatible felt-tip pen.")]),
    ("E", "※ This English version is provided for international students. If the two versions differ, the Korean version prevails."),
    ("P", [("1. 다음 중 광합성에 필요한 물질이 아닌 것은? [3점]",
            "1. Which of the following is NOT needed for photosynthesis? [3 points]")]),
    ("P", [("① 물   ② 이산화 탄소   ③ 빛   ④ 산소   ⑤ 엽록체",
            "① water   ② carbon dioxide   ③ light   ④ oxygen   ⑤ chloroplasts")]),
    ("P", [("2. 그림은 어떤 식물의 잎 단면을 나타낸 것이다.", "2. The figure shows a cross-section of a leaf."),
           ("이에 대한 설명으로 옳은 것만을 <보기>에서 있는 대로 고른 것은? [4점]",
            "Which of the statements in the box are correct? Choose all that apply. [4 points]")]),
    ("P", [("[그림: 잎의 단면, A 기공, B 울타리 조직]", "[Figure: cross-section of a leaf, A stoma, B palisade layer]")]),
    ("P", [("<보기>", "<Statements>", D)]),
    ("P", [("ㄱ. A는 기공으로, 기체가 드나드는 통로이다.", "a. A is a stoma, an opening through which gases pass.")]),
    ("P", [("ㄴ. B에서는 광합성이 일어나지 않는다.", "b. Photosynthesis does not take place in B.")]),
    ("P", [("ㄷ. 기공은 주로 낮에 열린다.", "c. Stomata are usually open during the day.")]),
    ("P", [("① ㄱ   ② ㄴ   ③ ㄱ, ㄷ   ④ ㄴ, ㄷ   ⑤ ㄱ, ㄴ, ㄷ", "① a   ② b   ③ a, c   ④ b, c   ⑤ a, b, c", D)]),
    ("E", "- 1 -"),
    ("K", "- 1 -"),
    ("P", [("[3~4] 다음은 어떤 학생이 수행한 실험 과정이다.", "[3–4] The following describes an experiment a student carried out."),
           ("물음에 답하시오.", "Answer the questions.")]),
    ("P", [("(가) 비커 두 개에 검정말을 한 포기씩 넣고, 한 비커는 햇빛이 드는 창가에, 다른 비커는 어두운 상자 안에 두었다.",
            "(A) The student put a sprig of waterweed in each of two beakers, placing one by a sunny window and the other inside a dark box.")]),
    ("P", [("(나) 30분 뒤 각 비커에서 발생한 기포의 수를 세었다.",
            "(B) After 30 minutes, the student counted the bubbles rising in each beaker.")]),
    ("P", [("(다) 창가에 둔 비커에서만 기포가 많이 발생하였다.",
            "(C) Many bubbles appeared only in the beaker by the window.")]),
    ("P", [("3. 이 실험에서 발생한 기포의 주성분은? [3점]",
            "3. What gas are the bubbles in this experiment mostly made of? [3 points]")]),
    ("P", [("① 질소   ② 산소   ③ 수소   ④ 이산화 탄소   ⑤ 수증기",
            "① nitrogen   ② oxygen   ③ hydrogen   ④ carbon dioxide   ⑤ water vapor")]),
    # (the points' bracket a pair of its own as fair as the line whole: made so after the first run)
    ("G", [("4. (가)에서 두 비커를 서로 다른 곳에 둔 까닭을 서술하시오.",
            "4. In (A), why did the student put the two beakers in different places? Explain."),
           ("[서술형 5점]", "[Written answer, 5 points]")]),
    ("E", "______________________________________________"),
    ("K", "______________________________________________"),
    ("E", "______________________________________________"),
    ("K", "______________________________________________"),
    ("K", "※ 확인 사항: 답안지의 해당란에 필요한 사항을 정확히 표기하였는지 확인하시오."),
    ("P", [("<끝>", "— End of exam —", D)]),
    ("E", "- 2 -"),
    ("K", "- 2 -"),
]

# ---------------------------------------------------------------- 4 lecture slides (Korean deck, English deck)
SLIDES = [
    ("SLIDE",),
    ("P", [("3주차: 형성평가와 총괄평가", "Week 3: Formative and Summative Assessment")], "title"),
    ("P", [("EDU 305 교육평가 | 윤서진", "EDU 305 Educational Assessment | Seojin Yoon", D)], "p"),
    ("P", [("지난주 내용을 묻는 질문 하나로 시작하세요.", "Open with one question about last week's material."),
           ("답은 손을 들지 말고 옆 사람과 먼저 나누게 합니다.", "Have students share answers with a neighbor before anyone raises a hand.")],
     "note"),
    ("SLIDE",),
    ("P", [("오늘의 학습 목표", "Today's Goals")], "title"),
    ("P", [("형성평가와 총괄평가의 목적 구분하기", "Tell formative and summative assessment apart by their purpose")], "li"),
    ("P", [("수업 중 바로 쓸 수 있는 기법 세 가지 익히기", "Learn three techniques you can use in class tomorrow")], "li"),
    ("P", [("피드백에 관한 연구 결과 살펴보기", "See what research says about feedback")], "li"),
    ("P", [("학생들에게 중·고등학교 시절 가장 기억에 남는 시험을 떠올려 보라고 하세요.",
            "Ask students to think of the most memorable test they took in secondary school."),
           ("그 시험이 무엇을 위한 것이었는지 2분 동안 짝과 이야기하게 합니다.",
            "Give pairs two minutes to discuss what that test was for.")], "note"),
    ("SLIDE",),
    ("P", [("한눈에 비교하기", "Side by Side")], "title"),
    ("R", ["", "형성평가", "총괄평가"], ["", "Formative", "Summative"]),
    ("R", ["시기", "학습 도중", "단원·학기 말"], ["When", "During learning", "End of a unit or term"]),
    ("R", ["목적", "학습 개선", "성취 수준 판정"], ["Purpose", "To improve learning", "To judge achievement"]),
    ("R", ["예시", "출구 카드, 쪽지 시험", "기말고사, 수행평가"], ["Examples", "Exit tickets, quick quizzes", "Final exams, projects"]),
    ("P", [("같은 시험도 어떻게 쓰느냐에 따라 형성평가가 될 수 있다는 점을 강조하세요.",
            "Stress that the same test can be formative, depending on how its results are used.")], "note"),
    ("SLIDE",),
    ("P", [("기법 1: 출구 카드", "Technique 1: Exit Tickets")], "title"),
    ("P", [("수업 마지막 3분, 카드 한 장에 한 문항", "Last three minutes of class: one card, one question")], "li"),
    ("P", [("예: \"오늘 가장 헷갈렸던 개념은?\"", "e.g., \"What was the muddiest point today?\"")], "li"),
    ("P", [("답을 보고 다음 수업 계획을 바로 수정", "Read the cards and adjust the next lesson")], "li"),
    ("P", [("카드는 이름을 쓰지 않게 해도 됩니다.", "Cards can be anonymous."),
           ("중요한 건 교사가 다음 수업에서 무엇을 바꾸느냐입니다.", "What matters is what the teacher changes next time.")], "note"),
    ("K", "(참고: 다음 주 퀴즈 범위 공지 잊지 말 것!)", "note"),
    ("SLIDE",),
    ("P", [("피드백은 무엇을 바꾸는가", "What Feedback Does")], "title"),
    ("P", [("코멘트만 받은 학생이 점수만 받은 학생보다 더 많이 향상되었다 (Butler, 1988)",
            "Students given comments only improved more than students given grades only (Butler, 1988)")], "li"),
    ("P", [("점수와 코멘트를 함께 주면 학생은 점수만 본다",
            "Give a grade and a comment together, and students read only the grade")], "li"),
    ("P", [("Black & Wiliam (1998), Inside the Black Box", "Black & Wiliam (1998), Inside the Black Box", D)], "li"),
    ("P", [("여기서 잠깐 멈추고, 학생들이 지난 학기에 받은 피드백 중 도움이 된 것을 하나씩 말해 보게 하세요.",
            "Pause here and ask a few students to name one piece of feedback from last term that actually helped them.")],
     "note"),
    ("SLIDE",),
    ("P", [("질문 있나요?", "Questions?")], "title"),
    ("P", [("다음 주: 타당도와 신뢰도 (교재 4장 미리 읽어 오기)", "Next week: Validity and reliability (read Chapter 4 beforehand)")], "p"),
]

# ---------------------------------------------------------------- 5 newsletter to parents (가정통신문)
NEWSLETTER = [
    ("P", [("가정통신문", "Letter to Parents")], "h1"),
    ("P", [("제2027-14호", "No. 2027-14", D)]),
    ("P", [("5학년 현장체험학습 안내 및 참가 동의서", "Grade 5 Field Trip: Notice and Permission Form")], "h2"),
    ("P", [("학부모님, 안녕하십니까?", "Dear Parents and Guardians,", D)]),
    ("P", [("신록이 짙어 가는 5월, 가정에 건강과 행복이 가득하시기를 기원합니다.",
            "As the trees turn green this May, we hope this letter finds your family well.")]),
    ("P", [("우리 학교에서는 5학년 학생들을 대상으로 아래와 같이 현장체험학습을 실시하고자 합니다.",
            "Our school is planning a field trip for all fifth graders, as outlined below."),
           ("자녀가 안전하고 즐거운 체험학습을 할 수 있도록 가정에서도 관심을 가지고 지도해 주시기 바랍니다.",
            "We ask for your support in helping your child prepare for a safe and enjoyable day.")]),
    ("P", [("- 아 래 -", "Details", D)]),
    ("L", "일시", "2027년 5월 20일(목) 08:50~15:30", "Date", "Thursday, May 20, 2027, 8:50 a.m.–3:30 p.m."),
    ("L", "장소", "국립과천과학관 (경기도 과천시)", "Place", "Gwacheon National Science Museum, Gyeonggi-do"),
    ("L", "대상", "5학년 전체 (6개 반, 158명)", "Who", "All fifth graders (6 classes, 158 students)"),
    ("L", "교통편", "전세 버스 5대", "Transportation", "5 chartered buses"),
    ("L", "준비물", "도시락, 물, 필기도구, 간단한 간식", "What to bring", "A packed lunch, water, a pencil and a small snack"),
    ("L", "참가비", "없음 (교육청 예산 지원)", "Cost", "Free (funded by the district office of education)"),
    ("P", [("유의 사항", "Please note")], "h2"),
    ("P", [("멀미가 심한 학생은 출발 전에 멀미약을 먹여 보내 주십시오.",
            "If your child gets carsick, please give them motion sickness medicine before they leave home.")], "li"),
    ("P", [("당일 오전 7시 기준으로 기상 특보가 발효 중이면 정상 수업으로 대체합니다.",
            "If a weather warning is in effect at 7 a.m. that day, regular classes will be held instead.")], "li"),
    ("P", [("휴대 전화는 가져올 수 있으나, 체험 중에는 담임 교사가 보관합니다.",
            "Students may bring phones, but homeroom teachers will keep them during the visit.")], "li"),
    ("K", "※ 회신서는 학교종이 앱으로도 제출하실 수 있습니다."),
    ("P", [("2027년 5월 10일", "May 10, 2027")]),
    ("P", [("한빛초등학교장", "Principal, Hanbit Elementary School")]),
    ("P", [("✂ - - - - - - - - - - 절 취 선 - - - - - - - - - -", "✂ - - - - - - - - - - cut here - - - - - - - - - -", D)]),
    ("P", [("현장체험학습 참가 동의서", "Field Trip Permission Form")], "h2"),
    ("P", [("5학년 (    )반 (    )번   이름: ______________", "Grade 5, Class (    ), No. (    )   Student's name: ______________")]),
    ("P", [("위 학생의 현장체험학습 참가에 (□ 동의합니다 / □ 동의하지 않습니다).",
            "I (□ give / □ do not give) permission for my child to go on the field trip.")]),
    ("P", [("비상 연락처: ______________", "Emergency contact number: ______________")]),
    ("P", [("2027년 5월 (    )일", "Date: May (    ), 2027")]),
    ("P", [("보호자: ______________ (서명)", "Parent/guardian: ______________ (signature)")]),
    ("P", [("※ 5월 14일(금)까지 담임 선생님께 제출해 주십시오.",
            "Please return this form to your child's homeroom teacher by Friday, May 14.")]),
]
