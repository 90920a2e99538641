"""Retail finance for foreign customers, for the finance audit: both languages written by hand
(helperF50, 2026-12-06) as a Korean bank, card company, insurer, asset manager and broker
publish them, and the gold, as data. All names, numbers and phone numbers are invented.

``DEPOSIT``: a time deposit's product guide (label–value rows, a rate table "연 3.50%" /
"3.50% p.a.", "※ 세전 기준", bonus rates "%p", early-withdrawal rates, a "단, …" proviso, the
예금자보호 disclaimer and a compliance approval number Korean only, a "Korean prevails" line
English only). ``CARD``: a credit card statement explained (billing periods by payment date,
minimum payment, 리볼빙, fees, late interest, a 1-2 bead, the mandated credit warning Korean
only). ``INSURANCE``: a travel insurance summary of cover (a benefits table with "1억원" /
"₩100,000,000", exclusions as a numbered list, "단, …" provisos, two Korean-only mandated
notices). ``FUND``: a fund factsheet (returns by period as a table of figures, fees "총보수 연
0.85%", risk grade, an English benchmark name on both sides). ``RISK``: a securities app's
risk disclosure for overseas stocks (long boilerplate, a numbered list, T+1). ``APP``: a bank
app's UI strings and push messages ``(key, ko, en)`` ("이체 완료", "₩1,250,000",
"123-****-5678", OTP prompts, an empty English cell, a brand the same on both sides).
``WEB``: a bank web page's content (account opening for foreigners); its chrome is in
``make.py``.

A document is a list of entries in reading order:

  ("P", [(ko, en[, D]), ...][, tag])  a line on each side: its beads, joined by a space;
                                     ko or en "": one side only; D: may pair or not.
                                     A bead of several sentences on both sides has two
                                     fair readings when given as ("S", [(ko, en), ...]).
  ("K", text[, tag]) / ("E", text[, tag])  a line only one side has (left unpaired).
  ("ROW", [ko cells], [en cells][, D])  a table row: a tab-separated line in text; fair
                                     readings: the row whole, or its cells that hold letters
                                     on both sides cell by cell (figures-only cells may pair
                                     or not); D: a header row that may pair or not.
"""

D = "debatable"

# ---------------------------------------------------------------- 1 a time deposit's product guide
DEPOSIT = [
    ("P", [("한빛 프리미엄 정기예금 상품설명서", "Hanbit Premium Time Deposit: Product Guide")], "h1"),
    ("P", [("이 설명서는 「금융소비자 보호에 관한 법률」에 따라 상품의 주요 내용을 알려 드리기 위해 작성되었습니다.",
            "This guide sets out the key features of the product, as required by the Financial Consumer Protection Act."),
           ("가입하시기 전에 꼭 읽어 보시기 바랍니다.", "Please read it carefully before you open a deposit.")]),
    ("P", [("상품 개요", "Product overview")], "h2"),
    ("ROW", ["가입 대상", "실명 확인된 개인 및 개인사업자(외국인 포함)"],
            ["Who can apply", "Individuals and sole proprietors with verified identity, including foreign nationals"]),
    ("ROW", ["가입 금액", "100만원 이상 10억원 이하"], ["Amount", "₩1,000,000 to ₩1,000,000,000"]),
    ("ROW", ["가입 기간", "1개월 이상 36개월 이하(월 단위)"], ["Term", "1 to 36 months, in whole months"]),
    ("ROW", ["이자 지급 방식", "만기일시지급식"], ["Interest", "Paid in one sum at maturity"]),
    ("P", [("기본 금리", "Base rates")], "h2"),
    ("P", [("2026년 12월 1일 현재, 연 금리", "Annual rates as of 1 December 2026")], "caption"),
    ("ROW", ["가입 기간", "기본 금리", "최고 우대 시"], ["Term", "Base rate", "With all bonuses"]),
    ("ROW", ["1개월 이상 6개월 미만", "연 2.80%", "연 3.10%"], ["1 to under 6 months", "2.80% p.a.", "3.10% p.a."]),
    ("ROW", ["6개월 이상 12개월 미만", "연 3.20%", "연 3.50%"], ["6 to under 12 months", "3.20% p.a.", "3.50% p.a."]),
    ("ROW", ["12개월 이상 24개월 미만", "연 3.50%", "연 3.85%"], ["12 to under 24 months", "3.50% p.a.", "3.85% p.a."]),
    ("ROW", ["24개월 이상 36개월 이하", "연 3.30%", "연 3.65%"], ["24 to 36 months", "3.30% p.a.", "3.65% p.a."]),
    ("P", [("※ 세전 기준", "* Before tax.")], "note"),
    ("P", [("이자소득세 15.4%(지방소득세 포함)는 만기 해지 시 원천징수됩니다.",
            "Tax of 15.4% on interest, local income tax included, is withheld when the deposit matures.")], "note"),
    ("P", [("우대 금리", "Bonus rates")], "h2"),
    ("P", [("급여이체 실적 3개월 이상: 연 0.20%p", "Salary paid into a Hanbit account for 3 months or more: +0.20%p")], "li"),
    ("P", [("한빛카드 결제 실적 월 30만원 이상: 연 0.10%p", "Hanbit Card spending of ₩300,000 or more a month: +0.10%p")], "li"),
    ("P", [("한빛 쏠 앱으로 가입: 연 0.05%p", "Opened in the Hanbit SOL app: +0.05%p")], "li"),
    ("P", [("우대 금리는 최고 연 0.35%p까지 적용되며, 만기까지 유지한 경우에만 드립니다.",
            "Bonuses add up to 0.35%p at most and are paid only if you keep the deposit until it matures.")]),
    ("P", [("중도해지 금리", "Early withdrawal rates")], "h2"),
    ("P", [("만기 전에 해지하시면 예치 기간에 따라 아래 금리를 적용합니다.",
            "If you close the deposit early, we pay the rate below for the time it was held.")]),
    ("ROW", ["예치 기간", "적용 금리"], ["Time held", "Rate paid"]),
    ("ROW", ["1개월 미만", "연 0.10%"], ["Under 1 month", "0.10% p.a."]),
    ("ROW", ["1개월 이상 3개월 미만", "기본 금리 × 30%"], ["1 to under 3 months", "30% of the base rate"]),
    ("ROW", ["3개월 이상 6개월 미만", "기본 금리 × 50%"], ["3 to under 6 months", "50% of the base rate"]),
    ("ROW", ["6개월 이상", "기본 금리 × 70%"], ["6 months or more", "70% of the base rate"]),
    ("P", [("단, 최저 연 0.10%를 보장합니다.", "In every case you receive at least 0.10% p.a.")]),
    ("P", [("만기 후 금리", "Interest after maturity")], "h2"),
    ("P", [("만기 후 1개월 이내: 기본 금리의 50%", "Within 1 month after maturity: half the base rate")], "li"),
    ("P", [("만기 후 1개월 초과: 연 0.10%", "More than 1 month after maturity: 0.10% p.a.")], "li"),
    ("P", [("유의 사항", "Things to know")], "h2"),
    ("P", [("이 예금은 일부 인출이 되지 않습니다.", "You cannot withdraw part of the deposit."),
           ("예금을 담보로 대출을 받으실 수 있으며, 대출 금리는 따로 정해집니다.",
            "You can borrow against it; the loan rate is set separately.")]),
    ("P", [("계좌에 압류, 가압류 또는 질권 설정이 되어 있으면 해지와 지급이 제한될 수 있습니다.",
            "If the account is seized, provisionally attached or pledged, you may not be able to close it or be paid.")]),
    ("K", "이 예금은 예금자보호법에 따라 원금과 소정의 이자를 합하여 1인당 최고 1억원까지 보호되며, "
          "1억원을 초과하는 나머지 금액은 보호하지 않습니다.", "small"),
    ("K", "한빛은행 준법감시인 심의필 제2026-1187호(2026.11.20~2027.11.19)", "small"),
    ("E", "This English version is for reference only. If it differs from the Korean, the Korean version prevails.",
     "small"),
]

# ---------------------------------------------------------------- 2 a card statement explained
CARD = [
    ("P", [("카드 이용대금 명세서 보는 법", "Understanding your card statement")], "h1"),
    ("P", [("명세서는 결제일 5일 전까지 이메일과 한빛카드 앱으로 보내 드립니다.",
            "We send your statement by email and to the Hanbit Card app at least five days before your payment date.")]),
    ("P", [("결제일별 이용 기간", "Which purchases each payment covers")], "h2"),
    ("ROW", ["결제일", "이용 기간"], ["Payment date", "Purchases made"]),
    ("ROW", ["매월 1일", "전전월 18일 ~ 전월 17일"], ["1st", "18th of the month before last to 17th of last month"]),
    ("ROW", ["매월 14일", "전월 1일 ~ 전월 말일"], ["14th", "All of last month"]),
    ("ROW", ["매월 25일", "전월 12일 ~ 당월 11일"], ["25th", "12th of last month to 11th of this month"]),
    ("P", [("최소 결제 금액", "Minimum payment")], "h2"),
    ("P", [("일시불 이용금액의 10%에 이번 달 할부금, 수수료와 이자를 더한 금액이 최소 결제 금액입니다.",
            "Your minimum payment is 10% of your single-payment purchases plus this month's instalments, fees and interest.")]),
    ("P", [("최소 결제 금액만 내시면 나머지는 리볼빙(일부결제금액이월약정)에 따라 다음 달로 넘어갑니다.",
            "If you pay only the minimum, the rest is carried over to next month under your revolving credit agreement.")]),
    ("P", [("이월된 금액에는 연 5.9%~19.9%의 수수료율이 적용됩니다.",
            "Interest of 5.9% to 19.9% a year is charged on the amount carried over.")]),
    ("P", [("수수료와 연체", "Fees and late payment")], "h2"),
    ("P", [("해외 이용 수수료: 이용금액의 1.0%(국제브랜드 수수료 별도)",
            "Overseas transaction fee: 1.0% of the amount, plus the card network's fee")], "li"),
    ("P", [("단기카드대출(현금서비스) 수수료율: 연 6.9%~19.9%", "Cash advance rate: 6.9% to 19.9% a year")], "li"),
    ("P", [("연체이자율: 약정 이자율 + 연 3%p(최고 연 20%)", "Late payment rate: your agreed rate plus 3%p a year, capped at 20% a year")],
     "li"),
    ("P", [("결제일에 대금이 출금되지 않으면 다음 날부터 연체이자가 붙으며, 5영업일 이상 연체되면 신용평점이 떨어질 수 있습니다.",
            "If the payment is not collected on the due date, late interest is charged from the next day. "
            "If you are five business days late or more, your credit score may drop.")]),
    ("P", [("결제일 변경", "Changing your payment date")], "h2"),
    ("S", [("결제일은 앱의 [카드관리 > 결제일 변경]에서 바꾸실 수 있습니다.",
            "You can change your payment date in the app under [Card settings > Payment date]."),
           ("단, 변경은 한 달에 한 번만 가능하며, 변경 후 첫 달에는 이용 기간이 달라질 수 있습니다.",
            "You can do this once a month only, and the first statement after the change may cover a different period.")]),
    ("P", [("고객센터 1588-0000(평일 09:00~18:00)", "Customer Center: 1588-0000 (weekdays, 9 a.m. to 6 p.m.)")]),
    ("K", "상환능력에 비해 신용카드 사용액이 과도할 경우 귀하의 개인신용평점이 하락할 수 있습니다."),
    ("E", "All amounts are in Korean won (KRW) unless stated otherwise."),
]

# ---------------------------------------------------------------- 3 a travel insurance summary of cover
INSURANCE = [
    ("P", [("한빛 해외여행보험 보장 요약서", "Hanbit Overseas Travel Insurance: Summary of Cover")], "h1"),
    ("P", [("이 요약서는 약관의 주요 내용을 정리한 것이며, 보험금은 약관에 따라 지급됩니다.",
            "This summary gives the main points of the policy; claims are paid according to the policy wording.")]),
    ("P", [("보장 내용", "What you are covered for")], "h2"),
    ("ROW", ["보장 항목", "가입 금액"], ["Benefit", "Sum insured"]),
    ("ROW", ["상해 사망·후유장해", "1억원"], ["Accidental death or permanent disability", "₩100,000,000"]),
    ("ROW", ["해외 상해 의료비", "1,000만원"], ["Medical expenses abroad (injury)", "₩10,000,000"]),
    ("ROW", ["해외 질병 의료비", "1,000만원"], ["Medical expenses abroad (illness)", "₩10,000,000"]),
    ("ROW", ["휴대품 손해(1개당 20만원 한도)", "50만원"], ["Personal belongings (up to ₩200,000 per item)", "₩500,000"]),
    ("ROW", ["항공기 지연(4시간 이상)", "20만원"], ["Flight delay of 4 hours or more", "₩200,000"]),
    ("ROW", ["배상책임(자기부담금 1만원)", "500만원"], ["Personal liability (excess ₩10,000)", "₩5,000,000"]),
    ("P", [("보상하지 않는 손해", "What is not covered")], "h2"),
    ("P", [("1. 피보험자가 고의로 일으킨 손해", "1. Loss the insured person causes on purpose")], "li"),
    ("P", [("2. 전쟁, 혁명, 내란, 폭동으로 생긴 손해", "2. Loss caused by war, revolution, civil war or riot")], "li"),
    ("P", [("3. 스카이다이빙, 암벽등반 등 위험한 활동을 하다가 생긴 손해",
            "3. Loss arising from dangerous activities such as skydiving or rock climbing")], "li"),
    ("P", [("4. 임신, 출산, 유산에 따른 의료비", "4. Medical costs of pregnancy, childbirth or miscarriage")], "li"),
    ("S", [("5. 가입 전에 이미 진단받은 질병의 치료비.", "5. Treatment of an illness diagnosed before the policy began."),
           ("단, 가입 전 5년 이내에 그 질병으로 입원하거나 수술받은 적이 없으면 보상합니다.",
            "It is covered, however, if you were not admitted to hospital or operated on for it in the five years before.")],
     "li"),
    ("P", [("휴대품을 단순히 잃어버린 경우에는 보상하지 않습니다.", "We do not pay for belongings that you simply lose."),
           ("단, 도난당한 경우에는 현지 경찰서에서 받은 도난 신고 확인서를 내시면 보상합니다.",
            "Theft is covered, provided you send us a theft report from the local police.")]),
    ("P", [("보험금 청구", "How to claim")], "h2"),
    ("P", [("사고가 나면 먼저 24시간 우리말 도움 서비스(+82-2-0000-1234)로 연락해 주세요.",
            "If something happens, first call our 24-hour assistance line on +82-2-0000-1234.")]),
    ("P", [("청구하실 때는 진단서, 진료비 영수증, 여권 사본을 보내 주시면 됩니다.",
            "To claim, send us the doctor's certificate, your medical receipts and a copy of your passport.")]),
    ("K", "보험계약자가 기존 보험계약을 해지하고 새로운 보험계약을 체결하는 과정에서 질병이력, 연령증가 등으로 "
          "보험인수가 거절되거나 보험료가 인상되는 등 불이익이 발생할 수 있습니다."),
    ("K", "이 보험계약은 예금자보호법에 따라 예금보험공사가 보호하되, 보호 한도는 본 보험회사에 있는 귀하의 모든 "
          "예금보호 대상 금융상품의 해약환급금(또는 만기 시 보험금이나 사고보험금)에 기타지급금을 합하여 1인당 최고 "
          "1억원이며, 1억원을 초과하는 나머지 금액은 보호하지 않습니다."),
    ("E", "Need help in English? Visit hanbitins.example.com/en or email travel@hanbitins.example.com."),
]

# ---------------------------------------------------------------- 4 a fund factsheet
FUND = [
    ("P", [("한빛 글로벌 배당성장 증권자투자신탁(주식) C-e", "Hanbit Global Dividend Growth Equity Feeder Fund, Class C-e")],
     "h1"),
    ("P", [("2026년 11월 30일 기준", "As of 30 November 2026")], "note"),
    ("P", [("투자 목적", "Investment objective")], "h2"),
    ("P", [("이 펀드는 전 세계 배당 성장 기업의 주식에 주로 투자하는 모펀드에 투자하여 장기적인 자본 증식과 배당 수익을 추구합니다.",
            "The fund seeks long-term capital growth and dividend income by investing in a master fund that holds "
            "mainly shares of companies worldwide with growing dividends.")]),
    ("P", [("비교지수: MSCI ACWI High Dividend Yield Index(원화 환산) × 95% + CALL × 5%",
            "Benchmark: MSCI ACWI High Dividend Yield Index (in KRW) × 95% + CALL × 5%")]),
    ("P", [("기간별 수익률", "Performance")], "h2"),
    ("ROW", ["구분", "1개월", "3개월", "6개월", "1년", "설정 이후"],
            ["", "1 month", "3 months", "6 months", "1 year", "Since launch"], D),
    ("ROW", ["펀드", "1.24%", "4.87%", "7.92%", "15.36%", "42.18%"], ["Fund", "1.24%", "4.87%", "7.92%", "15.36%", "42.18%"]),
    ("ROW", ["비교지수", "0.98%", "4.11%", "6.85%", "13.02%", "37.40%"],
            ["Benchmark", "0.98%", "4.11%", "6.85%", "13.02%", "37.40%"]),
    ("ROW", ["초과 수익", "0.26%p", "0.76%p", "1.07%p", "2.34%p", "4.78%p"],
            ["Excess return", "0.26%p", "0.76%p", "1.07%p", "2.34%p", "4.78%p"]),
    ("P", [("※ 수익률은 세전, 보수 차감 후 기준이며 과거의 수익률이 미래의 수익을 보장하지 않습니다.",
            "Returns are before tax and after fees. Past performance is not a guide to future returns.")], "note"),
    ("P", [("보수 및 비용", "Fees and charges")], "h2"),
    ("ROW", ["총보수", "연 0.85%"], ["Total fee", "0.85% a year"]),
    ("ROW", ["판매보수", "연 0.25%"], ["Distribution fee", "0.25% a year"]),
    ("ROW", ["선취판매수수료", "없음"], ["Front-end load", "None"]),
    ("ROW", ["환매수수료", "90일 미만 환매 시 이익금의 70%"], ["Redemption fee", "70% of any gain if you sell within 90 days"]),
    ("P", [("투자위험등급", "Risk rating")], "h2"),
    ("P", [("2등급(높은 위험)", "Grade 2 (high risk)")]),
    ("P", [("이 펀드는 해외 주식에 투자하므로 주가와 환율 변동에 따라 투자원금의 손실이 발생할 수 있습니다.",
            "Because the fund invests in overseas shares, you can lose money when share prices or exchange rates move.")]),
    ("P", [("환헤지를 하지 않으므로 원화 가치가 오르면 수익률이 낮아질 수 있습니다.",
            "The fund does not hedge its currency exposure, so a stronger won can lower your returns.")]),
    ("P", [("이 펀드는 실적배당 상품으로 예금자보호법에 따라 보호되지 않습니다.",
            "This fund is not a deposit and is not protected under the Depositor Protection Act.")]),
    ("K", "한국금융투자협회 심사필 제26-04321호(2026.12.01~2027.11.30)", "note"),
]

# ---------------------------------------------------------------- 5 a securities app's risk disclosure
RISK = [
    ("P", [("해외주식 거래 위험 고지", "Risk Disclosure: Trading Overseas Stocks")], "h1"),
    ("P", [("해외주식 거래는 높은 수익을 기대할 수 있는 반면, 투자원금의 전부 또는 일부를 잃을 수 있습니다.",
            "Trading overseas stocks can bring high returns, but you can also lose some or all of the money you invest."),
           ("아래 내용을 충분히 이해하신 후 본인의 판단과 책임으로 거래하시기 바랍니다.",
            "Please make sure you understand the points below; every trade is your own decision and your own responsibility.")]),
    ("P", [("1. 환율 위험: 해외주식은 외화로 거래되므로 주가가 오르더라도 환율이 떨어지면 원화로는 손실이 날 수 있습니다.",
            "1. Currency risk: Overseas stocks are traded in foreign currency, so you can make a loss in won "
            "even when the price goes up, if the exchange rate falls.")], "li"),
    ("P", [("2. 거래 시간: 미국 주식 정규장은 한국 시간 23:30부터 다음 날 06:00까지이며, 서머타임 기간에는 22:30부터 05:00까지입니다.",
            "2. Trading hours: The regular U.S. session runs from 23:30 to 06:00 the next day, Korean time, "
            "or from 22:30 to 05:00 during daylight saving time.")], "li"),
    ("P", [("3. 가격 제한폭: 해외 시장은 가격 제한폭이 없거나 국내와 달라 하루에도 주가가 크게 움직일 수 있습니다.",
            "3. Price limits: Foreign markets may have no daily price limits, or different ones, "
            "so a price can move sharply in a single day.")], "li"),
    ("P", [("4. 결제 주기: 미국 주식은 매매일 다음 영업일(T+1)에 결제되며, 결제 전에는 매도 대금을 출금하실 수 없습니다.",
            "4. Settlement: U.S. trades settle one business day after the trade date (T+1). "
            "Until then you cannot withdraw the proceeds of a sale.")], "li"),
    ("P", [("5. 세금: 해외주식 양도차익이 연 250만원을 넘으면 넘는 금액에 대해 22%(지방소득세 포함)의 양도소득세를 직접 신고하고 "
            "납부하셔야 합니다.",
            "5. Tax: If your gains from selling overseas stocks exceed ₩2,500,000 in a year, you must file and pay "
            "capital gains tax of 22%, local income tax included, on the excess yourself.")], "li"),
    ("P", [("6. 소수점 거래: 소수 단위로 산 주식은 다른 증권사로 옮길 수 없으며 의결권이 제한될 수 있습니다.",
            "6. Fractional shares: Shares bought in fractions cannot be moved to another broker, "
            "and your voting rights may be limited.")], "li"),
    ("P", [("당사는 시장 상황, 시스템 장애 등으로 주문이 지연되거나 체결되지 않아 생긴 손해에 대하여 당사의 고의 또는 중대한 과실이 "
            "없는 한 책임을 지지 않습니다.",
            "We are not liable for losses arising from orders that are delayed or not filled because of market "
            "conditions, system failures or similar events, unless we acted intentionally or with gross negligence.")]),
    ("K", "본 고지는 「자본시장과 금융투자업에 관한 법률」 제47조 및 「금융투자회사의 영업 및 업무에 관한 규정」에 따른 것입니다."),
    ("P", [("위 내용을 확인하였으며 이에 동의합니다.", "I have read the above and I agree.")]),
]

# ---------------------------------------------------------------- 6 a bank app's UI strings and push messages
# (key, ko, en[, flag]): "S", a row of two sentences that may pair whole or sentence by sentence
APP = [
    ("tab.home", "홈", "Home"),
    ("tab.transfer", "이체", "Transfer"),
    ("tab.assets", "자산", "Assets"),
    ("transfer.title", "누구에게 보낼까요?", "Who do you want to send money to?"),
    ("transfer.recipient", "받는 분 김*수 | 하나은행 356-****-2210", "To Kim *-su | Hana Bank 356-****-2210"),
    ("transfer.amount.hint", "보낼 금액을 입력하세요", "Enter an amount"),
    ("transfer.done", "이체 완료", "Transfer complete"),
    ("transfer.done.body", "김*수님에게 ₩1,250,000을 보냈어요.", "You sent ₩1,250,000 to Kim *-su."),
    ("transfer.fee", "수수료 면제", "No fee"),
    ("transfer.limit", "1일 이체 한도(₩5,000,000)를 초과했습니다.", "This exceeds your daily transfer limit of ₩5,000,000."),
    ("transfer.hours", "이체 가능 시간: 00:30~23:30", "Transfers available 00:30–23:30"),
    ("account.available", "출금 가능 금액", "Available to withdraw"),
    ("account.copied", "계좌번호가 복사되었습니다.", "Account number copied."),
    ("account.sample", "₩3,482,900", "₩3,482,900"),
    ("push.deposit", "[한빛] 입금 ₩1,250,000 123-****-5678 잔액 ₩3,482,900",
     "[Hanbit] ₩1,250,000 received in 123-****-5678. Balance ₩3,482,900"),
    ("push.withdrawal", "[한빛] 체크카드 출금 ₩45,000 스타벅스 강남점", "[Hanbit] Debit card payment ₩45,000 at Starbucks Gangnam"),
    ("push.salary", "월급이 들어왔어요! 이번 달도 수고 많으셨어요.", "Payday! Thanks for all your hard work this month.", "S"),
    ("otp.prompt", "OTP 비밀번호 6자리를 입력하세요.", "Enter your 6-digit OTP."),
    ("otp.error", "OTP 비밀번호가 3회 틀렸습니다. 5회 틀리면 이용이 정지됩니다.",
     "Wrong OTP entered 3 times. After 5 wrong attempts, your OTP will be blocked.", "S"),
    ("login.bio", "지문 또는 Face ID로 로그인", "Log in with fingerprint or Face ID"),
    ("login.timeout", "10분 동안 사용하지 않아 자동으로 로그아웃되었습니다.", "You were logged out after 10 minutes of inactivity."),
    ("fx.rate", "적용 환율 1 USD = 1,384.50원", "Exchange rate applied: 1 USD = ₩1,384.50"),
    ("card.lost", "카드 분실 신고", "Report a lost card"),
    ("card.lost.done", "분실 신고가 접수되었습니다. 카드 사용이 즉시 정지됩니다.",
     "We've received your report. Your card is blocked with immediate effect.", "S"),
    ("savings.goal", "목표 금액의 75%를 모았어요 🎉", "You've saved 75% of your goal 🎉"),
    ("loan.unavailable", "죄송합니다. 지금은 대출 신청을 받을 수 없습니다.", "Sorry, we can't take loan applications right now.", "S"),
    ("rate.notice", "※ 우대금리는 조건 충족 시 적용", ""),
    ("app.name", "한빛 쏠", "Hanbit SOL"),
    ("app.brand", "SOL Pay", "SOL Pay"),
    ("app.update", "안전한 이용을 위해 최신 버전으로 업데이트해 주세요.", "Please update to the latest version to keep your account safe."),
    ("button.ok", "확인", "OK"),
    ("button.cancel", "취소", "Cancel"),
]

# ---------------------------------------------------------------- 7 a bank web page's content
WEB = [
    ("P", [("외국인 고객 계좌 개설 안내", "Opening an Account: A Guide for Foreign Customers")], "h1"),
    ("P", [("국내에 거주하는 외국인 고객은 가까운 영업점에서 입출금통장을 만드실 수 있습니다.",
            "If you are a foreign national living in Korea, you can open a current account at any of our branches.")]),
    ("P", [("준비 서류", "What to bring")], "h2"),
    ("P", [("외국인등록증 또는 여권", "Your residence card or passport")], "li"),
    ("P", [("재직증명서, 재학증명서 등 금융거래 목적을 확인할 수 있는 서류",
            "A document that shows what the account is for, such as a certificate of employment or of enrollment")], "li"),
    ("P", [("본인 명의의 국내 휴대전화", "A Korean mobile phone in your own name")], "li"),
    ("P", [("유의 사항", "Please note")], "h2"),
    ("P", [("금융거래 목적이 확인되지 않으면 1일 출금 한도가 100만원인 한도제한계좌로 개설됩니다.",
            "If we cannot confirm what the account is for, it will be opened as a limited account "
            "with a daily withdrawal limit of ₩1,000,000."),
           ("급여 입금 내역 등을 제출하시면 한도를 해제해 드립니다.",
            "We will lift the limit once you show us, for example, records of your salary payments.")]),
    ("K", "※ 한도제한계좌는 「전기통신금융사기 피해 방지 및 피해금 환급에 관한 특별법」에 따른 대포통장 방지 조치입니다."),
    ("P", [("체류 기간이 끝나면 거래가 정지될 수 있으니, 체류 기간을 연장하셨다면 영업점에 알려 주세요.",
            "Your account may be frozen when your permitted stay ends, so let your branch know if you extend it.")]),
    ("P", [("영어, 중국어, 베트남어 상담은 1599-0000(내선 7번)으로 전화해 주세요.",
            "For help in English, Chinese or Vietnamese, call 1599-0000 and press 7.")]),
]

# ---------------------------------------------------------------- 8 a bank's and a card company's text messages
# Each message as the phone shows it: the Korean then the English on one line, after a
# separator or none. ("L", [(ko, en), ...], separator): a message whose sentences pair one
# by one (fair readings: the halves whole, or sentence by sentence); ("K", text): a message
# sent in Korean only.
SMS = [
    ("L", [("[한빛은행] 12/03 09:14 입금 1,250,000원(급여) 잔액 3,482,900원",
            "[Hanbit Bank] 12/03 09:14 Deposit KRW 1,250,000 (salary) Balance KRW 3,482,900")], " "),
    ("L", [("[한빛카드] 승인 45,000원 일시불 12/03 12:41 스타벅스강남 누적 812,300원",
            "[Hanbit Card] Approved KRW 45,000, single payment, 12/03 12:41 Starbucks Gangnam. "
            "Total this month KRW 812,300")], " / "),
    ("L", [("[Web발신] 인증번호 [482913]를 입력해 주세요.", "Your verification code is 482913."),
           ("타인에게 절대 알려 주지 마세요.", "Never share it with anyone.")], " "),
    ("L", [("[한빛은행] 12/05 휴대폰 요금 68,500원이 자동이체될 예정입니다.",
            "[Hanbit Bank] Your mobile phone bill of KRW 68,500 will be paid by automatic transfer on 12/05."),
           ("잔액이 부족하지 않은지 확인해 주세요.", "Please make sure there is enough in your account.")], " "),
    ("L", [("[한빛은행] 해외에서 로그인이 시도되었습니다(미국).", "[Hanbit Bank] Someone tried to log in from abroad (United States)."),
           ("본인이 아니면 즉시 1588-0000으로 연락하세요.", "If this wasn't you, call 1588-0000 right away.")], " / "),
    ("K", "[한빛은행] 보이스피싱 주의! 검찰·금감원은 절대 전화로 송금을 요구하지 않습니다."),
    ("L", [("(광고)[한빛카드] 12월 한정! 해외 결제 5% 캐시백", "(Ad) [Hanbit Card] December only: 5% cash back on overseas purchases."),
           ("무료수신거부 080-000-0000", "To opt out, call 080-000-0000 (free).")], " "),
    ("L", [("[한빛은행] 정기예금(123-****-5678)이 12/20에 만기됩니다.",
            "[Hanbit Bank] Your time deposit 123-****-5678 matures on 12/20.")], " | "),
    ("L", [("[한빛증권] 주문 체결: 애플(AAPL) 매수 3주 @ $228.40", "[Hanbit Securities] Order filled: Bought 3 Apple (AAPL) @ $228.40")],
     " "),
    ("L", [("[한빛손해보험] 여행자보험 보험금 320,000원이 지급되었습니다.",
            "[Hanbit Insurance] Your travel insurance claim of KRW 320,000 has been paid.")], " "),
]
