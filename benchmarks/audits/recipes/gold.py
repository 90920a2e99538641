"""A food and retail client's material for the recipes audit, both languages written by hand,
and its gold, as data.

``RECIPE``: a home-cooking blog post with two recipes (braised chicken, a cucumber side
dish): chatty intro with ㅎㅎ and ^^, a byline, "재료" / "Ingredients" and "만드는 법" /
"Directions" twice, "소금 약간" / "A pinch of salt" in both lists, quantities and ranges,
numbered steps (one two Korean sentences merged into one English one, one the other way),
tips, "※" notes, a line each side only, a sauce list with two items swapped in English.
``LABEL``: a frozen dumpling package label (ingredients with percentages, allergens,
cross-contact line, nutrition facts with the English saturated / trans fat in US order,
cooking directions, storage, best-before; manufacturer and report number Korean only, an
importer's sticker English only). ``REVIEWS``: a product's customer reviews (star lines,
user / date / option lines, casual Korean with ㅎㅎ ^^ ㅠㅠ ㅋㅋ, a seller reply, one review
left untranslated). ``MEALKIT``: a meal-kit instruction card (components, steps, a "※" note,
storage; a promotion Korean only, a contact line English only). ``SHOP_KO`` / ``SHOP_EN``:
an online shop's product page as HTML (top banner, header with logo, menu and account
links, breadcrumbs, price, coupon, feature bullets, options, buttons, description, size
chart table, shipping and returns, footer with company details), ``SHOP_GOLD``.
``OPTIONS``: a product options sheet ``(code, ko, en)`` (one row untranslated, one the same
in both).

A document is a list of entries, its lines in reading order:

  ("P", [(ko, en[, D]), ...])   a line on each side, its sentences' gold pairs, joined by a
                                space into one line; ko or en "" : that sentence one side only
                                (to be left unpaired); D: a pair that may be made or not.
  ("K", text) / ("E", text)     a line only the Korean / English side has (left unpaired).
  ("X", ko_lines, en_lines, pairs)  lines given outright, gold pairs given outright (all D:
                                a list reordered, which a monotone alignment cannot pair whole).

A "debatable" pair may be made or not; its two texts may then be left unpaired too.
"""

D = "debatable"

# ---------------------------------------------------------------- 1 recipe blog post (two .txt files)
RECIPE = [
    ("P", [("[집밥 레시피] 매콤달콤 닭볶음탕 & 새콤한 오이무침",
            "[Home Cooking] Sweet & Spicy Braised Chicken (Dakbokkeumtang) with a Tangy Cucumber Salad")]),
    ("P", [("2025.03.14 | 요리하는 곰돌이맘", "March 14, 2025 | by Gomdori Mom", D)]),
    ("P", [("안녕하세요, 곰돌이맘이에요! ㅎㅎ", "Hi everyone, it's Gomdori Mom!"),
           ("요즘 날씨가 쌀쌀해서 그런지 얼큰한 국물 요리가 자꾸 생각나더라고요.",
            "It's been so chilly lately that I keep craving something hot and spicy with lots of broth."),
           ("그래서 오늘은 저희 집 단골 메뉴인 닭볶음탕을 만들어 봤어요.",
            "So today I made dakbokkeumtang, one of our family's go-to dinners."),
           ("곁들이기 좋은 오이무침 레시피도 함께 알려 드릴게요 ^^",
            "I'm also sharing a quick cucumber side dish that goes perfectly with it.")]),
    ("K", "(광고 아니고 내돈내산 재료로 만들었어요~)"),
    ("E", "All measurements use Korean standard spoons and cups: 1 tbsp = 15 ml, 1 tsp = 5 ml, 1 cup = 200 ml."),
    ("P", [("닭볶음탕", "Braised Spicy Chicken (Dakbokkeumtang)")]),
    ("P", [("(3~4인분 기준)", "(Serves 3–4)")]),
    ("P", [("재료", "Ingredients")]),
    ("P", [("닭볶음탕용 닭 1kg (1마리)", "1 whole chicken (about 1 kg), cut into pieces")]),
    ("P", [("감자 2개", "2 potatoes")]),
    ("P", [("당근 1/2개", "1/2 carrot")]),
    ("P", [("양파 1개", "1 onion")]),
    ("P", [("대파 1대", "1 green onion (daepa)")]),
    ("P", [("청양고추 2개", "2 Cheongyang chilies")]),
    ("P", [("소금 약간", "A pinch of salt")]),
    ("P", [("양념장", "For the sauce")]),
    ("P", [("고춧가루 3큰술", "3 tbsp gochugaru (Korean chili flakes)")]),
    ("P", [("간장 4큰술", "4 tbsp soy sauce")]),
    ("P", [("설탕 1큰술", "1 tbsp sugar")]),
    # the English lists the ginger before the garlic: a monotone alignment pairs one of the
    # two, or both as one 2-2 bead; either, or none, is fair; garlic with ginger is wrong
    ("X", ["다진 마늘 1큰술", "다진 생강 1/2작은술"], ["1/2 tsp minced ginger", "1 tbsp minced garlic"],
     [("다진 마늘 1큰술", "1 tbsp minced garlic", D), ("다진 생강 1/2작은술", "1/2 tsp minced ginger", D),
      ("다진 마늘 1큰술 다진 생강 1/2작은술", "1/2 tsp minced ginger 1 tbsp minced garlic", D)]),
    ("P", [("고추장 1큰술", "1 tbsp gochujang")]),
    ("P", [("물 2컵 (400ml)", "2 cups (400 ml) water")]),
    ("P", [("만드는 법", "Directions")]),
    # 2-1: two Korean sentences, one English
    ("P", [("1. 닭은 찬물에 20분 정도 담가 핏물을 빼 주세요. 흐르는 물에 한 번 더 헹군 뒤 체에 밭쳐 둡니다.",
            "1. Soak the chicken in cold water for about 20 minutes to draw out the blood, then rinse it once more under running water and drain.")]),
    # 1-2: one Korean sentence, two English
    ("P", [("2. 끓는 물에 닭을 넣고 2~3분간 데쳐 기름기와 잡내를 없애 주세요.",
            "2. Blanch the chicken in boiling water for 2–3 minutes. This gets rid of excess fat and any gamey smell.")]),
    ("P", [("3. 감자와 당근은 큼직하게 썰고, 양파는 4등분, 대파와 고추는 어슷하게 썰어 주세요.",
            "3. Cut the potatoes and carrot into large chunks, quarter the onion, and slice the green onion and chilies on the diagonal.")]),
    ("P", [("4. 냄비에 데친 닭과 양념장, 물을 넣고 센 불에서 끓입니다.",
            "4. Put the blanched chicken, sauce and water in a pot and bring to a boil over high heat.")]),
    ("P", [("5. 끓어오르면 감자와 당근을 넣고 뚜껑을 덮어 중불에서 15~20분간 졸여 주세요.",
            "5. Once it boils, add the potatoes and carrot, cover, and simmer over medium heat for 15–20 minutes.")]),
    ("P", [("6. 양파, 대파, 청양고추를 넣고 5분 더 끓이면 완성!",
            "6. Add the onion, green onion and chilies and cook for another 5 minutes, and you're done!"),
           ("간이 싱거우면 소금으로 맞춰 주세요.", "If it needs more seasoning, add a little salt.")]),
    ("P", [("요리 팁", "Cooking tips")]),
    ("P", [("- 감자는 너무 작게 썰면 쉽게 부서지니 큼직하게 써는 게 좋아요.",
            "- Keep the potato pieces large; small ones tend to fall apart.")]),
    ("P", [("- 국물을 자작하게 졸이면 밥에 비벼 먹기 딱 좋아요 ㅎㅎ",
            "- Cook the sauce down until it's thick, and it's perfect spooned over rice.")]),
    ("P", [("※ 청양고추는 매운맛을 내는 재료라 아이들과 드실 때는 빼 주세요.",
            "※ Cheongyang chilies are there for the heat, so leave them out if you're cooking for kids.")]),
    ("P", [("오이무침", "Spicy Cucumber Salad (Oi-muchim)")]),
    ("P", [("(2인분 기준)", "(Serves 2)")]),
    ("P", [("재료", "Ingredients")]),
    ("P", [("오이 2개", "2 cucumbers")]),
    ("P", [("양파 1/4개", "1/4 onion")]),
    ("P", [("소금 약간", "A pinch of salt")]),
    ("E", "Tip: Korean or Persian cucumbers work best, since they have fewer seeds."),
    ("P", [("양념", "For the dressing")]),
    ("P", [("고춧가루 1큰술", "1 tbsp gochugaru")]),
    ("P", [("식초 2큰술", "2 tbsp vinegar")]),
    ("P", [("설탕 1/2큰술", "1/2 tbsp sugar")]),
    ("P", [("다진 마늘 1/2큰술", "1/2 tbsp minced garlic")]),
    ("P", [("참기름 1작은술", "1 tsp sesame oil")]),
    ("P", [("통깨 약간", "Toasted sesame seeds, to taste")]),
    ("P", [("만드는 법", "Directions")]),
    ("P", [("1. 오이는 길게 반으로 갈라 0.5cm 두께로 어슷하게 썰어 주세요.",
            "1. Halve the cucumbers lengthwise and slice them on the diagonal, about 0.5 cm thick.")]),
    ("P", [("2. 소금 약간을 뿌려 10분간 절인 뒤 물기를 꼭 짜 주세요.",
            "2. Sprinkle with a pinch of salt, let sit for 10 minutes, then squeeze out as much water as you can.")]),
    ("P", [("3. 양파는 얇게 채 썰어 찬물에 5분간 담가 매운맛을 빼 주세요.",
            "3. Thinly slice the onion and soak it in cold water for 5 minutes to take the edge off.")]),
    ("P", [("4. 볼에 오이와 양파, 양념 재료를 모두 넣고 살살 버무리면 끝!",
            "4. Put the cucumber, onion and all the dressing ingredients in a bowl and toss gently. That's it!")]),
    ("P", [("※ 먹기 직전에 무쳐야 물이 덜 생겨요.",
            "※ Dress the salad just before serving so it doesn't get watery.")]),
    ("P", [("오늘 레시피 어떠셨나요?", "How do these recipes look?"),
           ("맛있게 만들어 드시고 댓글로 후기 남겨 주세요~ ^^",
            "Give them a try and let me know how they turn out in the comments!")]),
    ("P", [("#닭볶음탕 #오이무침 #집밥 #저녁메뉴 #곰돌이맘레시피",
            "#koreanfood #dakbokkeumtang #homecooking #easydinner", D)]),
]

# ---------------------------------------------------------------- 2 package label (two .txt, two .docx)
LABEL = [
    ("P", [("한결 고기만두", "Hangyeol Pork Dumplings (Gogi Mandu)")]),
    ("P", [("식품유형: 만두(냉동, 가열하여 섭취하는 냉동식품)",
            "Food type: Frozen dumplings (must be cooked before eating)")]),
    ("P", [("내용량: 700g (350g × 2봉) / 1,520kcal", "Net wt. 700 g (350 g × 2 bags) / 1,520 kcal")]),
    ("P", [("원재료명: 돼지고기 22.5%(국산), 양배추 18%(국산), 두부 12%[대두(외국산), 응고제], 대파, 당면(고구마전분, 타피오카전분), "
            "양파, 부추, 간장(대두, 밀), 참기름, 마늘, 생강, 후추, 정제소금",
            "Ingredients: Pork 22.5% (Korea), cabbage 18% (Korea), tofu 12% [soybeans (imported), coagulant], green onion, "
            "glass noodles (sweet potato starch, tapioca starch), onion, garlic chives, soy sauce (soybeans, wheat), "
            "sesame oil, garlic, ginger, black pepper, refined salt")]),
    ("P", [("만두피: 밀가루(밀: 미국산), 정제수, 전분, 대두유, 정제소금",
            "Wrapper: Wheat flour (wheat: USA), water, starch, soybean oil, refined salt")]),
    ("P", [("알레르기 유발물질: 대두, 밀, 돼지고기 함유", "Contains: soy, wheat, pork.")]),
    ("P", [("이 제품은 알류, 우유, 메밀, 땅콩, 고등어, 게, 새우, 복숭아, 토마토, 호두, 닭고기, 쇠고기, 오징어, 조개류를 사용한 제품과 같은 제조시설에서 제조하고 있습니다.",
            "Made in a facility that also processes eggs, milk, buckwheat, peanuts, mackerel, crab, shrimp, peaches, tomatoes, walnuts, chicken, beef, squid and shellfish.")]),
    ("P", [("영양정보", "Nutrition Facts")]),
    ("P", [("총 내용량 700g", "Net wt. 700 g")]),
    ("P", [("1회 섭취참고량 5개(100g)당 210kcal", "Per serving, 5 dumplings (100 g): 210 kcal")]),
    ("P", [("나트륨 420mg 21%", "Sodium 420 mg 21%")]),
    ("P", [("탄수화물 24g 7%", "Total carbohydrate 24 g 7%")]),
    ("P", [("당류 2g 2%", "Sugars 2 g 2%")]),
    ("P", [("지방 8g 15%", "Total fat 8 g 15%")]),
    # Korean labels list trans fat before saturated fat, US labels the other way round
    ("X", ["트랜스지방 0g", "포화지방 2.5g 17%"], ["Saturated fat 2.5 g 17%", "Trans fat 0 g"],
     [("트랜스지방 0g", "Trans fat 0 g", D), ("포화지방 2.5g 17%", "Saturated fat 2.5 g 17%", D),
      ("트랜스지방 0g 포화지방 2.5g 17%", "Saturated fat 2.5 g 17% Trans fat 0 g", D)]),
    ("P", [("콜레스테롤 20mg 7%", "Cholesterol 20 mg 7%")]),
    ("P", [("단백질 11g 20%", "Protein 11 g 20%")]),
    # 1-2
    ("P", [("1일 영양성분 기준치에 대한 비율(%)은 2,000kcal 기준이므로 개인의 필요 열량에 따라 다를 수 있습니다.",
            "Percent Daily Values are based on a 2,000 calorie diet. Your daily values may be higher or lower depending on your calorie needs.")]),
    ("P", [("조리방법", "Cooking directions")]),
    ("P", [("프라이팬: 달군 팬에 식용유를 두르고 냉동 상태의 만두를 올려 중약불에서 6~8분간 뒤집어 가며 구워 주세요.",
            "Pan: Heat a little oil in a pan, add the dumplings straight from frozen and cook over medium-low heat for 6–8 minutes, turning often.")]),
    ("P", [("에어프라이어: 180℃로 예열한 뒤 만두 표면에 기름을 살짝 바르고 10~12분간 조리해 주세요.",
            "Air fryer: Preheat to 180°C (350°F). Lightly brush the dumplings with oil and cook for 10–12 minutes.")]),
    ("P", [("전자레인지(700W): 접시에 만두 5개를 올리고 물을 살짝 뿌린 뒤 랩을 씌워 2분 30초간 데워 주세요.",
            "Microwave (700 W): Place 5 dumplings on a plate, sprinkle with a little water, cover with plastic wrap and heat for 2 min 30 sec.")]),
    ("P", [("※ 기기 사양에 따라 조리 시간을 조절해 주세요.", "※ Cooking times may vary depending on your appliance.")]),
    ("P", [("보관방법: -18℃ 이하 냉동 보관", "Storage: Keep frozen at -18°C (0°F) or below.")]),
    ("P", [("해동된 제품은 다시 얼리지 마시고 바로 조리해 드세요.", "Do not refreeze after thawing. Cook immediately.")]),
    ("P", [("소비기한: 제품 윗면 별도 표기일까지", "Best before: See date on top of package.")]),
    ("K", "제조원: (주)한결식품 / 경기도 이천시 마장면 덕평로 123-45"),
    ("K", "품목보고번호: 20240123456-078"),
    ("P", [("반품 및 교환: 구입처 및 본사 고객상담실 (080-123-4567)",
            "Returns and exchanges: Contact the store of purchase or our customer service center (080-123-4567).")]),
    ("K", "부정·불량식품 신고는 국번 없이 1399"),
    ("K", "본 제품은 공정거래위원회 고시 소비자분쟁해결기준에 의거 교환 또는 보상받을 수 있습니다."),
    ("E", "Product of Korea"),
    ("E", "Imported and distributed by K-Mart Foods Inc., 3500 W 6th St, Los Angeles, CA 90020"),
]

# ---------------------------------------------------------------- 3 customer reviews (one bilingual .txt)
REVIEWS_HEAD = [
    ("P", [("[상품 리뷰] 한결 고기만두 350g × 2봉", "[Customer Reviews] Hangyeol Pork Dumplings 350 g × 2")]),
    ("P", [("평균 별점 4.6점 (리뷰 128개)", "Average rating 4.6 out of 5 (128 reviews)")]),
]
REVIEWS = [
    [("P", [("★★★★★ 5점", "★★★★★ 5/5", D)]),
     ("P", [("jiny**** | 2025.02.03 | 옵션: 고기만두 350g × 2봉", "jiny**** | 2025-02-03 | Option: Pork Dumplings 350 g × 2", D)]),
     ("P", [("진짜 맛있어요!!", "Seriously good!!"),
            ("피가 얇고 속이 꽉 차 있어서 에어프라이어에 돌리면 겉바속촉 그 자체예요 ㅎㅎ",
             "The wrappers are thin and the filling is packed, so they come out crispy outside and juicy inside in the air fryer."),
            ("재구매 의사 100%입니다^^", "Would 100% buy again ^^")])],
    [("P", [("★★★☆☆ 3점", "★★★☆☆ 3/5", D)]),
     ("P", [("haru_mom | 2025.02.11 | 옵션: 고기만두 350g × 1봉", "haru_mom | 2025-02-11 | Option: Pork Dumplings 350 g × 1", D)]),
     ("P", [("배송은 빨랐는데 아이스팩이 다 녹아서 왔어요ㅠㅠ", "Shipping was fast, but the ice packs had completely melted by the time it arrived :("),
            ("만두 몇 개는 서로 달라붙어 있었고요.", "A few of the dumplings were stuck together, too."),
            ("맛은 괜찮아요.", "The taste is fine."),
            ("근데 좀 짠 편이라 간장 없이 먹는 게 나을 듯?", "They're on the salty side, though, so you may want to skip the soy sauce.")]),
     ("P", [("[판매자 답변] 고객님, 불편을 드려 정말 죄송합니다.", "[Seller reply] We're so sorry for the trouble."),
            ("여름철에는 아이스팩을 추가로 넣어 발송하도록 하겠습니다.", "In the summer months we'll add extra ice packs to every order."),
            ("감사합니다!", "Thank you!")])],
    # left untranslated by the vendor: Korean only
    [("K", "★★★★☆ 4점"),
     ("K", "dalgom2 | 2025.02.15 | 옵션: 고기만두 350g × 2봉"),
     ("K", "애들 간식으로 딱이에요~ 전자레인지에 2분 30초면 끝! 다음엔 김치만두도 사 볼게요 ㅎㅎ")],
    [("P", [("★★★★★ 5점", "★★★★★ 5/5", D)]),
     ("P", [("seoul_dad | 2025.02.20 | 옵션: 고기만두 350g × 2봉", "seoul_dad | 2025-02-20 | Option: Pork Dumplings 350 g × 2", D)]),
     ("P", [("부모님 댁에 보내 드렸는데 너무 좋아하셨어요.", "I sent these to my parents and they loved them."),
            ("고기 누린내도 하나도 안 나고 육즙이 팡팡 터져요 👍", "No gamey taste at all, and they're bursting with juice 👍"),
            ("다만 350g은 금방 먹어요ㅋㅋ", "The 350 g bag goes fast, though, lol."),
            ("대용량도 나왔으면 좋겠어요!", "I'd love to see a bigger pack!")])],
    # 2-1: the English joins the two sentences with a dash
    [("P", [("★★☆☆☆ 2점", "★★☆☆☆ 2/5", D)]),
     ("P", [("minseo.k | 2025.03.02 | 옵션: 고기만두 350g × 1봉", "minseo.k | 2025-03-02 | Option: Pork Dumplings 350 g × 1", D)]),
     ("P", [("기대했던 것보다는 그냥 그랬어요. 찜기에 쪄 먹으니까 피가 좀 질기네요.",
             "Honestly, not as good as I'd hoped – the wrappers turned out a bit tough when I steamed them.")])],
]

# ---------------------------------------------------------------- 4 meal-kit card (Korean a line an item, English hard-wrapped)
MEALKIT = [
    ("P", [("[한결키친 밀키트] 햄 듬뿍 부대찌개 (2인분)", "[Hangyeol Kitchen Meal Kit] Army Stew with Extra Ham (Serves 2)")]),
    ("P", [("조리 시간: 약 15분", "Cooking time: about 15 minutes")]),
    ("P", [("구성품", "What's in the box")]),
    ("P", [("육수 소스 1팩 (250g)", "1 pack broth sauce (250 g)")]),
    ("P", [("햄·소시지 1팩", "1 pack ham and sausage")]),
    ("P", [("두부 1/2모", "1/2 block tofu")]),
    ("P", [("김치 1팩 (100g)", "1 pack kimchi (100 g)")]),
    ("P", [("라면 사리 1개", "1 block ramen noodles")]),
    ("P", [("슬라이스 치즈 1장", "1 slice cheese")]),
    ("P", [("대파 1대", "1 green onion")]),
    ("P", [("준비물: 냄비, 물 600ml", "You'll need: a pot and 600 ml of water")]),
    ("P", [("조리 순서", "How to cook")]),
    ("P", [("1. 냄비에 물 600ml와 육수 소스를 넣어 주세요.", "1. Pour 600 ml of water and the broth sauce into a pot.")]),
    ("P", [("2. 햄·소시지, 두부, 김치를 보기 좋게 담고 센 불에서 끓입니다.",
            "2. Arrange the ham and sausage, tofu and kimchi in the pot and bring to a boil over high heat.")]),
    ("P", [("3. 끓어오르면 중불로 줄이고 5~7분간 더 끓여 주세요.",
            "3. When it boils, turn the heat down to medium and simmer for another 5–7 minutes.")]),
    # 1-2
    ("P", [("4. 라면 사리와 대파를 넣고 2분 정도 끓인 뒤 치즈를 올려 마무리합니다.",
            "4. Add the ramen noodles and green onion and cook for about 2 minutes. Top with the cheese and serve.")]),
    ("P", [("※ 라면 사리는 마지막에 넣어야 면이 붇지 않아요.", "※ Add the noodles last so they don't get soggy.")]),
    ("P", [("보관 방법: 냉장 보관 (0~10℃), 수령 후 2일 이내에 드세요.",
            "Storage: Keep refrigerated (0–10°C / 32–50°F) and eat within 2 days of delivery.")]),
    ("K", "맛있게 드셨다면 리뷰로 알려 주세요! 포토 리뷰를 남겨 주시면 적립금 1,000원을 드립니다."),
    ("E", "Questions or problems with your order? Email us at help@hangyeolkitchen.com and we'll get back to you within one business day."),
]

# ---------------------------------------------------------------- 5 shop product page (two .html)
SHOP_KO = """\
<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>워싱 린넨 앞치마 - 3컬러 | 리넨하우스</title>
<meta property="og:title" content="워싱 린넨 앞치마 - 3컬러">
<link rel="stylesheet" href="/css/shop.css">
</head>
<body>
<div class="top-banner"><a href="/join">신규 회원 가입 시 3,000원 적립금 즉시 지급!</a></div>
<header class="site-header">
  <a class="logo" href="/">LINEN HOUSE</a>
  <nav class="gnb">
    <ul>
      <li><a href="/new">신상품</a></li>
      <li><a href="/best">베스트</a></li>
      <li><a href="/kitchen">주방</a></li>
      <li><a href="/apron">앞치마</a></li>
      <li><a href="/sale">세일</a></li>
    </ul>
  </nav>
  <div class="util-menu"><a href="/login">로그인</a> <a href="/join">회원가입</a> <a href="/cart">장바구니 (0)</a></div>
</header>
<main>
<ul class="breadcrumb"><li><a href="/">홈</a></li><li><a href="/kitchen">주방</a></li><li>앞치마</li></ul>
<div class="product-detail">
  <h1 class="product-title">워싱 린넨 앞치마 (베이지 / 차콜 / 올리브)</h1>
  <p class="price"><del>39,000원</del> <strong>29,900원</strong> <span class="rate">23%</span></p>
  <p class="coupon">첫 구매 고객 <b>10% 할인</b> 쿠폰 받기</p>
  <p class="npay">네이버페이로 결제하면 1% 추가 적립</p>
  <ul class="features">
    <li>프렌치 린넨 100%를 워싱 가공해 처음부터 부드러워요.</li>
    <li>허리끈 길이를 조절할 수 있어 누구나 편하게 입을 수 있습니다.</li>
    <li>앞주머니가 두 개라 행주나 휴대폰을 넣어 두기 좋아요.</li>
    <li>세탁기 사용 가능 (찬물, 울 코스 권장)</li>
  </ul>
  <div class="option"><span class="label">색상</span> 베이지 / 차콜 / 올리브</div>
  <div class="option"><span class="label">사이즈</span> S / M / L</div>
  <div class="buttons"><button type="button">장바구니 담기</button> <button type="button">바로 구매</button></div>
</div>
<section class="detail">
  <h2>상품 상세 정보</h2>
  <p>주방에서 오래 서 있어도 편안하도록 가볍고 통기성이 좋은 린넨으로 만들었습니다. 입을수록 자연스러운 주름이 생겨 더 멋스러워집니다.</p>
  <p>※ 모니터 설정에 따라 실제 색상과 다소 차이가 있을 수 있습니다.</p>
  <h2>사이즈 안내</h2>
  <table class="size-chart">
    <tr><th>사이즈</th><th>총장 (cm)</th><th>가슴 너비 (cm)</th><th>권장 키</th></tr>
    <tr><td>S</td><td>80</td><td>55</td><td>155cm 이하</td></tr>
    <tr><td>M</td><td>88</td><td>60</td><td>155~170cm</td></tr>
    <tr><td>L</td><td>95</td><td>65</td><td>170cm 이상</td></tr>
  </table>
  <p>측정 방법에 따라 1~3cm 정도 오차가 있을 수 있습니다.</p>
  <h2>배송 안내</h2>
  <p>오후 2시 이전에 결제를 완료하시면 당일 출고됩니다. 5만 원 이상 구매 시 무료 배송이며, 그 미만은 배송비 3,000원이 부과됩니다. 제주 및 도서산간 지역은 추가 배송비가 발생할 수 있습니다.</p>
  <h2>교환 및 반품 안내</h2>
  <p>상품을 받으신 날로부터 7일 이내에 교환 또는 반품을 신청하실 수 있습니다. 단순 변심으로 반품하실 경우 왕복 배송비 6,000원은 고객님께서 부담하셔야 합니다. 세탁했거나 착용 흔적이 있는 상품은 교환 및 반품이 불가합니다.</p>
</section>
</main>
<footer class="site-footer">
  <p>(주)리넨하우스 | 대표: 김지수 | 사업자등록번호: 123-45-67890 | 통신판매업신고: 제2024-서울마포-0123호</p>
  <p>주소: 서울특별시 마포구 월드컵북로 12, 3층 | 고객센터 1588-0000 (평일 10:00~17:00)</p>
  <p>Copyright © 2025 LINEN HOUSE. All rights reserved.</p>
</footer>
</body>
</html>
"""

SHOP_EN = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Washed Linen Apron - 3 Colors | Linen House</title>
<meta property="og:title" content="Washed Linen Apron - 3 Colors">
<link rel="stylesheet" href="/css/shop.css">
</head>
<body>
<div class="top-banner"><a href="/join">Sign up today and get KRW 3,000 in store credit!</a></div>
<header class="site-header">
  <a class="logo" href="/">LINEN HOUSE</a>
  <nav class="gnb">
    <ul>
      <li><a href="/new">New In</a></li>
      <li><a href="/best">Best Sellers</a></li>
      <li><a href="/kitchen">Kitchen</a></li>
      <li><a href="/apron">Aprons</a></li>
      <li><a href="/sale">Sale</a></li>
    </ul>
  </nav>
  <div class="util-menu"><a href="/login">Sign in</a> <a href="/join">Create account</a> <a href="/cart">Cart (0)</a></div>
</header>
<main>
<ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/kitchen">Kitchen</a></li><li>Aprons</li></ul>
<div class="product-detail">
  <h1 class="product-title">Washed Linen Apron (Beige / Charcoal / Olive)</h1>
  <p class="price"><del>KRW 39,000</del> <strong>KRW 29,900</strong> <span class="rate">23% off</span></p>
  <p class="coupon">First order? Get a <b>10% off</b> coupon</p>
  <ul class="features">
    <li>Made from 100% French linen, pre-washed so it's soft from day one.</li>
    <li>Adjustable waist ties for a comfortable fit on anyone.</li>
    <li>Two front pockets, handy for a dish towel or your phone.</li>
    <li>Machine washable (cold water, wool cycle recommended)</li>
  </ul>
  <div class="option"><span class="label">Color</span> Beige / Charcoal / Olive</div>
  <div class="option"><span class="label">Size</span> S / M / L</div>
  <div class="buttons"><button type="button">Add to cart</button> <button type="button">Buy now</button></div>
</div>
<section class="detail">
  <h2>Product details</h2>
  <p>Made from light, breathable linen to keep you comfortable during long hours in the kitchen. It softens and gains natural creases the more you wear it.</p>
  <p>※ Actual colors may vary slightly depending on your screen settings.</p>
  <h2>Size guide</h2>
  <table class="size-chart">
    <tr><th>Size</th><th>Length (cm)</th><th>Chest width (cm)</th><th>Recommended height</th></tr>
    <tr><td>S</td><td>80</td><td>55</td><td>Up to 155 cm</td></tr>
    <tr><td>M</td><td>88</td><td>60</td><td>155–170 cm</td></tr>
    <tr><td>L</td><td>95</td><td>65</td><td>170 cm and over</td></tr>
  </table>
  <p>Measurements may vary by 1–3 cm depending on how they are taken.</p>
  <h2>Shipping</h2>
  <p>Orders paid before 2 p.m. ship the same day. Shipping is free on orders of KRW 50,000 or more; a KRW 3,000 shipping fee applies to smaller orders. Additional charges may apply for Jeju and remote islands.</p>
  <p>We ship from Seoul, South Korea. International orders may be subject to import duties and taxes.</p>
  <h2>Returns &amp; exchanges</h2>
  <p>You can request an exchange or return within 7 days of receiving your order. If you return an item because you changed your mind, you will be charged KRW 6,000 for shipping both ways. Items that have been washed or show signs of wear cannot be exchanged or returned.</p>
</section>
</main>
<footer class="site-footer">
  <p>Linen House Co., Ltd. | CEO: Jisoo Kim | Business Registration No. 123-45-67890</p>
  <p>3F, 12 World Cup-buk-ro, Mapo-gu, Seoul | Customer service +82-1588-0000 (weekdays 10 a.m.–5 p.m. KST)</p>
  <p>Copyright © 2025 LINEN HOUSE. All rights reserved.</p>
</footer>
</body>
</html>
"""

SHOP_GOLD = {
    "pairs": [
        ("워싱 린넨 앞치마 (베이지 / 차콜 / 올리브)", "Washed Linen Apron (Beige / Charcoal / Olive)"),
        ("첫 구매 고객 10% 할인 쿠폰 받기", "First order? Get a 10% off coupon"),
        ("프렌치 린넨 100%를 워싱 가공해 처음부터 부드러워요.", "Made from 100% French linen, pre-washed so it's soft from day one."),
        ("허리끈 길이를 조절할 수 있어 누구나 편하게 입을 수 있습니다.", "Adjustable waist ties for a comfortable fit on anyone."),
        ("앞주머니가 두 개라 행주나 휴대폰을 넣어 두기 좋아요.", "Two front pockets, handy for a dish towel or your phone."),
        ("세탁기 사용 가능 (찬물, 울 코스 권장)", "Machine washable (cold water, wool cycle recommended)"),
        ("색상 베이지 / 차콜 / 올리브", "Color Beige / Charcoal / Olive"),
        ("상품 상세 정보", "Product details"),
        ("주방에서 오래 서 있어도 편안하도록 가볍고 통기성이 좋은 린넨으로 만들었습니다.",
         "Made from light, breathable linen to keep you comfortable during long hours in the kitchen."),
        ("입을수록 자연스러운 주름이 생겨 더 멋스러워집니다.", "It softens and gains natural creases the more you wear it."),
        ("※ 모니터 설정에 따라 실제 색상과 다소 차이가 있을 수 있습니다.", "※ Actual colors may vary slightly depending on your screen settings."),
        ("사이즈 안내", "Size guide"),
        ("총장 (cm)", "Length (cm)"),
        ("가슴 너비 (cm)", "Chest width (cm)"),
        ("권장 키", "Recommended height"),
        ("155cm 이하", "Up to 155 cm"),
        ("170cm 이상", "170 cm and over"),
        ("측정 방법에 따라 1~3cm 정도 오차가 있을 수 있습니다.", "Measurements may vary by 1–3 cm depending on how they are taken."),
        ("배송 안내", "Shipping"),
        ("오후 2시 이전에 결제를 완료하시면 당일 출고됩니다.", "Orders paid before 2 p.m. ship the same day."),
        ("5만 원 이상 구매 시 무료 배송이며, 그 미만은 배송비 3,000원이 부과됩니다.",
         "Shipping is free on orders of KRW 50,000 or more; a KRW 3,000 shipping fee applies to smaller orders."),
        ("제주 및 도서산간 지역은 추가 배송비가 발생할 수 있습니다.", "Additional charges may apply for Jeju and remote islands."),
        ("교환 및 반품 안내", "Returns & exchanges"),
        ("상품을 받으신 날로부터 7일 이내에 교환 또는 반품을 신청하실 수 있습니다.",
         "You can request an exchange or return within 7 days of receiving your order."),
        ("단순 변심으로 반품하실 경우 왕복 배송비 6,000원은 고객님께서 부담하셔야 합니다.",
         "If you return an item because you changed your mind, you will be charged KRW 6,000 for shipping both ways."),
        ("세탁했거나 착용 흔적이 있는 상품은 교환 및 반품이 불가합니다.",
         "Items that have been washed or show signs of wear cannot be exchanged or returned."),
    ],
    "debatable": [
        # a promotion banner above the header: the page's chrome or its content
        ("신규 회원 가입 시 3,000원 적립금 즉시 지급!", "Sign up today and get KRW 3,000 in store credit!"),
        # the page's title (the <title>, og:title): a reader may keep it or not
        ("워싱 린넨 앞치마 - 3컬러", "Washed Linen Apron - 3 Colors"),
        # the price line: the same figures, "원" / "KRW", "23%" / "23% off"
        ("39,000원 29,900원 23%", "KRW 39,000 KRW 29,900 23% off"),
        ("사이즈 S / M / L", "Size S / M / L"),
        ("사이즈", "Size"),
        ("155~170cm", "155–170 cm"),
        # the size chart's figures and sizes, the same on both sides
        ("S", "S"), ("M", "M"), ("L", "L"), ("80", "80"), ("55", "55"), ("88", "88"), ("60", "60"), ("95", "95"),
        ("65", "65"),
    ],
    "unpaired": [
        "네이버페이로 결제하면 1% 추가 적립",
        "We ship from Seoul, South Korea.",
        "International orders may be subject to import duties and taxes.",
    ],
    # chrome: the header's logo, menu and account links, breadcrumbs, buttons, the footer
    "never_paired": ["LINEN HOUSE", "신상품", "New In", "베스트", "Best Sellers", "세일", "Sale", "로그인", "Sign in",
                     "회원가입", "Create account", "장바구니", "Cart", "홈", "Home", "바로 구매", "Buy now",
                     "Add to cart", "대표", "CEO", "사업자등록번호", "Business Registration", "1588-0000",
                     "All rights reserved", "월드컵북로", "World Cup-buk-ro"],
}

# ---------------------------------------------------------------- 6 product options sheet (one .csv: code, ko, en)
OPTIONS = [
    ("OPT_COLOR", "색상", "Color"),
    ("COLOR_BG", "베이지", "Beige"),
    ("COLOR_CH", "차콜", "Charcoal"),
    ("COLOR_OL", "올리브", "Olive"),
    ("OPT_SIZE", "사이즈", "Size"),
    ("SIZE_ALL", "S / M / L", "S / M / L"),
    ("SIZE_S", "S (권장 키 155cm 이하)", "S (for heights up to 155 cm)"),
    ("SIZE_M", "M (권장 키 155~170cm)", "M (for heights 155–170 cm)"),
    ("SIZE_L", "L (권장 키 170cm 이상)", "L (for heights 170 cm and over)"),
    ("PRICE", "29,900원", "KRW 29,900"),
    ("PRICE_SET", "앞치마 + 린넨 행주 세트 (+5,000원)", "Apron + linen dish towel set (+KRW 5,000)"),
    ("ENGRAVE", "이니셜 자수 추가 (+3,000원)", "Add initial embroidery (+KRW 3,000)"),
    ("ENGRAVE_NOTE", "자수 상품은 주문 제작으로 발송까지 3~5일이 걸립니다.", ""),
    ("COUPON", "첫 구매 10% 할인", "10% off your first order"),
    ("GIFT", "사은품: 린넨 행주 1장 (선착순 100명)", "Free gift: 1 linen dish towel (first 100 orders)"),
    ("STOCK_LOW", "품절 임박", "Almost sold out"),
    ("STOCK_OUT", "일시 품절", "Temporarily out of stock"),
    ("RESTOCK", "재입고 알림 신청", "Notify me when it's back"),
    ("MANDU_1", "고기만두 350g × 1봉", "Pork Dumplings 350 g × 1 bag"),
    ("MANDU_2", "고기만두 350g × 2봉 (+8,900원)", "Pork Dumplings 350 g × 2 bags (+KRW 8,900)"),
    ("MANDU_SET", "고기 + 김치만두 세트 (+10,900원)", "Pork + Kimchi Dumplings set (+KRW 10,900)"),
    ("QTY", "수량", "Quantity"),
    ("SOLD_BY", "판매자: 리넨하우스", "Sold by: Linen House"),
]
