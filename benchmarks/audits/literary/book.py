# The hand-written bilingual excerpt, as data.
# Each paragraph: dict(units=[(en, ko), ...], ko_order=optional permutation, kind=optional tag)
# en / ko: sentences separated by "|" (the gold sentence segmentation); None = no counterpart.
# A unit with both sides is one gold pair.

P = []


def para(*units, ko_order=None, kind="text", ko_copy_en=False):
    P.append(dict(units=list(units), ko_order=ko_order, kind=kind, ko_copy_en=ko_copy_en))


para(("Chapter Three", "제3장"), kind="heading")
para(("The Salt House", "소금 집"), kind="heading")
# epigraph: English only. In the two-file layout the Korean edition reprints it in English.
para(("What the tide takes, it keeps in trust; what it returns, it returns changed.", None), kind="epigraph", ko_copy_en=True)
para(("— Margaret Ellery, The Keeper's Daughter", None), kind="epigraph", ko_copy_en=True)

para(("The bus from Mokpo left me at the end of the road a little after four o'clock, and by the time I had dragged my suitcase across the causeway, the tide had already begun to come in behind me.",
      "목포에서 온 버스는 네 시가 조금 넘어 길 끝에 나를 내려 주었다.|캐리어를 끌고 둑길을 건너는 사이, 등 뒤에서는 벌써 밀물이 들어오기 시작했다."),
     ("I did not look back.", "나는 뒤돌아보지 않았다."),
     ("There was nothing behind me that I wanted to see again.", "다시 보고 싶은 것은 그 뒤에 아무것도 없었다."))

para(("The house stood where my father had always said it would, on a low rise above the salt flats, its roof patched with sheets of blue tarpaulin.",
      "집은 아버지가 늘 말하던 그 자리, 염전 위의 낮은 둔덕에 서 있었다.|지붕은 파란 방수포로 군데군데 덧대어져 있었다."),
     ("It was smaller than I remembered.|It was also uglier.", "기억보다 작았고, 더 볼품없었다."),
     ("A dog barked somewhere.", "어디선가 개가 짖었다."),
     ("Then a door opened, and Mrs. Han came out onto the step, wiping her hands on her apron.",
      "이윽고 문이 열리더니 한 여사가 앞치마에 손을 닦으며 문간으로 나왔다."))

para(("“You’re late,” she said.", "“늦었구나.” 그녀가 말했다."))
para(("“The bus was late.”", "“버스가 늦게 왔어요.”"))
para(("“The bus is always late.", "“버스야 늘 늦지."),
     ("That is why one takes the earlier bus.”", "그러니까 더 이른 버스를 타는 거고.”"))
para(("She looked at me for a long moment, the way one looks at a letter that has arrived at the wrong address.",
      "그녀는 잘못 배달된 편지를 들여다보듯 한참 동안 나를 바라보았다."),
     ("“Well... you had better come in,” she said at last.", "“뭐…… 들어오는 게 좋겠다.” 마침내 그녀가 말했다."),
     ("“Dr. Bae will be here at six.”", "“배 선생님이 여섯 시에 오실 거야.”"))
para(("“Dr. Bae?”", "“배 선생님이요?”"))
para(("“Your father’s doctor.", "“네 아버지 주치의 말이다."),
     ("He wants to speak to you about the house.”", "집 문제로 너랑 얘기하고 싶어 하셔.”"),
     ("She turned and went inside without waiting for an answer.", "그녀는 대답도 기다리지 않고 돌아서서 안으로 들어갔다."))

para(("Inside, the house smelled of kerosene and dried anchovies.", "집 안에서는 등유와 마른 멸치 냄새가 났다."),
     ("The kitchen clock said 4:47, though it had said 4:47, Mrs. Han told me, since the winter of 1998.",
      "부엌 시계는 4시 47분을 가리키고 있었는데, 한 여사 말로는 1998년 겨울부터 줄곧 4시 47분이었다고 했다."),
     ("Nobody had thought it worth repairing.", "아무도 그걸 고칠 생각을 하지 않았다."),
     ("It hung over the stove like Miss Havisham’s clocks, keeping faith with a moment everyone else had left behind.",
      "시계는 미스 해비셤[디킨스의 소설 『위대한 유산』의 등장인물. 결혼식 날 버림받은 순간에 집 안의 모든 시계를 멈춰 두었다—옮긴이]의 시계들처럼 난로 위에 걸린 채, 다른 이들은 모두 떠나 버린 한순간을 홀로 지키고 있었다."),
     ("On the table lay a stack of envelopes tied with kitchen string, and on top of the stack sat a jar of salted shrimp, as if someone had been using it as a paperweight.",
      "식탁 위에는 부엌용 끈으로 묶은 봉투 더미가 놓여 있었다.|누가 문진으로라도 쓴 듯, 그 위에는 새우젓 한 병이 얹혀 있었다."))

para(("“Those are his,” Mrs. Han said.", "“그건 네 아버지 거다.” 한 여사가 말했다."),
     ("“Letters.|He never sent them.”", "“끝내 부치지 않은 편지들이지.”"))
para(("“To whom?”", "“누구한테요?”"))
para(("“To you, mostly.”", "“대부분 너한테.”"))
para(("“But he never even—”", "“그렇지만 아버지는 한 번도—”"))
para(("“Called?", "“전화를 안 했다고?"),
     ("No.", "그래."),
     ("He wrote instead.", "대신 편지를 썼지."),
     ("It is what he did.”", "그게 그 사람 방식이었어.”"),
     ("She set a kettle on the stove.", "그녀는 주전자를 난로 위에 올렸다."))

# the paragraph whose Korean reorders two sentences (units 1 and 2 swapped)
para(("I untied the string.", "나는 끈을 풀었다."),
     ("The envelopes were all addressed in the same careful hand.", "봉투마다 똑같이 꼼꼼한 글씨로 주소가 적혀 있었다."),
     ("None of them had a stamp.", "우표가 붙은 봉투는 하나도 없었다."),
     ("The oldest was dated March 1987, the month I was born; the newest, only three weeks ago.",
      "가장 오래된 것은 내가 태어난 달인 1987년 3월 날짜였고, 가장 최근 것은 겨우 3주 전 날짜였다."),
     ko_order=[0, 2, 1, 3], kind="reordered")

para(("I opened the one on top.", "나는 맨 위의 봉투를 열었다."))
para(("Dear Jiwon,", "지원에게"), kind="letter")
para(("The tide tables say the water will be high tonight at 11:20 p.m., so I will not walk out to the flats.",
      "물때표를 보니 오늘 밤 11시 20분에 물이 가장 높다는구나.|그러니 염전에는 나가지 않으련다."),
     ("I have been thinking about the summer you were six, when you fell asleep in the salt shed and we searched for you until dawn.",
      "네가 여섯 살이던 여름이 자꾸 생각난다.|네가 소금 창고에서 잠드는 바람에 우리가 새벽까지 너를 찾아 헤맸던 그 여름 말이다."),
     ("Your mother never forgave me for that.", "네 엄마는 그 일로 끝내 나를 용서하지 않았지."),
     ("I am not sure I have forgiven myself.", "나도 나 자신을 용서했는지 잘 모르겠다."), kind="letter")
para(("Mr. Yoon from the co-operative came by again about the land.", "조합의 윤 씨가 땅 문제로 또 찾아왔다."),
     ("He offers 42 million won, which is an insult, and I told him so.", "4,200만 원을 주겠다는데, 모욕이나 다름없는 액수라 그렇게 말해 주었다."),
     ("The old boat is still at berth No. 4 if you want it.", "낡은 배는 아직 4번 선석에 있으니 원하면 가져가거라."), kind="letter")
para(("Come home, if you can.", "올 수 있으면 집에 오너라."), kind="letter")
para(("Your father,", "아버지가"), kind="letter")
para(("S. W. Han", "한상우"), kind="letter")

para(("I read it twice.", "나는 편지를 두 번 읽었다."),
     ("Then I folded it along its old creases and put it back in the envelope, as carefully as if it were something that might still be returned to the sender.",
      "그러고는 원래 접혀 있던 자국을 따라 접어 봉투에 다시 넣었다.|아직 보낸 사람에게 돌려보낼 수라도 있는 것처럼 조심스럽게."))
para((None, "(역주: 서해안은 조수 간만의 차가 커서, 물때를 모르고 갯벌에 나갔다가 고립되는 사고가 드물지 않다.)"), kind="tnote")

# omitted by the translator
para(("I should explain, for readers who have never seen one, that a salt farm on the west coast is not a farm at all in the way an American would imagine it.|It is a grid of shallow pans divided by low earthen walls, each pan a little lower than the last, so that the seawater moves through them slowly and the sun does the rest.|My father used to say that making salt was the only honest work left in the country, because the sea could not be lied to.", None), kind="omitted")

para(("Dr. Bae arrived at ten past six, carrying a black umbrella although it was not raining.",
      "배 선생님은 비도 오지 않는데 검은 우산을 들고 여섯 시 십 분에 도착했다."),
     ("He was a small man of about seventy with very clean shoes.", "일흔쯤 된 자그마한 남자였는데, 구두가 아주 깨끗했다."),
     ("He shook my hand.|He held it a moment too long.", "그는 내 손을 잡고 조금 오래 놓지 않았다."),
     ("“I’m so sorry about your father,” he said.", "“아버님 일은 정말 유감입니다.” 그가 말했다."),
     ("“He spoke of you often.”", "“따님 이야기를 자주 하셨어요.”"))
para(("“Did he?”", "“그래요?”"))
para(("“Every Tuesday.", "“화요일마다요."),
     ("I came on Tuesdays, you see, to check his blood pressure, and he would tell me what you were doing in Seoul... or what he imagined you were doing.”",
      "제가 화요일마다 혈압을 재러 왔거든요.|그때마다 따님이 서울에서 뭘 하는지 이야기하셨죠. 아니, 뭘 하고 있을 거라고 상상하셨는지를요.”"))
para(("Mrs. Han poured the tea.", "한 여사가 차를 따랐다."),
     ("Nobody drank it.", "아무도 마시지 않았다."),
     ("Outside, the water had reached the foot of the causeway, and the light over the flats had turned the colour of weak tea itself.",
      "밖에서는 물이 둑길 발치까지 차올랐고, 염전 위의 빛은 그 멀건 찻물 같은 빛깔로 변해 있었다."))
para(("“There is the matter of the house,” Dr. Bae said finally.", "“집 문제가 남아 있습니다.” 마침내 배 선생님이 입을 열었다."),
     ("He took a folded document from his inside pocket and smoothed it on the table, next to the jar of shrimp.",
      "그는 안주머니에서 접힌 서류를 꺼내 새우젓 병 옆에 놓고 손바닥으로 반듯이 폈다."))
para(("“Your father left it to you.", "“아버님께서 따님께 물려주셨습니다."),
     ("All of it: the house, the pans, the shed.", "집이며 염전이며 창고까지 전부요."),
     ("There is also a debt of some 18.5 million won to the co-operative, which Mr. Yoon is very anxious to discuss.”",
      "조합에 진 빚도 1,850만 원쯤 있는데, 윤 씨가 그 얘기를 몹시 하고 싶어 합니다.”"))
para(("“I don’t want it.”", "“전 필요 없어요.”"))
para(("“Nobody wants a salt farm,” said Mrs. Han from the stove.", "“염전 원하는 사람이 어디 있겠니.” 난로 앞에서 한 여사가 말했다."),
     ("“That has never stopped anyone from inheriting one.”", "“그렇다고 안 물려받은 사람도 없었다.”"))
para(("Dinner was rice, a thin soup of radish and clams, and the shrimp, which Mrs. Han set out in a saucer as if nothing had happened to it.",
      "저녁은 밥과 무를 넣은 멀건 조개탕, 그리고 새우젓이었다.|한 여사는 아무 일도 없었다는 듯 새우젓을 종지에 덜어 내놓았다."),
     ("Dr. Bae stayed.", "배 선생님도 남아서 함께 먹었다."),
     ("He ate slowly and precisely, the way he probably did everything, and talked about the weather, the price of salt, and the new bridge the province had been promising since 2011.",
      "그는 아마 모든 일을 그렇게 하듯 천천히, 꼼꼼하게 먹으며 날씨와 소금값, 그리고 도에서 2011년부터 약속해 온 새 다리 이야기를 했다."))
para(("“If you sell,” Mrs. Han said, setting down the pot, “sell to anyone but Yoon.”",
      "“팔 거면,” 한 여사가 냄비를 내려놓으며 말했다.|“윤 씨만 빼고 아무한테나 팔아라.”"))
para(("“Why not Mr. Yoon?”", "“왜 윤 씨는 안 돼요?”"))
para(("“Because he would pave it.", "“그 사람은 다 포장해 버릴 테니까."),
     ("He wants a car park for the tour buses.", "관광버스 주차장을 만들고 싶어 하거든."),
     ("Three and a half kilometres of asphalt where your grandfather made salt for forty years.”",
      "네 할아버지가 사십 년 동안 소금을 만들던 자리에 3.5킬로미터나 되는 아스팔트를 까는 거지.”"))
para(("Dr. Bae cleared his throat.", "배 선생님이 헛기침을 했다."),
     ("“Mrs. Han is perhaps a little unfair to Mr. Yoon,” he said.|“Perhaps.”", "“한 여사님 말씀이 윤 씨한테 좀 박하신 것 같기도 하네요.|어쩌면요.” 그가 말했다."),
     ("Nobody replied, and after a while he began to talk about the weather again.", "아무도 대꾸하지 않자, 잠시 뒤 그는 다시 날씨 이야기를 꺼냈다."))
para(("I went up to bed at nine.", "나는 아홉 시에 자러 올라갔다."),
     ("From the landing I could hear them downstairs, their voices low and even, like two people who had had the same conversation many times before and no longer needed to finish their sentences.",
      "층계참에 서 있으니 아래층에서 두 사람의 목소리가 들려왔다.|낮고 고른 목소리였다.|같은 대화를 이미 여러 번 나누어서 이제는 말끝을 맺을 필요도 없는 사람들 같았다."))
para((None, "(역주: 원문의 ‘salt farm’은 염전을 가리킨다. 저자는 이 장에서 ‘pans’와 ‘flats’를 섞어 쓰는데, 번역에서는 모두 ‘염전’으로 옮겼다.)"), kind="tnote")

para(("That night I could not sleep.", "그날 밤 나는 잠을 이루지 못했다."),
     ("The room Mrs. Han had given me was my old room, though nothing in it was mine any more: the desk had gone, the posters had gone, and in their place were cardboard boxes labelled in my father’s hand—WINTER CLOTHES, TAX 2009–2014, MISC.",
      "한 여사가 내준 방은 예전의 내 방이었지만, 그 안에 내 것은 더 이상 아무것도 없었다.|책상도 포스터도 사라지고, 그 자리에는 아버지 글씨로 ‘겨울옷’, ‘세금 2009–2014’, ‘잡동사니’라고 적힌 종이 상자들이 놓여 있었다."),
     ("At a quarter to midnight I got up, put on my coat, and went out.", "자정 십오 분 전, 나는 일어나 외투를 걸치고 밖으로 나갔다."))
para(("The tide was full.", "물이 가득 차 있었다."),
     ("Under the moon the flats had disappeared entirely; there was only water, flat and black and perfectly still, and the low walls between the pans showed through it like the lines on a palm.",
      "달빛 아래 염전은 온데간데없이 사라지고, 평평하고 검고 미동도 없는 물만 남아 있었다.|염전 사이의 낮은 둑들이 손금처럼 물 위로 비쳐 보였다."),
     ("I thought of my father standing here on the night he wrote that letter, deciding not to walk out.",
      "그 편지를 쓰던 밤 여기 서서, 나가지 않기로 마음먹었을 아버지를 생각했다."),
     ("I thought of him on the other nights, the ones he did not write about.", "편지에 적지 않은 다른 밤들의 아버지도 생각했다."))
para(("Somewhere behind me a door opened.|Footsteps.|A torch.", "등 뒤 어디선가 문이 열리고, 발소리와 함께 손전등 불빛이 다가왔다."))
para(("“Jiwon-ah?”", "“지원아?”"),
     ("It was Mrs. Han, in her nightdress and rubber boots.", "잠옷 차림에 고무장화를 신은 한 여사였다."),
     ("“What are you doing out here?”", "“여기서 뭐 하는 거니?”"))
para(("“Nothing.", "“그냥요."), ("Looking.”", "보고 있었어요.”"))
para(("She came and stood beside me, and for a while neither of us said anything.", "그녀는 다가와 내 옆에 섰고, 한동안 우리 둘 다 아무 말도 하지 않았다."),
     ("The torch made a small yellow circle on the water.", "손전등이 물 위에 작고 노란 동그라미를 그렸다."))
para(("“He used to come out here too,” she said eventually.", "“네 아버지도 여기 나오곤 했다.” 한참 만에 그녀가 말했다."),
     ("“Every night at high tide, for years.", "“몇 년 동안 물이 찰 때면 밤마다."),
     ("I used to think he was waiting for something to come in with the water.”", "물과 함께 뭔가가 들어오기를 기다리는 줄로만 알았지.”"))
para(("“And now?”", "“지금은요?”"))
para(("“Now I think he was waiting for something to go out with it.”", "“지금은 물과 함께 뭔가가 나가기를 기다렸던 것 같구나.”"))
para(("We stood there until the water began to turn.", "우리는 물이 빠지기 시작할 때까지 그곳에 서 있었다."),
     ("It was almost two o’clock when we went back in, and the kitchen clock still said 4:47.",
      "다시 들어왔을 때는 거의 두 시였고, 부엌 시계는 여전히 4시 47분을 가리키고 있었다."))
para(("* * *", "* * *"), kind="break")

para(("In the morning, Mr. Yoon came.", "아침이 되자 윤 씨가 찾아왔다."),
     ("I had expected a villain, and I was disappointed: he was a tired, polite man in a co-operative windbreaker, who took off his cap in the doorway and held it against his chest as though he were at a funeral, which, in a sense, he was.",
      "나는 악당을 예상했지만 실망하고 말았다.|그는 조합 바람막이를 입은, 지치고 예의 바른 남자였다.|문간에서 모자를 벗어 가슴에 대고 서 있는 모습이 꼭 장례식에 온 사람 같았는데, 어떤 의미에서는 실제로 그랬다."),
     ("“Miss Han,” he said.", "“한지원 씨.” 그가 말했다."),
     ("“My condolences.”", "“삼가 조의를 표합니다.”"))
para(("“Thank you, Mr. Yoon.", "“고맙습니다, 윤 선생님."), ("Please, sit down.”", "앉으세요.”"))
para(("He sat.|He looked at the letters, and then at me, and then at the clock, and I saw him decide not to ask.",
      "그는 자리에 앉더니 편지 더미를 보고, 나를 보고, 시계를 보았다.|묻지 않기로 마음먹는 게 눈에 보였다."))
para(("“About the land,” he began.", "“땅 문제 말인데요.” 그가 말을 꺼냈다."))
para(("“I know.", "“알아요."), ("Forty-two million.”", "4,200만 원이요.”"))
para(("He had the grace to look embarrassed.", "그는 그래도 민망한 기색을 보였다."),
     ("“Your father told you?”", "“아버님이 말씀하셨어요?”"))
para(("“In a manner of speaking.”", "“말하자면 그런 셈이죠.”"))
para(("Behind him, through the window, I could see the flats emerging again from the water, pan by pan, white at the edges where the salt had begun to dry.",
      "그의 뒤로, 창 너머 염전이 물속에서 한 칸 한 칸 다시 모습을 드러내는 것이 보였다.|소금이 마르기 시작한 가장자리가 하얗게 빛났다."),
     ("I thought: this is what he wanted me to see.", "나는 생각했다. 아버지가 내게 보여 주고 싶었던 게 바로 이거였구나."),
     ("I thought: it is not too late to take the earlier bus.", "그리고 생각했다. 더 이른 버스를 타기에 아직 늦지 않았다고."))
para((None, "* 이 장의 제목 ‘소금 집’은 원제 ‘The Salt House’를 그대로 옮긴 것이다. —옮긴이"), kind="tnote")
