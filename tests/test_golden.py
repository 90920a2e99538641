"""Golden Korean–English alignments with the real default encoder.

Expected pairs were written by reading each document: every Korean sentence with the
English sentence(s) it translates; lines without a counterpart (bylines, copyright,
menus, an untranslated sentence) must stay unpaired.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from aligner import align_document, align_texts

DATA = ROOT / "tests" / "data"

SEED_PAIRS = [
    ("러시아는 최근 북러간에 맺은 상호군사협력조약을 법제화 하기위하여 하원에 법안을 제출하고 비준을 받기위한 작업에 착수했다고 크렘린궁이 발표했다.",
     ["The Kremlin announced that Russia has submitted a bill to the House of Representatives and begun work to obtain ratification to legislate the mutual military cooperation treaty recently concluded between North Korea and Russia."]),
    ("북러간의 상호군사협력조약이 합법화 되면 북한이나 러시아가 전시상태일 때 양국간 군사협력지원이 가능할뿐만 아니라 북러간 군사협력을 정당화 해서 유엔안보리의 규탄이나 제재를 피하기위한 수단이다.",
     ["If the mutual military cooperation treaty between North Korea and Russia is legalized, not only will it be possible to support military cooperation between the two countries when North Korea or Russia are in a state of war, but it will also be a means to avoid condemnation or sanctions by the UN Security Council by justifying military cooperation between North Korea and Russia."]),
    ("러시아는 우크라이나 전쟁으로 인해 많은 병력과 무기를 손실했고 이를 보충하기 위해 북한의 도움이 절실히 필요하게 됐다.",
     ["Russia lost a lot of troops and weapons due to the war in Ukraine and desperately needed North Korea's help to make up for it."]),
    ("푸틴과 김정은의 전략적인 주고받기식 행도이 노골화 되면서 중동뿐만아니라 한반도에도 위기가 고조될 가능성이 어느때보다 높다.",
     ["As the strategic give-and-take between Putin and Kim Jong-un becomes more explicit, there is a higher possibility than ever that a crisis will escalate not only in the Middle East but also on the Korean Peninsula."]),
    ("이에 대해 미국의 입장을 국무성 밀러 대변인을 통해 들어 본다.",
     ["We will hear the United States' position on this through State Department Spokesperson Matthew Miller."]),
    ("*(아래는 16일(현지시간) 국무성브리핑에서 매튜 밀러 대변인과 나(제니 박)의 질의응답이다.)",
     ["*Below is a Q&A between Spokesperson Matthew Miller and me (Janne Pak) at the State Department briefing on the 16th (local time)."]),
    ("러시아, 중국 그리고 북한에 관한 질문: 러시아와 북한의 주요 군사협력 조약이 러시아 하원에 비준 법안으로 제출됐다.",
     ["Two questions on Russia and China and North Korea.",
      "Russia and North Korea major military cooperation treaty has been submitted as a bill to the Russian house of representatives for ratification."]),
    ("이로써 북한과 러시아의 군사협력이 합법화된다.",
     ["This will legalize military cooperation between the North Korea and Russia."]),
    ("러시아의 우크라이나 전쟁에 북한군을 파견하는 것도 정당화되는 것으로 보인다.",
     ["It also seems to justify the dispatch of North Korean troops to Russia’s war in Ukraine."]),
    ("이것에 대해 어떻게 생각하세요?", ["What do you think about this?"]),
    ("우리는 러시아와 북한 사이의 안보 관계가 강화되는 것에 대해 계속해서 큰 우려를 갖고 있습니다.",
     ["A:(MR MILLER): We continue to have great concerns about the growing security relationship between Russia and North Korea."]),
    ("러시아와 중국 국방장관들이 베이징에서 만나 양국 간 군사 협력을 재확인했습니다.",
     ["The defense ministers of Russia and China met in Beijing and reaffirmed military cooperation between the two countries."]),
    ("중국과 러시아의 실질적인 군사 협력에 대해 어떤 우려를 갖고 있습니까?",
     ["What concerns do you have about substantial military cooperation between China and Russia?"]),
    ("이에 대해서는 이전에 이야기한 적이 있으며 오늘은 새로 추가할 내용이 없습니다.(끝",
     ["A:(MR MILLER): We’ve spoken on that before, and I don’t have anything new to add to it today."]),
]

SEED_ENGLISH_ONLY = [
    "U.S., big concerns over Russia and North Korea have begun legalization of the “Mutual Military Cooperation Treaty”",
    "Janne Pak",
    "(10-16-2024) by: Janne Pak(White House & State Department & Pentagon & Congress Correspondent)",
    "QUESTION:(Janne Pak): Thank you, Matt.",
    "QUESTION:(Janne Pak): And the second question.",
    "All Copy Rights Reserved: on USA JOURNAL KOREA Site.",
    "(Janne Pak, White House Correspondent)",
    "A Professional female Journalist who has covered the Korean Peninsula Issues and Korea-U.S. relations for over 20 years, White House, Pentagon, State Department, Congress.",
    "U.S.-ROK Foreign Affairs and Defense Ministers' Meeting_“strongly condemn North Korea's ICBM launch”",
]


def as_pairs(result) -> list[tuple[str, list[str]]]:
    return [(p.ko_text, [s.text for s in p.en]) for p in result.pairs]


def test_seed_every_korean_sentence_finds_its_english(seed_text, use_encoder):
    result = align_document(seed_text, encoder=use_encoder)
    # The article appears twice; both copies align the same way.
    assert as_pairs(result) == SEED_PAIRS + SEED_PAIRS
    assert not [s for s in result.unpaired if s.lang == "ko"]


def test_seed_english_only_lines_stay_unpaired(seed_text, use_encoder):
    result = align_document(seed_text, encoder=use_encoder)
    paired_english = {s.text for p in result.pairs for s in p.en}
    unpaired = {s.text for s in result.unpaired}
    for line in SEED_ENGLISH_ONLY:
        assert line not in paired_english
        assert line in unpaired
    assert all(0.5 < p.score <= 1.0 for p in result.pairs)


WEB_PAGE_PAIRS = [
    ("서울시, 내년부터 공공자전거 요금 30% 인하", ["Seoul to cut public bike fees by 30 percent next year"]),
    ("서울시는 내년 1월부터 공공자전거 '따릉이'의 이용 요금을 30% 인하한다고 5일 밝혔다.",
     ["The Seoul Metropolitan Government said on Tuesday that it will cut the fee for its public bicycle service Ttareungyi by 30 percent from January."]),
    ("시는 이번 조치로 연간 약 50만 명의 시민이 혜택을 볼 것으로 예상했다.",
     ["The city expects about 500,000 citizens a year to benefit from the measure."]),
    ("요금 인하와 함께 시는 한강 공원 주변에 대여소 200곳을 새로 설치할 계획이다.",
     ["Along with the fee cut, the city plans to install 200 new rental stations around the Han River parks."]),
    ('오세훈 시장은 "자전거가 시민의 일상적인 교통수단이 되도록 하겠다"고 말했다.',
     ['Mayor Oh Se-hoon said, "We will make bicycles an everyday means of transport for citizens."']),
    ("지난해 따릉이 이용 건수는 4천만 건을 넘어 역대 최고를 기록했다.",
     ["Ttareungyi rentals exceeded 40 million last year, an all-time high."]),
]


def test_korean_first_web_page_with_boilerplate(use_encoder):
    text = (DATA / "web_page_ko_first.txt").read_text(encoding="utf-8")
    result = align_document(text, encoder=use_encoder)
    assert as_pairs(result) == WEB_PAGE_PAIRS
    assert sorted(s.text for s in result.unpaired) == sorted([
        "뉴스홈 | 사회 | 경제 | 국제", "기자 김민지 | 입력 2024.11.05 09:30", "공유하기 페이스북 트위터 카카오톡",
        "Copyright © 2024 Seoul Daily News.", "All rights reserved.", "기사제보 news@seouldaily.kr"])


def test_two_files_with_different_paragraphs_and_a_sentence_missing(use_encoder):
    ko = (DATA / "rates.ko.txt").read_text(encoding="utf-8")
    en = (DATA / "rates.en.txt").read_text(encoding="utf-8")
    result = align_texts(ko, en, encoder=use_encoder)
    assert as_pairs(result) == [
        ("한국은행은 24일 기준금리를 연 3.25%로 0.25%포인트 인하했다.",
         ["The Bank of Korea cut its benchmark interest rate by 0.25 percentage point to 3.25 percent on the 24th."]),
        ("한은은 성명에서 물가 상승률이 목표 수준에서 안정되고 있다고 밝혔다.",
         ["In a statement, the central bank said inflation was stabilizing at its target level."]),
        ("그러나 가계부채 증가세는 여전히 우려스럽다고 덧붙였다.",
         ["However, it added that the growth of household debt remained a concern."]),
        ("이창용 총재는 기자회견에서 추가 인하 가능성을 배제하지 않았다.",
         ["Governor Rhee Chang-yong did not rule out further cuts at a press conference."]),
        ("시장에서는 내년 상반기에 한 차례 더 인하할 것으로 보고 있다.",
         ["Markets expect one more cut in the first half of next year."]),
    ]
    assert [s.text for s in result.unpaired] == ["이는 지난 10월에 이은 두 번째 인하다."]


def test_notice_with_both_languages_on_each_line(use_encoder):
    text = (DATA / "notice_mixed_lines.txt").read_text(encoding="utf-8")
    result = align_document(text, encoder=use_encoder)
    assert as_pairs(result) == [
        ("[공지] 시스템 점검 안내", ["[Notice] Scheduled System Maintenance"]),
        ("11월 30일 토요일 오전 2시부터 6시까지 서버 점검이 진행됩니다.",
         ["Server maintenance will take place on Saturday, November 30, from 2 a.m. to 6 a.m."]),
        ("점검 시간 동안에는 로그인과 결제를 이용하실 수 없습니다.",
         ["Login and payment will be unavailable during the maintenance."]),
        ("불편을 드려 죄송합니다.", ["We apologize for the inconvenience."]),
    ]
    assert [s.text for s in result.unpaired] == ["2024.11.25"]


@pytest.mark.parametrize("name", ["001_c87190288e67bd51.txt", "002_7e8d623d9f08f0ea.txt", "004_74f08cedf350ee19.txt"])
def test_english_only_seeds_are_refused_as_bilingual(name, use_encoder):
    from aligner.errors import LanguageError

    text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    with pytest.raises(LanguageError, match="no Korean"):
        align_document(text, encoder=use_encoder, name=name)


def test_english_article_with_one_korean_menu_word_pairs_nothing(use_encoder):
    """Seed 003 is an English article whose only Korean is the menu link "한국어"."""
    text = (ROOT / "seeds" / "003_c9b2d78d39c850c7.txt").read_text(encoding="utf-8")
    assert align_document(text, encoder=use_encoder).pairs == []


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SENTENCES = st.sampled_from([
    "러시아는 법안을 제출했다.", "The Kremlin announced it.", "2024-10-18", "Janne Pak", "공유하기",
    "북한과 러시아의 군사협력이 합법화된다.", "This will legalize military cooperation.", "", "   ",
    "불편을 드려 죄송합니다. We apologize for the inconvenience.", "\x00\x1b", "U.S. officials met.",
])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_SENTENCES, max_size=12))
def test_every_segment_is_paired_or_unpaired_exactly_once(use_encoder, lines):
    """Nothing is lost silently: each segment read is in one pair or in the unpaired list."""
    from aligner.errors import LanguageError
    from aligner.segment import Segmenter

    text = "\n".join(lines)
    segments = Segmenter().segment(text)
    try:
        result = align_document(text, encoder=use_encoder)
    except LanguageError:
        assert not {"ko", "en"} <= {s.lang for s in segments}
        return
    accounted = [s for p in result.pairs for s in p.ko + p.en] + result.unpaired
    assert sorted((s.start, s.end) for s in accounted) == sorted((s.start, s.end) for s in segments)
