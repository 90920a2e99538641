"""The evidence behind ``Params.halves_min_sim`` and ``Params.label_min_sim``: how far the two halves of a mixed
line translate each other (``pipeline.halves_evidence``: their similarity on USE's
scale, less the length prior where the English half is short for its Korean);
``pipeline.translated_halves`` cuts a bilingual document's segment in two where it
reaches the threshold.

Prints, for hand-written lines (headings beside their translation, which should be cut;
Korean phrases around an English term and English sentences ending on a Korean word,
which should not), the best cut's evidence and its similarity alone; and for every line of
the development sets that has a cut to weigh, the distribution and the lines at 0.4 or
more. The threshold was set on the hand-written lines (similarity alone); the
development lines are what it does to real text.

    python benchmarks/halves.py
    python benchmarks/halves.py --encoder e5-small
"""

from __future__ import annotations

import argparse

import numpy as np
from accuracy import disk_cached
from corpora import DATA

from aligner.aligning import Params
from aligner.embed import get_encoder
from aligner.pipeline import halves_evidence
from aligner.segmenting import script_halves

TRANSLATED = [
    "Contact Us 문의하기", "Ministry of Foreign Affairs 외교부", "Chapter 2 Using the API 제2장 API 사용하기", "Home 홈",
    "About Us 회사 소개", "Privacy Policy 개인정보처리방침", "Terms of Service 이용약관",
    "Frequently Asked Questions 자주 묻는 질문", "Sign In 로그인", "Search 검색", "Latest News 최신 뉴스",
    "Our Services 서비스 안내", "Customer Support 고객 지원", "Annual Report 2024 2024 연차 보고서",
    "Table of Contents 목차", "Introduction 서론", "Conclusion 결론", "References 참고 문헌", "Download 다운로드",
    "Press Release 보도자료", "Careers 채용", "Site Map 사이트맵", "Chapter One 제1장", "Part II The War 제2부 전쟁",
    "Acknowledgments 감사의 글", "Getting Started 시작하기", "Installation Guide 설치 안내",
    "Ministry of Unification 통일부", "Seoul National University 서울대학교", "Korean Air 대한항공",
    "Happy New Year 새해 복 많이 받으세요", "I am a student 저는 학생입니다", "Reporter Kim Min-su 김민수 기자",
]
ONE_LANGUAGE = [
    "Machine Learning 기초 강좌", "Harry Potter and the Philosopher's Stone 영화가 개봉했다",
    "Think different 캠페인은 1997년에 시작됐다", "Deep Learning 입문", "Python 프로그래밍 입문",
    "Google Cloud Platform 사용 후기", "New York Times 보도에 따르면 그는 사임했다", "Black Friday 할인 행사",
    "World Cup 예선 결과", "Star Wars 시리즈 신작 공개", "Apple Music 가입 방법", "Open Source 라이선스 정리",
    "Customer Service 센터 운영 시간", "Artificial Intelligence 산업 동향", "Climate Change 대응 전략 발표",
    "The Beatles 내한 공연", "Human Rights Watch 보고서", "Stay hungry, stay foolish 라는 말을 남겼다",
    "Getting Things Done 방법론 요약", "Kubernetes 클러스터 설치", "우리 회사의 Vision", "오늘의 Best Seller",
    "이번 주 Hot Issue", "신제품 Launch Event", "서울 Food Festival", "한국어 Speaking Test",
    "그는 I love you 라고 말했다", "Welcome to 서울 시청", "It is called 김치.", "I love 김치 볶음밥",
    "삼성전자 신형 Galaxy S24 출시", "Samsung Electronics 삼성전자는 오늘 새 스마트폰을 발표했다.",
    "UN Security Council 유엔 안전보장이사회는 긴급회의를 열었다.", "Bank of Korea 한국은행은 기준금리를 동결했다.",
]
# A Korean label and its value in Latin letters: in a glossary the value translates the
# label (cut), in a form it is a name or a key (kept whole). ``Params.label_min_sim`` was
# set on the first 22 lines and checked on the other 76, written afterwards.
LABELS_TUNE = {
    "translation": ["결제: Checkout", "회원 가입: Sign Up", "빨갛다: to be red", "봉지: bag", "데이터베이스: database",
                    "비밀번호 찾기: Forgot password", "장바구니: Cart", "로그아웃: Log out", "설정: Settings", "여권: passport"],
    "name": ["펀드명: Nuri Global Dividend Equity Fund", "벤치마크: MSCI ACWI High Dividend Yield Index",
             "계약상대방: Orion Capital Partners Ltd.", "찾기: Ctrl+F", "인쇄: Ctrl+P", "제품명: Galaxy Buds",
             "장소: COEX Grand Ballroom", "집합투자업자: Nuri Asset Management Co., Ltd.", "발행사: Hanbit Electronics",
             "수탁회사: KB Kookmin Bank", "통화: USD", "저자: John Smith"],
}
LABELS_CHECK = {
    "translation": """사과: apple|학교: school|도서관: library|병원: hospital|약국: pharmacy|기차역: train station|공항: airport
        |환전: currency exchange|비행기표: plane ticket|영수증: receipt|환불: refund|주문 내역: Order History|배송 조회: Track Delivery
        |고객센터: Customer Service|검색: Search|저장: Save|취소: Cancel|확인: OK|다운로드: Download|알림 설정: Notification Settings
        |개인정보처리방침: Privacy Policy|이용약관: Terms of Use|회사 소개: About Us|채용: Careers|공지사항: Notices
        |자주 묻는 질문: FAQ|행복하다: to be happy|먹다: to eat|빠르다: to be fast|날씨: weather|우산: umbrella|친구: friend
        |계약서: contract|손해배상: damages|준거법: governing law|매출액: revenue|영업이익: operating profit|부채비율: debt ratio
        |배당금: dividend|주가: share price""".split("|"),
    "name": """펀드명: Nuri Global Dividend Equity Fund|회사명: Daehan Logistics Co., Ltd.|대표이사: Kim Min-jun
        |주소: 123 Teheran-ro, Gangnam-gu, Seoul|홈페이지: Hanbit Cloud Portal|제품명: Galaxy Tab S9|모델: iPhone 15 Pro
        |운영체제: Windows 11 Pro|브라우저: Google Chrome|앱 이름: FitLog|게임 엔진: Unreal Engine 5|프레임워크: React Native
        |장소: Lotte Hotel Seoul, Crystal Ballroom|호텔: Grand Hyatt Seoul|항공사: Korean Air|편명: KE 081
        |주최: Seoul Tourism Organization|후원: Samsung Foundation|저자: Han Kang|출판사: Penguin Random House|역자: Deborah Smith
        |감독: Bong Joon-ho|출연: Song Kang-ho, Choi Woo-shik|배급: CJ ENM|벤치마크: KOSPI 200 Total Return Index
        |수탁은행: Shinhan Bank|운용사: Mirae Asset Global Investments|신용등급: AA- (Stable)|상장시장: KOSDAQ Global Segment
        |단축키: Ctrl+Shift+Esc|보기: View > Zoom In|메뉴 경로: Settings > Privacy > Location|사용 언어: Python 3.12
        |라이선스: MIT License|저장소: github.com/hanbit/fitlog|팀: Team Phoenix""".split("|"),
}
DEV_FILES = ["korean-english-park.dev.ko", "korean-english-park.dev.en", "jhe-koen-dev.ko", "jhe-koen-dev.en",
             "northkorean-english.dev.nk", "northkorean-english.dev.en"]


def best_cuts(lines: list[str], model) -> list[tuple[str, float | None, float, str, str]]:
    """(line, the best cut's evidence or None without a cut, its similarity alone, first
    half, second half)."""
    cuts = [(n, a, b, lang, end) for n, line in enumerate(lines) for a, b, lang, _, end in script_halves(line)]
    halves = [(lines[n][:a], lines[n][b:end], lang) for n, a, b, lang, end in cuts]
    evidence = halves_evidence(model, halves, Params())
    alone = halves_evidence(model, halves, Params(length_weight=0.0))
    best: dict[int, tuple[float, float, str, str]] = {}
    for (n, a, b, _, end), ev, sim in zip(cuts, evidence, alone):
        if ev > best.get(n, (-np.inf,))[0]:
            best[n] = (float(ev), float(sim), lines[n][:a], lines[n][b:end])
    return [(line, *best.get(n, (None, 0.0, "", ""))) for n, line in enumerate(lines)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--encoder", default="use")
    args = parser.parse_args()
    model = disk_cached(get_encoder(args.encoder))
    threshold = Params().halves_min_sim
    for title, lines in (("translated headings (should be cut)", TRANSLATED),
                         ("one language around a term (should stay whole)", ONE_LANGUAGE)):
        rows = best_cuts(lines, model)
        scored = [(ev, sim) for _, ev, sim, _, _ in rows if ev is not None]
        cut = sum(ev >= threshold for ev, _ in scored)
        print(f"\n{title}: {len(lines)} lines, {len(scored)} with a cut, {cut} at {threshold} or more; "
              f"evidence {min(e for e, _ in scored):.2f}–{max(e for e, _ in scored):.2f}, "
              f"similarity alone {min(s for _, s in scored):.2f}–{max(s for _, s in scored):.2f}")
        for line, ev, sim, first, second in sorted(rows, key=lambda r: -(r[1] if r[1] is not None else -9)):
            print(f"  {ev:.3f} ({sim:.3f})  {first} | {second}" if ev is not None else f"  no cut  {line}")
    label_threshold = Params().label_min_sim
    for title, sets in (("labels, the lines the threshold was set on", LABELS_TUNE),
                        ("labels, lines written after it", LABELS_CHECK)):
        lines = {kind: [line.strip() for line in group] for kind, group in sets.items()}
        halves = [(line.split(": ", 1)[0] + ":", line.split(": ", 1)[1], "ko") for kind in ("translation", "name")
                  for line in lines[kind]]
        evidence = halves_evidence(model, halves, Params())
        split = len(lines["translation"])
        cut = int((evidence[:split] >= label_threshold).sum())
        kept = int((evidence[split:] < label_threshold).sum())
        print(f"\n{title}: a value that translates its label cut at {label_threshold} or more: {cut} of {split}; "
              f"a name kept whole: {kept} of {len(evidence) - split}")
        for (first, second, _), ev, k in sorted(zip(halves, evidence, range(len(halves))), key=lambda r: r[1]):
            wrong = (k < split) != (ev >= label_threshold)
            if wrong:
                print(f"  {ev:.3f}  {first} | {second}  ({'a translation kept whole' if k < split else 'a name cut off'})")
    lines = [line for name in DEV_FILES for line in (DATA / name).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    rows = [r for r in best_cuts(lines, model) if r[1] is not None]
    evidence = np.array([ev for _, ev, _, _, _ in rows])
    print(f"\ndevelopment lines: {len(lines)}, {len(rows)} with a cut; evidence median {np.median(evidence):.2f}, "
          f"90th percentile {np.percentile(evidence, 90):.2f}; {int((evidence >= threshold).sum())} at {threshold} "
          "or more")
    for line, ev, sim, first, second in sorted(rows, key=lambda r: -r[1]):
        if ev < 0.4:
            break
        print(f"  {ev:.3f} ({sim:.3f})  {first[-60:]} | {second[:60]}")


if __name__ == "__main__":
    main()
