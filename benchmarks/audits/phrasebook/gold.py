# Hand-written textbook / phrasebook gold pairs (helperR audit).
# Each item: (id, kind, English, Korean, extra)
#   kind: D=dialogue turn (extra = (conv, speaker 0/1)), S=short reply, N=numbered example,
#   G=grammar pattern (extra = pattern label), V=vocabulary (extra = part of speech),
#   I=instruction, K=answer key / exercise heading, Q=question, M=numbers/prices/times,
#   P=polite vs casual, O=alternatives ("또는 / or")

ITEMS = []


def add(kind, en, ko, extra=None):
    ITEMS.append((len(ITEMS), kind, en, ko, extra))


# --- dialogues ---------------------------------------------------------------
conv = [
    # restaurant
    [("Excuse me, can I see the menu?", "저기요, 메뉴 좀 볼 수 있을까요?"),
     ("Sure, here you are.", "네, 여기 있습니다."),
     ("What do you recommend?", "뭘 추천하시겠어요?"),
     ("The bibimbap is very popular.", "비빔밥이 아주 인기가 많아요."),
     ("Then I'll have that, please.", "그럼 그걸로 주세요."),
     ("Anything to drink?", "마실 것은요?"),
     ("Just water, please.", "그냥 물 주세요.")],
    # introductions
    [("What's your name?", "이름이 뭐예요?"),
     ("My name is Minsu Kim.", "제 이름은 김민수예요."),
     ("Where are you from?", "어디에서 왔어요?"),
     ("I'm from Busan.", "부산에서 왔어요."),
     ("What do you do?", "무슨 일을 하세요?"),
     ("I'm a student.", "저는 학생이에요.")],
    # shopping
    [("How much is this?", "이거 얼마예요?"),
     ("It's 15,000 won.", "만 오천 원이에요."),
     ("That's too expensive.", "너무 비싸요."),
     ("Then how about this one?", "그럼 이건 어때요?"),
     ("I'll take it.", "이걸로 할게요."),
     ("Can I pay by card?", "카드로 계산해도 돼요?"),
     ("Of course.", "물론이죠.")],
    # directions
    [("Excuse me, where is the subway station?", "실례합니다, 지하철역이 어디에 있어요?"),
     ("Go straight and turn left at the bank.", "쭉 가다가 은행에서 왼쪽으로 도세요."),
     ("Is it far from here?", "여기에서 멀어요?"),
     ("No, it's about five minutes on foot.", "아니요, 걸어서 5분쯤 걸려요."),
     ("Thank you so much.", "정말 감사합니다."),
     ("You're welcome.", "천만에요.")],
    # phone
    [("Hello, is Dr. Park there?", "여보세요, 박 선생님 계세요?"),
     ("He's in a meeting right now.", "지금 회의 중이세요."),
     ("When will he be back?", "언제 돌아오세요?"),
     ("Around 3 p.m.", "오후 3시쯤이요."),
     ("Please tell him Mr. Smith called.", "스미스 씨가 전화했다고 전해 주세요."),
     ("OK, I will.", "네, 그렇게 할게요.")],
]
for c, turns in enumerate(conv):
    for t, (en, ko) in enumerate(turns):
        add("D", en, ko, (c, t % 2))

# --- short replies -------------------------------------------------------------
for en, ko in [("Yes.", "네."), ("No.", "아니요."), ("No, thanks.", "아니요, 괜찮아요."), ("OK.", "좋아요."),
               ("Sure.", "그럼요."), ("Me too.", "저도요."), ("I see.", "그렇군요."), ("Really?", "정말요?"),
               ("Sorry.", "미안해요."), ("Thanks!", "고마워!"), ("Not yet.", "아직이요."),
               ("Good night.", "안녕히 주무세요."), ("See you tomorrow.", "내일 봐요.")]:
    add("S", en, ko)

# --- numbered example sentences ---------------------------------------------------
for en, ko in [("I'm hungry.", "배고파요."), ("I'm tired.", "피곤해요."), ("It's cold today.", "오늘 추워요."),
               ("I have a headache.", "머리가 아파요."), ("I'm looking for the bathroom.", "화장실을 찾고 있어요."),
               ("I don't understand.", "이해가 안 돼요."), ("Please speak slowly.", "천천히 말해 주세요."),
               ("Could you say that again?", "다시 한 번 말씀해 주시겠어요?"),
               ("I like Korean food.", "저는 한국 음식을 좋아해요."),
               ("I've been to Jeju Island twice.", "제주도에 두 번 가 봤어요."),
               ("The weather is nice.", "날씨가 좋네요."), ("I'm late.", "늦었어요.")]:
    add("N", en, ko)

# --- grammar patterns ---------------------------------------------------------------
for pat, en, ko in [("-(으)ㄹ 수 있다", "I can swim.", "나는 수영할 수 있다."),
                    ("-(으)ㄹ 수 없다", "I can't drive.", "나는 운전할 수 없다."),
                    ("-고 싶다", "I want to go home.", "집에 가고 싶어요."),
                    ("-아/어야 하다", "You have to study.", "공부해야 해요."),
                    ("-(으)면", "If it rains, I'll stay home.", "비가 오면 집에 있을 거예요."),
                    ("-지만", "It's small but clean.", "작지만 깨끗해요."),
                    ("-(으)러 가다", "I'm going to the store to buy milk.", "우유를 사러 가게에 가요."),
                    ("-아/어 본 적이 있다", "Have you ever eaten kimchi?", "김치를 먹어 본 적이 있어요?"),
                    ("-는 중이다", "I'm doing my homework.", "숙제를 하는 중이에요."),
                    ("N 때문에", "I couldn't sleep because of the noise.", "소음 때문에 잠을 못 잤어요.")]:
    add("G", en, ko, pat)

# --- vocabulary -------------------------------------------------------------------
for en, ko, pos in [("apple", "사과", "n."), ("water", "물", "n."), ("school", "학교", "n."),
                    ("friend", "친구", "n."), ("to eat", "먹다", "v."), ("expensive", "비싸다", "adj."),
                    ("library", "도서관", "n."), ("weather", "날씨", "n."), ("hospital", "병원", "n."),
                    ("umbrella", "우산", "n.")]:
    add("V", en, ko, pos)

# --- instructions -------------------------------------------------------------------
for en, ko in [("Translate into Korean.", "한국어로 번역하세요."),
               ("Translate the following into English.", "다음을 영어로 옮기시오."),
               ("Fill in the blanks.", "빈칸을 채우시오."), ("Listen and repeat.", "듣고 따라 하세요."),
               ("Choose the correct answer.", "알맞은 답을 고르시오."),
               ("Read the dialogue and answer the questions.", "대화를 읽고 질문에 답하시오."),
               ("Practice with a partner.", "짝과 함께 연습하세요.")]:
    add("I", en, ko)

# --- answer keys / exercise headings ---------------------------------------------------
for en, ko in [("Answer Key", "정답"), ("Exercise 3", "연습 문제 3"), ("Answers will vary.", "답은 다양할 수 있습니다.")]:
    add("K", en, ko)

# --- questions ----------------------------------------------------------------------
for en, ko in [("Where do you live?", "어디에 살아요?"), ("What time is it now?", "지금 몇 시예요?"),
               ("How old are you?", "몇 살이에요?"), ("Do you have any siblings?", "형제가 있어요?"),
               ("What did you do last weekend?", "지난 주말에 뭐 했어요?"),
               ("Why are you learning Korean?", "왜 한국어를 배워요?"), ("Can you help me?", "좀 도와주실 수 있어요?")]:
    add("Q", en, ko)

# --- numbers, prices, times ------------------------------------------------------------
for en, ko in [("The movie starts at 7:30 p.m.", "영화는 저녁 7시 30분에 시작해요."),
               ("The train leaves at 9 a.m.", "기차는 오전 9시에 출발해요."),
               ("A coffee costs 4,500 won.", "커피 한 잔에 4,500원이에요."),
               ("There are 30 students in my class.", "우리 반에는 학생이 30명 있어요."),
               ("My birthday is May 5th.", "제 생일은 5월 5일이에요."),
               ("The store is open from 10 a.m. to 9 p.m.", "가게는 오전 10시부터 오후 9시까지 열어요."),
               ("I need three tickets, please.", "표 세 장 주세요."),
               ("It takes 2 hours by bus.", "버스로 두 시간 걸려요."),
               ("My phone number is 010-1234-5678.", "제 전화번호는 010-1234-5678이에요."),
               ("The room is on the 5th floor.", "방은 5층에 있어요.")]:
    add("M", en, ko)

# --- polite vs casual -------------------------------------------------------------------
for en, ko in [("Did you eat? (casual)", "밥 먹었어?"), ("Have you eaten? (polite)", "식사하셨어요?"),
               ("Where are you going? (casual)", "어디 가?"), ("Where are you going? (polite)", "어디 가세요?"),
               ("Thank you. (formal)", "감사합니다."), ("Thanks. (casual)", "고마워."),
               ("Goodbye. (to someone leaving)", "안녕히 가세요."),
               ("Goodbye. (to someone staying)", "안녕히 계세요.")]:
    add("P", en, ko)

# --- alternatives ---------------------------------------------------------------------
for en, ko in [("Thank you very much.", "정말 고맙습니다. 또는 정말 감사합니다."),
               ("I'm sorry.", "죄송합니다. / 미안합니다."),
               ("What is this?", "이것은 무엇입니까? (또는 이게 뭐예요?)")]:
    add("O", en, ko)

if __name__ == "__main__":
    from collections import Counter
    print(len(ITEMS), Counter(k for _, k, *_ in ITEMS))
