# Hand-written talk "The elevator behind the vending machine" (fictional speaker Jiwoo Han,
# fictional host Daniel Cho) and its Korean translation in the style of TED volunteer subtitles.
# Each paragraph: dict(spk=(en_first_label, en_label, ko_label) or None, beads=[...]).
# A bead: (english, korean); each a string or a list of sentences; "" / [] for no counterpart.
# "L" = (Laughter)/(웃음), "A" = (Applause)/(박수).

L = ("(Laughter)", "(웃음)")
A = ("(Applause)", "(박수)")

TALK = [
    dict(beads=[
        ("So, I want to start with a confession.", "먼저 고백부터 하나 할게요."),
        ("For 11 years, I designed subway stations in Seoul, and I never once used an elevator in any of them.",
         "저는 11년 동안 서울에서 지하철역을 설계했는데 그 역들에서 엘리베이터를 한 번도 타 본 적이 없어요."),
        ("Not once.", "단 한 번도요."),
        ("Why would I?", "제가 왜 타겠어요?"),
        ("I had two good legs, a backpack, and, you know, I was always in a hurry.",
         "다리도 멀쩡했고 배낭 하나 메고 다녔고 늘 바빴거든요."),
        L,
    ]),
    dict(beads=[
        ("Then, in March of 2019, I broke my ankle playing futsal with my nephew, who is nine.",
         "그러다 2019년 3월에 아홉 살짜리 조카랑 풋살을 하다가 발목이 부러졌어요."),
        ("He did not break anything.", "조카는 멀쩡했고요."),
        L,
        ("And for six weeks, I moved through the city I had helped build on crutches.",
         "그 후 6주 동안 저는 제가 만드는 데 한몫한 이 도시를 목발을 짚고 다녔습니다."),
        (["It was a completely different city.", "The same stations, the same stairs, the same signs... but a different city."],
         "역도, 계단도, 표지판도 다 그대로인데 완전히 다른 도시였어요."),
    ]),
    dict(beads=[
        ("Let me give you a number.", "숫자 하나 말씀드릴게요."),
        ("In 2019, Seoul had 3.5 million people who, on any given day, could not comfortably use stairs.",
         "2019년 서울에는 계단을 편하게 이용하지 못하는 사람이 350만 명이나 있었습니다."),
        ("That's wheelchair users, yes, but also parents with strollers, older people, people carrying luggage, and people like me with a cast.",
         "휠체어 사용자는 물론이고 유모차를 끄는 부모, 어르신, 짐을 든 사람, 그리고 저처럼 깁스를 한 사람까지 포함해서요."),
        ("That's about one in three people.", "대략 세 명 중 한 명꼴이에요."),
        ("One in three!", "세 명에 한 명이라고요!"),
        ("And yet when we designed stations, we called them \"special users.\"",
         "그런데도 우리는 역을 설계할 때 그분들을 '특수 이용자'라고 불렀습니다."),
        ("Special.", "'특수'라니요."),
        ("One third of the city is not special; it's just the city.",
         ["도시 인구의 3분의 1은 특수한 게 아니에요.", "그냥 도시 그 자체예요."]),
    ]),
    dict(beads=[
        ("Now, the first time I tried to take the elevator at my own station, Gangnam, I couldn't find it.",
         "그런데 제가 설계한 강남역에서 처음으로 엘리베이터를 타려고 했을 때 엘리베이터를 찾을 수가 없었어요."),
        ("I designed that station!", "제가 설계한 역인데 말이죠!"),
        L,
        ("It took me 14 minutes.", "찾는 데 14분이 걸렸습니다."),
        ("There was one elevator for an exit that served, at rush hour, around 12,000 people.",
         "출퇴근 시간에 약 1만 2천 명이 이용하는 출구에 엘리베이터가 딱 한 대 있었어요."),
        ("And it was at the far end of the platform, behind a vending machine.",
         "그것도 승강장 맨 끝, 자판기 뒤에요."),
        ("Who puts an elevator behind a vending machine?", "누가 엘리베이터를 자판기 뒤에 둡니까?"),
        ("Well... I did, apparently.", "음... 제가 그랬더라고요."),
        L,
    ]),
    dict(beads=[
        ("So I stood there waiting, and next to me was an older man, maybe 80, with a cane.",
         "그렇게 서서 기다리는데 옆에 여든쯤 돼 보이는 할아버지 한 분이 지팡이를 짚고 계셨어요."),
        ("The elevator came, it was full, the doors closed.", "엘리베이터가 왔는데 꽉 차 있었고 문이 닫혔죠."),
        ("It came again, full again.", "다시 왔는데 또 꽉 차 있었어요."),
        ("And I said to him, \"Grandfather, doesn't this make you angry?\"",
         ["그래서 제가 여쭤봤어요.", "\"할아버지, 이러면 화 안 나세요?\""]),
        ("And he looked at me, and he said, \"Young man, I've been waiting for this elevator since 1988.\"",
         "그랬더니 저를 보시더니 \"젊은이, 나는 1988년부터 이 엘리베이터를 기다리고 있다네\" 하시는 거예요."),
        L,
        ("Now, he was joking.", "물론 농담이셨죠."),
        ("Mostly.", "아마도요."),
        ("But 1988 is the year of the Seoul Paralympics, when the city promised that every subway station would be accessible.",
         "하지만 1988년은 서울 패럴림픽이 열린 해이고, 서울시가 모든 지하철역을 장애인이 이용할 수 있게 하겠다고 약속한 해입니다."),
        ("It took until 2022 to get close.", "그 약속에 가까워지기까지 2022년까지 걸렸어요."),
        ("That's 34 years.", "34년이에요."),
        ("He had been counting.", "할아버지는 그 세월을 세고 계셨던 거죠."),
    ]),
    dict(beads=[
        ("So I went back to the office, and I did something that planners almost never do.",
         "그래서 사무실로 돌아가서 도시계획가들이 거의 하지 않는 일을 했습니다."),
        ("I asked people.", "사람들에게 물어본 거죠."),
        ("We put a small team together, four people, and for one year we rode the subway with people who use elevators every day.",
         "네 명으로 작은 팀을 꾸려서 1년 동안 매일 엘리베이터를 이용하는 분들과 함께 지하철을 탔어요."),
        ("We rode with Mr. Park, who uses a wheelchair and commutes from Nowon to Yeouido.",
         "휠체어를 타고 노원에서 여의도까지 출퇴근하는 박 선생님과 함께 탔고요."),
        ("We rode with Ms. Lee, a mother of twins, which means a double stroller, which means, basically, a small car.",
         "쌍둥이 엄마인 이 선생님과도 탔는데, 쌍둥이 유모차는 거의 소형차만 해요."),
        L,
        ("And we rode with a group of high school students from Daejeon on a school trip, with 40 suitcases.",
         "수학여행 온 대전의 고등학생들, 그리고 캐리어 40개와도 함께 탔죠."),
    ]),
    dict(beads=[
        ("What did we learn?", "무엇을 알게 됐을까요?"),
        ("Honestly, a lot of things I should have known already.", "솔직히 진작 알았어야 할 것들이 많았어요."),
        ("But three of them changed how I work.", "그중 세 가지가 제가 일하는 방식을 바꿨습니다."),
    ]),
    dict(beads=[
        ("The first thing is that the elevator is not the problem; the route is.",
         "첫째, 문제는 엘리베이터가 아니라 경로라는 겁니다."),
        ("Mr. Park told us, \"An elevator that I can't find is the same as no elevator.\"",
         "박 선생님 말씀이 \"찾을 수 없는 엘리베이터는 없는 거나 마찬가지\"래요."),
        ("His trip to work was 52 minutes.", "출근길은 52분이 걸렸어요."),
        ("Of those 52 minutes, 19 were spent looking for elevators, waiting for elevators, or going the long way around to reach one.",
         "그 52분 중 19분은 엘리베이터를 찾거나 기다리거나, 엘리베이터까지 먼 길을 돌아가는 데 썼습니다."),
        (["That's more than a third of his commute.", "Every day."],
         "매일 출근 시간의 3분의 1 이상을 그렇게 쓰는 거예요."),
    ]),
    dict(beads=[
        ("The second thing is that signs are written for people who already know the way.",
         "둘째, 안내 표지판은 이미 길을 아는 사람을 위해 만들어져 있다는 겁니다."),
        ("We counted the signs at 30 stations.", "30개 역에서 표지판을 세어 봤는데요."),
        ("On average, a station had 212 signs, and 9 of them mentioned an elevator.",
         "역마다 평균 212개의 표지판이 있었고, 그중 엘리베이터를 언급한 건 9개뿐이었습니다."),
        ("Nine.", "9개요."),
        ("And four of those nine said \"Out of order.\"", "그리고 그 9개 중 4개에는 \"고장\"이라고 적혀 있었어요."),
        L,
    ]),
    dict(beads=[
        ("And the third thing, and this is the one that surprised me the most, is that when you fix it for the 3.5 million, you fix it for everybody.",
         ["셋째, 이게 가장 놀라웠던 점인데요.", "350만 명을 위해 고치면 결국 모두를 위해 고치는 셈이 됩니다."]),
        ("When we moved the elevator at Gangnam to the middle of the platform and put it on the main path, use went up by 240 percent.",
         "강남역 엘리베이터를 승강장 가운데 주 동선으로 옮겼더니 이용량이 240% 늘었어요."),
        (["And not just wheelchair users.", "Everybody."], "휠체어 이용자뿐 아니라 모든 사람이요."),
        ("People with coffee, people with headphones, people who were just tired.",
         "커피 든 사람, 헤드폰 낀 사람, 그냥 피곤한 사람까지요."),
        ("And the crowding on the stairs went down by about 15 percent, which, at rush hour, in Gangnam, is a small miracle.",
         "그리고 계단 혼잡도는 약 15% 줄었는데, 출퇴근 시간 강남역에서는 작은 기적이나 다름없습니다."),
        L,
    ]),
    dict(beads=[
        ("I remember standing on that platform after the change, watching, and I thought... this was never about special users.",
         "공사가 끝난 뒤 승강장에 서서 지켜보다가 이런 생각이 들었어요. '이건 애초에 특수 이용자 문제가 아니었구나.'"),
        ("It was about all of us, at different moments of our lives.",
         "우리 모두가 인생의 어느 순간에는 겪는 문제였던 거죠."),
        ("Because you will be pushing a stroller, or carrying a suitcase, or walking with a cane... eventually.",
         "언젠가는 여러분도 유모차를 밀거나, 캐리어를 끌거나, 지팡이를 짚게 될 테니까요."),
        ("All of you.", "여러분 모두요."),
        ("Sorry.", "죄송합니다."),
        L,
        ("Okay.", ""),
    ]),
    dict(beads=[
        ("Now, this is not just a Korean story.", "이건 한국만의 이야기가 아닙니다."),
        ("In the U.S., the Americans with Disabilities Act was passed in 1990, and yet in New York City, fewer than 30 percent of subway stations are fully accessible today.",
         "미국에서는 1990년에 미국 장애인법이 통과됐지만 지금도 뉴욕 지하철역 가운데 완전히 접근 가능한 곳은 30%도 안 됩니다."),
        ("In London, it's about a third.", "런던은 3분의 1 정도고요."),
        ("Tokyo is doing better, over 90 percent, partly because Japan's population is so old that they had no choice.",
         "도쿄는 90%가 넘어서 좀 나은데, 일본은 고령화가 너무 심해서 다른 선택지가 없었던 탓도 있어요."),
        ("That's the thing.", "바로 그겁니다."),
        ("Every city is going to get older.", "모든 도시는 나이를 먹게 돼 있어요."),
        ("By 2050, one in four people in Seoul will be over 65.", "2050년이면 서울 인구 네 명 중 한 명이 65세 이상이 됩니다."),
        ("So the question is not whether we design for them.", "그러니 문제는 그분들을 위해 설계할지 말지가 아니에요."),
        ("The question is whether we do it before or after we need it.", "필요해지기 전에 하느냐, 필요해진 다음에 하느냐죠."),
    ]),
    dict(beads=[
        ("So here's what we did.", "그래서 저희가 한 일은 이렇습니다."),
        ("We started with 12 stations on Line No. 2, the busiest line, which carries over 2 million passengers a day.",
         "하루 200만 명 이상이 타는 가장 붐비는 노선인 2호선의 12개 역부터 시작했어요."),
        ("We asked Dr. Choi, a neuroscientist at Seoul National University, how people actually look for things in a crowd.",
         "서울대 신경과학자인 최 박사님께 사람들이 붐비는 곳에서 실제로 어떻게 뭔가를 찾는지 물었습니다."),
        ("Her answer was simple: they look down, not up.", ["답은 간단했어요.", "사람들은 위가 아니라 아래를 본다는 거예요."]),
        ("So we painted the route on the floor, a green line from every exit to the elevator.",
         ["그래서 바닥에 경로를 칠했습니다.", "모든 출구에서 엘리베이터까지 이어지는 초록색 선을요."]),
        ("It cost about 4,000 dollars per station.", "역당 약 4천 달러가 들었어요."),
        ("An elevator costs around 1.2 million.", "엘리베이터 한 대는 120만 달러 정도 하고요."),
        ("So for the price of one elevator, you can paint 300 stations.", "그러니까 엘리베이터 한 대 값이면 300개 역에 선을 칠할 수 있는 거죠."),
        A,
    ]),
    dict(beads=[
        ("But the floor line was not the most important change.", "하지만 바닥의 선이 가장 중요한 변화는 아니었어요."),
        ("The most important change was in the office.", "가장 중요한 변화는 사무실에서 일어났습니다."),
        ("Every new designer on our team now spends their first week on crutches, or in a wheelchair, or with a stroller, traveling from 8 a.m. to 6 p.m.",
         "이제 저희 팀의 신입 설계자는 모두 첫 주를 목발이나 휠체어, 유모차와 함께 오전 8시부터 오후 6시까지 이동하며 보냅니다."),
        ("They complain a lot.", "불평이 엄청나요."),
        L,
        ("And then they design completely different stations.", "그러고 나서는 완전히 다른 역을 설계하죠."),
        ("One of them, a young architect named Seo-yeon, came back after two days and said, \"I want to redesign everything.\"",
         "그중 서연 씨라는 젊은 건축가는 이틀 만에 돌아와서 \"전부 다시 설계하고 싶어요\"라고 하더군요."),
        ("And I said, \"Welcome to the team.\"", ["그래서 제가 말했죠.", "\"우리 팀에 온 걸 환영해요.\""]),
        L,
    ]),
    dict(beads=[
        ("I still think about that man with the cane.", "지금도 지팡이를 짚으셨던 그 할아버지를 생각합니다."),
        ("I never learned his name.", "성함도 못 여쭤봤어요."),
        ("Last year, I went back to Gangnam Station, and I took the new elevator, the one in the middle of the platform.",
         "작년에 강남역에 다시 가서 승강장 한가운데 있는 새 엘리베이터를 탔어요."),
        ("It came in 40 seconds.", "40초 만에 오더군요."),
        ("It was not full.", "꽉 차 있지도 않았고요."),
        ("And I thought, he waited 34 years for this, and I waited 40 seconds.",
         ["그리고 생각했죠.", "할아버지는 이걸 34년 동안 기다리셨는데 나는 40초를 기다렸구나."]),
        ("That's not progress we should be proud of.", "그건 자랑스러워할 만한 발전이 아닙니다."),
        ("That's a debt we're finally starting to pay.", "이제야 갚기 시작한 빚이죠."),
        ("Thank you.", "감사합니다."),
        A,
    ]),
    # interview (speaker labels: English "Daniel Cho:" then "DC:"; Korean "대니얼 조:" then "대니얼:")
    dict(spk=("Daniel Cho", "DC", "대니얼 조", "대니얼"), beads=[
        ("Jiwoo, thank you.", "지우 씨, 감사합니다."),
        ("Come back here for a second.", "잠깐 이쪽으로 와 주시겠어요?"),
        ("I have one question.", "질문이 하나 있는데요."),
        ("A lot of cities say they can't afford this.", "많은 도시들이 이럴 여유가 없다고 하잖아요."),
        ("What do you tell them?", "그런 곳에는 뭐라고 하시겠어요?"),
    ]),
    dict(spk=("Jiwoo Han", "JH", "한지우", "한지우"), beads=[
        ("Well, I tell them to count.", "음, 세어 보라고 하죠."),
        ("Count the people who can't use stairs, count the minutes they lose, and then count the cost of paint.",
         "계단을 못 쓰는 사람들을 세고, 그분들이 잃는 시간을 세고, 그다음 페인트 값을 세어 보라고요."),
        ("It's usually the cheapest thing on the list.", "보통 목록에서 제일 싼 게 페인트거든요."),
        L,
    ]),
    dict(spk=("Daniel Cho", "DC", "대니얼 조", "대니얼"), beads=[
        (["And your ankle?", "Is it okay now?"], "발목은 이제 괜찮으세요?"),
    ]),
    dict(spk=("Jiwoo Han", "JH", "한지우", "한지우"), beads=[
        ("It's fine.", "괜찮아요."),
        ("My nephew still wants a rematch.", "조카는 아직도 재대결을 하자고 해요."),
        L,
        ("I said no.", "안 한다고 했어요."),
    ]),
    dict(spk=("Daniel Cho", "DC", "대니얼 조", "대니얼"), beads=[
        ("Jiwoo Han, everyone.", "한지우 씨였습니다."),
        A,
    ]),
]


def as_list(x):
    if isinstance(x, str):
        return [x] if x else []
    return list(x)


def sentences():
    """Flatten: returns (en_sents, ko_sents, beads, paras) where en_sents/ko_sents are lists of dicts
    {id, text, para, tag, spk}, beads list of (en_ids, ko_ids)."""
    en, ko, beads = [], [], []
    for p_i, p in enumerate(TALK):
        for b in p["beads"]:
            e_ids, k_ids = [], []
            tag = b is L or b is A
            for t in as_list(b[0]):
                e_ids.append(len(en)); en.append(dict(id=len(en), text=t, para=p_i, tag=tag))
            for t in as_list(b[1]):
                k_ids.append(len(ko)); ko.append(dict(id=len(ko), text=t, para=p_i, tag=tag))
            beads.append((tuple(e_ids), tuple(k_ids)))
    return en, ko, beads


if __name__ == "__main__":
    en, ko, beads = sentences()
    print(len(en), "en sentences,", len(ko), "ko sentences,", len(beads), "beads,",
          sum(1 for s in en if s["tag"]), "tags")
