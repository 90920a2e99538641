"""The library's entry points refuse wrong arguments at the door, naming the argument:
a TypeError or ValueError (an encoder that answers wrongly: an EncoderError), never an
AttributeError or IndexError from deep inside, and never a silently wrong result."""

from __future__ import annotations

import re

import numpy as np
import pytest

import aligner
from aligner.embed import get_encoder
from aligner.errors import EncoderError, LanguageError
from aligner.formats.readers import read_document
from aligner.mining import MiningParams
from aligner.aligning import Params
from aligner.building.state import Settings
from aligner.records import Cue, Segment

KO = "서울은 한국의 수도이다. 부산은 항구 도시이다."
EN = "Seoul is the capital of Korea. Busan is a port city."


@pytest.mark.parametrize("call, error, message", [
    (lambda: aligner.align([KO], EN), TypeError, "korean_text must be a str, not list"),
    (lambda: aligner.align(KO, b"Seoul."), TypeError, "english_text must be a str, not bytes"),
    (lambda: aligner.align_bilingual(5), TypeError, "text must be a str, not int"),
    (lambda: aligner.align("\udcff" + KO, EN), ValueError, "korean_text holds a lone surrogate (U+DCFF)"),
    (lambda: aligner.align(KO, EN, encoder=None), TypeError, "encoder must be an encoder's name or an object"),
    (lambda: aligner.align(KO, EN, params={"threshold": 0}), TypeError, "params must be None or Params, not dict"),
    (lambda: aligner.align_texts(KO, EN, anchors="corrections.json"), TypeError,
     "anchors must be None or DocumentCorrections"),
    (lambda: aligner.align_texts(KO, EN, ko_cues=[(0, 5, 0.0, 1.0)], en_cues=[(0, 5, 0.0, 1.0)]), TypeError,
     "ko_cues must hold Cue records, not tuple"),
    (lambda: aligner.align_texts(EN, KO), LanguageError, "korean_text reads as English and english_text as Korean"),
    (lambda: aligner.mine("서울은 수도이다.", "Seoul is the capital."), TypeError,
     "korean_texts must be a list or a mapping of texts, not a single str"),
    (lambda: aligner.mine([KO], [EN], params={"k": 2}), TypeError, "params must be None or MiningParams"),
    (lambda: MiningParams(threshold="x"), TypeError, "threshold must be a number"),
    (lambda: MiningParams(threshold=float("nan")), ValueError, "threshold must be a number from 0 to 1"),
    (lambda: MiningParams(threshold=-1), ValueError, "threshold must be a number from 0 to 1"),
    (lambda: MiningParams(k=0), ValueError, "k must be 1 or more"),
    (lambda: aligner.pair_documents("ko.txt", ["en.txt"]), TypeError,
     "ko_paths must be a list of paths, not a single str"),
    (lambda: aligner.pair_documents(["ko.txt", "ko.txt"], ["en.txt"]), ValueError, "ko_paths names ko.txt more than once"),
    (lambda: aligner.pair_documents(["ko.txt"], ["en.txt"], min_confidence="x"), TypeError,
     "min_confidence must be a number"),
    (lambda: aligner.TranslationMemory().add_alignment("x"), TypeError, "result must be Alignment, not str"),
    (lambda: aligner.TranslationMemory(min_score=float("nan")), ValueError, "min_score must be a number from 0 to 1"),
    (lambda: aligner.build_tm(["doc.txt"], "memory.tmx"), TypeError, "specs must hold DocumentSpec records, not str"),
])
def test_wrong_arguments_are_refused_before_any_work_naming_the_argument(call, error, message):
    with pytest.raises(error) as err:
        call()
    assert message in str(err.value)


class _Rows:
    """A caller's encoder that answers with ``shape(n)`` for n texts."""

    def __init__(self, shape, fill=1.0):
        self.shape, self.fill = shape, fill

    def encode(self, texts):
        return np.full(self.shape(len(texts)), self.fill)


class _Background:
    def __init__(self, background):
        self.background = background

    def encode(self, texts):
        return np.eye(len(texts), 8)


class _Ragged:
    def encode(self, texts):
        return [[1.0] * (i + 1) for i in range(len(texts))]


@pytest.mark.parametrize(("encoder", "message"), [
    (_Rows(lambda n: (n + 1, 8)), "returned an array of shape"),  # a row too many: was an IndexError in the DP
    (_Rows(lambda n: (n,)), "returned an array of shape"),  # one number per text
    (_Rows(lambda n: (n, 0)), "returned an array of shape"),  # no width: no pairs, silently
    (_Rows(lambda n: (n, 8), np.nan), "returned a row that is not finite or is all zeros"),
    (_Rows(lambda n: (n, 8), 0.0), "returned a row that is not finite or is all zeros"),  # no direction: no pairs, silently
    (_Rows(lambda n: (n, 8), 1e200), "returned a row that is not finite or is all zeros"),  # its norm overflows
    (_Ragged(), "returned list that is no array of numbers"),  # was numpy's ValueError
    (_Rows(lambda n: (n, 8), 1 + 1j), "returned ndarray that is no array of numbers"),  # was cut to its real part
    (_Rows(lambda n: (n, 8), "0.5"), "returned ndarray that is no array of numbers"),  # strings were read as numbers
])
def test_a_callers_encoder_that_answers_wrongly_is_an_encoder_error(encoder, message):
    for call in (lambda: aligner.align(KO, EN, encoder=encoder), lambda: aligner.mine([KO], [EN], encoder=encoder)):
        with pytest.raises(EncoderError, match=rf"encoder _R\w+: {message}"):
            call()


def test_a_callers_encoder_that_raises_is_an_encoder_error_chaining_its_own():
    """Regression (library audit): a caller's encoder's own exception (a KeyError, a
    RuntimeError from its model) reached the caller as it was, unlike every other encoder
    failure; it is an EncoderError naming the encoder, the original chained as its cause."""
    class _Raises:
        def encode(self, texts):
            raise RuntimeError("CUDA out of memory.\nTried to allocate 2.00 GiB")

    for call in (lambda: aligner.align(KO, EN, encoder=_Raises()), lambda: aligner.mine([KO], [EN], encoder=_Raises())):
        with pytest.raises(EncoderError, match=r"encoder _Raises: failed while encoding \d+ texts: "
                                               r"RuntimeError: CUDA out of memory\.$") as caught:
            call()
        assert isinstance(caught.value.__cause__, RuntimeError)


def test_a_callers_encoder_is_used_as_it_is_and_its_rows_normalized(use_encoder):
    class Scaled:  # unnormalized rows (the protocol asks for unit length): normalized here
        name = "scaled"

        def encode(self, texts):
            return use_encoder.encode(texts).astype(np.float64) * 7.0

    ours = aligner.align(KO, EN, encoder=use_encoder)
    theirs = aligner.align(KO, EN, encoder=Scaled())
    assert [(p.ko_text, p.en_text) for p in theirs] == [(p.ko_text, p.en_text) for p in ours]
    assert [p.score for p in theirs] == pytest.approx([p.score for p in ours], abs=1e-3)


def test_mined_pairs_name_their_documents_as_strings_and_one_document_a_side_has_a_cosine(tmp_path, use_encoder):
    mined = aligner.mine({1: "서울은 한국의 수도이다."}, {(1, 2): "Seoul is the capital of Korea."}, encoder=use_encoder)
    assert [(p.ko_doc, p.en_doc) for p in mined] == [("1", "(1, 2)")]
    (tmp_path / "ko.txt").write_text(KO, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    pairs, unmatched = aligner.pair_documents([tmp_path / "ko.txt"], [tmp_path / "en.txt"], use_encoder)
    assert len(pairs) == 1 and unmatched == []
    assert pairs[0].cosine > 0.3  # was 0.0: the side's mean, taken from its one document, left nothing


def test_segments_given_to_align_segments_must_be_segments(use_encoder):
    from aligner.pipeline import align_segments

    with pytest.raises(TypeError, match="ko must hold Segment records, not str"):
        align_segments(["서울은 수도이다."], [Segment("Seoul is the capital.", "en", 0, 21, 0, 0)], encoder=use_encoder)


def test_collections_may_be_any_iterable_but_a_single_text_or_path(tmp_path):
    from pathlib import Path

    with pytest.raises(TypeError, match="en_paths must be a list of paths, not a single PosixPath"):
        aligner.pair_documents([tmp_path / "ko.txt"], Path(tmp_path / "en.txt"))
    with pytest.raises(TypeError, match="english_texts must be a list or a mapping of texts, not a single bytes"):
        aligner.mine(["서울."], b"Seoul.")
    assert aligner.mine(iter([KO]), (t for t in [EN]), encoder=_Rows(lambda n: (n, 8))) is not None


def test_a_callers_encoder_keeps_its_own_extras():
    from aligner.embed import encoder_of

    class Own:
        name, background = "own", (0.1, 0.1)

        def encode(self, texts):
            return np.eye(len(texts), 4)

        def window_embedder(self):
            return "its joiner"

    checked = encoder_of(Own())
    assert (checked.name, checked.background, checked.window_embedder()) == ("own", (0.1, 0.1), "its joiner")
    assert checked.encode(["a", "b"]).shape == (2, 4)


@pytest.mark.parametrize("call, error, message", [
    (lambda: aligner.align(KO, EN, presegmented="no"), TypeError, "presegmented must be True or False, not str"),
    (lambda: aligner.align_texts(KO, EN, unwrap="no"), TypeError, "unwrap must be True, False or a pair of them"),
    (lambda: aligner.align_document(KO + "\n" + EN, unwrap=(True, False)), TypeError, "unwrap must be True or False"),
    (lambda: aligner.mine([KO], [EN], presegmented=None), TypeError, "presegmented must be True or False"),
    (lambda: aligner.TranslationMemory(dedupe="no"), TypeError, "dedupe must be True or False, not str"),
    (lambda: aligner.TranslationMemory().add([1, 2]), TypeError, "pairs must hold Pair records, not int"),
    (lambda: aligner.TranslationMemory().add_texts(KO, EN, doc_id=["a"]), TypeError, "doc_id must be a str"),
    (lambda: aligner.TranslationMemory().write(None), TypeError, "path must be a file name or '-', not NoneType"),
    (lambda: aligner.TranslationMemory().write("x.dat", fmt="bogus"), aligner.AlignerError,
     "unknown output format 'bogus'"),
    (lambda: MiningParams(k="4"), TypeError, "k must be a whole number, not str"),
    (lambda: read_document(None), TypeError, "path must be a file name or '-', not NoneType"),
    (lambda: aligner.build_tm([aligner.DocumentSpec("d", bilingual="d.txt")], "m.tmx", state=5), TypeError,
     "state must be None, True, False or a file name, not 5"),
    (lambda: Settings(encoder=_Rows(lambda n: (n, 8))), TypeError, "encoder (a build names its encoder) must be a str"),
    (lambda: aligner.read_manifest(123), TypeError, "path must be a file name, not int"),
    (lambda: aligner.align(KO, EN, params=Params(threshold=float("nan"))), ValueError,
     "threshold must be a finite number, not nan"),
    (lambda: Params(beads=()), ValueError, "beads must be (Korean, English) sentence counts"),
    # regression (hostile audit): a finite but huge weight overflowed the float32 search to
    # inf, leaked NumPy warnings and aligned nothing, without an error
    (lambda: Params(cue_weight=1e308), ValueError, "cue_weight must be from -1,000,000 to 1,000,000, not 1e+308"),
    (lambda: Params(length_weight=-1e300), ValueError, "length_weight must be from -1,000,000 to 1,000,000"),
    (lambda: Params(refine="no"), TypeError, "refine must be True or False, not str"),
    # whole-number settings: a fraction was numpy's "Partition index must be integer" deep in the DP
    (lambda: Params(margin_k=2.5), TypeError, "margin_k must be a whole number, not float"),
    (lambda: Params(band_width=0), ValueError, "band_width must be 1 or more, not 0"),
    (lambda: Params(max_leftover=-1), ValueError, "max_leftover must be 0 or more, not -1"),
    (lambda: MiningParams(block_bytes=2.0**20), TypeError, "block_bytes must be a whole number, not float"),
    (lambda: aligner.build_tm([aligner.DocumentSpec("d", bilingual="d.txt")], "m.tmx", jobs=1.5), TypeError,
     "jobs (0: one per core) must be a whole number, not float"),
    (lambda: aligner.align_texts(KO, EN, ko_cues=[Cue(0, 6, float("nan"), 1.0)], en_cues=[Cue(0, 6, 0.0, 1.0)]),
     ValueError, "ko_cues[0].t0 must be a finite number"),
    (lambda: aligner.align_texts(KO, EN, ko_cues=[Cue(6, 0, 0.0, 1.0)], en_cues=[Cue(0, 6, 0.0, 1.0)]),
     ValueError, "ko_cues[0]: start and end must be character offsets"),
    (lambda: aligner.TranslationMemory(min_score=10 ** 400), ValueError, "min_score is too large"),
    (lambda: aligner.TranslationMemory().write("m.tmx", ko_lng="ko-KR"), TypeError, "unknown output option 'ko_lng'"),
    (lambda: aligner.TranslationMemory().write("m.tmx", ko_lang="fr"), aligner.AlignerError,
     "'fr' is not a language tag for the Korean side"),
    (lambda: aligner.build_tm([aligner.DocumentSpec("d", bilingual="d.txt")], "m.tmx", ko_lang="fr"),
     aligner.AlignerError, "'fr' is not a language tag for the Korean side"),
    (lambda: aligner.DocumentSpec("d"), ValueError, "document d: give a Korean and an English file, or one"),
    (lambda: aligner.DocumentSpec("d", ko="k.txt", en="e.txt", bilingual="b.txt"), ValueError, "or one bilingual"),
    (lambda: aligner.DocumentSpec(None, bilingual="b.txt"), TypeError, "a document's id must be a str"),
    # a hostile sweep (2026-12-04): an id no output can hold crashed inside the shard writer,
    # after the build had made its state file; a segment's text that is no text was a join's
    # error naming no argument
    (lambda: aligner.DocumentSpec("d\udcff", bilingual="b.txt"), ValueError,
     "a document's id holds a lone surrogate (U+DCFF)"),
    (lambda: aligner.TranslationMemory().add([aligner.Pair((Segment(5, "ko", 0, 5, 0, 0),),
                                                            (Segment("Five.", "en", 0, 5, 0, 0),), 0.5)]),
     TypeError, "pairs[0].ko[0].text must be a str, not int"),
    (lambda: aligner.pair_documents(["ko.txt", "./ko.txt"], ["en.txt"]), ValueError,
     "ko_paths names ./ko.txt more than once (as ko.txt)"),
    (lambda: aligner.align(KO, EN, encoder=_Background((0.1, 0.0))), EncoderError, "its background must be None or"),
])
def test_flags_memories_and_outputs_are_checked_before_any_work(call, error, message):
    with pytest.raises(error) as err:
        call()
    assert message in str(err.value)


def test_a_language_tag_of_none_is_the_default(tmp_path):
    """Regression (hostile sweep): ``write(..., ko_lang=None)`` to a TMX file was an
    AttributeError from the XML escaper."""
    memory = aligner.TranslationMemory()
    memory.add([aligner.Pair((Segment("서울은 수도다.", "ko", 0, 8, 0, 0),), (Segment("Seoul is.", "en", 0, 9, 0, 0),), 0.9)])
    memory.write(tmp_path / "m.tmx", ko_lang=None, en_lang=None)
    text = (tmp_path / "m.tmx").read_text(encoding="utf-8")
    assert 'xml:lang="ko"' in text and 'xml:lang="en"' in text


def test_review_documents_are_checked_where_they_are_made():
    from aligner.review import InputIdentity, ReviewDocument, write_review

    with pytest.raises(TypeError, match="alignment must be Alignment, not NoneType"):
        ReviewDocument("d", None, ())
    with pytest.raises(ValueError, match="role must be one of bilingual, ko, en, not 'korean'"):
        InputIdentity.of("korean", "k.txt", KO)
    with pytest.raises(TypeError, match="documents must be a list of ReviewDocument"):
        write_review("r.html", None, _Rows(lambda n: (n, 8)))


def test_an_empty_translation_is_still_aligned_as_given(use_encoder):
    result = aligner.align_texts(KO, "", encoder=use_encoder)
    assert result.pairs == [] and len(result.unpaired) == 2


def test_numpy_numbers_are_numbers():
    assert aligner.TranslationMemory(min_score=np.float32(0.5)).min_score == 0.5
    assert MiningParams(k=np.int64(3), threshold=np.float32(0.5)).k == 3
    assert MiningParams(block_bytes=np.int32(4096)).block_bytes == 4096
    params = Params(margin_k=np.int64(8), band_width=np.uint8(200))
    assert (params.margin_k, params.band_width) == (8, 200) and type(params.band_width) is int  # 2 * 200 is no uint8


def test_a_memory_takes_a_whole_number_as_a_document_id_and_adds_nothing_of_a_bad_list(tmp_path):
    pair = aligner.Pair((Segment("서울.", "ko", 0, 3, 0, 0),), (Segment("Seoul.", "en", 0, 6, 0, 0),), 0.9)
    tm = aligner.TranslationMemory()
    with pytest.raises(TypeError):
        tm.add([pair, 5])
    assert len(tm) == 0  # was 1: the pair before the bad item was added
    tm.add([pair], doc_id=7)  # a dict of documents keyed by number: the README's loop
    tm.write(tmp_path / "m.tmx")  # was a TypeError here, after all the work
    assert '<prop type="x-document">7</prop>' in (tmp_path / "m.tmx").read_text(encoding="utf-8")


def test_build_tm_never_writes_over_a_document_or_its_own_state(tmp_path):
    from aligner.errors import UsageError

    doc = tmp_path / "bi.txt"
    doc.write_text(KO + "\n" + EN + "\n", encoding="utf-8")
    before = doc.read_bytes()
    with pytest.raises(UsageError):
        aligner.build_tm([aligner.DocumentSpec("b", bilingual=str(doc))], tmp_path / "bi.txt", fmt="tsv", state=False)
    with pytest.raises(UsageError):
        aligner.build_tm([aligner.DocumentSpec("b", bilingual=str(doc))], tmp_path / "o.tsv", state=tmp_path / "o.tsv")
    assert doc.read_bytes() == before and not (tmp_path / "o.tsv").exists()


def test_pair_documents_with_a_side_without_sentences_pairs_nothing(tmp_path):
    (tmp_path / "ko.txt").write_text(KO, encoding="utf-8")
    (tmp_path / "nums.txt").write_text("1234\n", encoding="utf-8")
    assert aligner.pair_documents([tmp_path / "ko.txt"], [tmp_path / "nums.txt"], _Rows(lambda n: (n, 8))) == (
        [], [str(tmp_path / "ko.txt"), str(tmp_path / "nums.txt")])
    assert aligner.pair_documents([], [], _Rows(lambda n: (n, 8))) == ([], [])


_PAIR = aligner.Pair((Segment("서울.", "ko", 0, 3, 0),), (Segment("Seoul.", "en", 0, 6, 0),), 0.9)
_SPEC = aligner.DocumentSpec("d", bilingual="d.txt")


@pytest.mark.parametrize("call, error, message", [
    # a string is true in Python: fresh="no" deleted the resume state, dedupe="no" deduplicated
    (lambda: aligner.build_tm([_SPEC], "m.tsv", fresh="no"), TypeError, "fresh must be True or False, not str"),
    (lambda: aligner.build_tm([_SPEC], "m.tsv", dedupe="no"), TypeError, "dedupe must be True or False, not str"),
    (lambda: aligner.build_tm([_SPEC], "m.tsv", progress="no"), TypeError, "progress (None: when standard error"),
    (lambda: aligner.build_tm([_SPEC], "m.tsv", engine="Local"), ValueError, "engine must be one of 'local', 'ray'"),
    (lambda: aligner.build_tm([_SPEC], "m.tsv", ray_address=5), TypeError, "ray_address must be a str"),
    (lambda: aligner.build_tm([_SPEC], "s.tmx", signature=5), TypeError, "signature must be a str"),
    (lambda: aligner.TranslationMemory().write("h.tsv", header="no"), TypeError, "header must be True or False"),
    (lambda: aligner.TranslationMemory().write("n.tmx", no_date="no"), TypeError, "no_date must be True or False"),
    (lambda: aligner.TranslationMemory().write("u.xlsx", unpaired=["x"]), TypeError,
     "unpaired must hold Unpaired or Segment records, not str"),
    # a NaN score passed min_score and wrote JSON no reader takes
    (lambda: aligner.TranslationMemory(min_score=0.5).add([aligner.Pair(_PAIR.ko, _PAIR.en, float("nan"))]),
     ValueError, "pairs[0].score must be a number from 0 to 1, not nan"),
    (lambda: aligner.TranslationMemory().add([aligner.Pair((), _PAIR.en, 0.9)]), TypeError,
     "pairs[0].ko must be a non-empty tuple of Segment records"),
    (lambda: aligner.TranslationMemory().add([aligner.Pair(("서울.",), _PAIR.en, 0.9)]), TypeError,
     "pairs[0].ko must be a non-empty tuple of Segment records"),
    # inside the search: inf from a scale of 1e300, a division by a zero sigma or ramp
    (lambda: Params(scale=1e300), ValueError, "scale must be above 0 and at most 100"),
    (lambda: Params(shift=-1e9), ValueError, "shift must be from -100 to 100"),
    (lambda: Params(length_sigma=0), ValueError, "length_sigma must be above 0"),
    (lambda: Params(support_ramp=-1), ValueError, "support_ramp must be above 0"),
    # an AttributeError from str methods, an OverflowError in the cue sync, a TypeError from bytes.startswith
    (lambda: get_encoder(None), TypeError, "name must be a str, not NoneType"),
    (lambda: get_encoder("use", device=5), TypeError, "device must be a str, not int"),
    (lambda: read_document("x.txt", data="Hello."), TypeError, "data must be None or the file's bytes, not str"),
    (lambda: read_document("x.txt", data=b"Hello.", encoding=5), TypeError, "encoding must be None or an encoding"),
    (lambda: aligner.align_texts(KO, EN, ko_cues=[Cue(0, 13, 1e308, 1e308)], en_cues=[Cue(0, 30, 0.0, 1.0)]),
     ValueError, "ko_cues[0].t0 must be within 10,000,000 seconds of 0"),
    (lambda: aligner.align_texts(KO, EN, ko_cues=[Cue(True, 13, 0.0, 1.0)], en_cues=[Cue(0, 30, 0.0, 1.0)]),
     ValueError, "ko_cues[0]: start and end must be character offsets"),
])
def test_switches_scores_and_settings_that_did_harm_deep_inside_are_refused_at_the_call(call, error, message):
    """Regression (library audit): each of these was taken and did harm later, or failed
    deep inside: a state deleted, duplicates kept, a NaN score written, an overflow."""
    with pytest.raises(error) as err:
        call()
    assert message in str(err.value)


def test_a_bad_engine_is_refused_before_fresh_deletes_the_state(tmp_path):
    """Regression (library audit): ``fresh=True, engine="Local"`` deleted the resume state,
    then refused the engine."""
    (tmp_path / "d.txt").write_text(f"{KO}\n{EN}\n", encoding="utf-8")
    spec = aligner.DocumentSpec("d", bilingual=tmp_path / "d.txt")
    aligner.build_tm([spec], tmp_path / "m.tsv", jobs=1)
    state = tmp_path / "m.tsv.state.jsonl"
    before = state.read_bytes()
    with pytest.raises(ValueError, match="engine must be one of"):
        aligner.build_tm([spec], tmp_path / "m.tsv", jobs=1, fresh=True, engine="Local")
    assert state.read_bytes() == before and (tmp_path / "m.tsv.state.shards").is_dir()


def test_a_memory_adds_none_of_a_list_with_one_bad_pair():
    tm = aligner.TranslationMemory()
    with pytest.raises(ValueError):
        tm.add([_PAIR, aligner.Pair(_PAIR.ko, _PAIR.en, 2.0)])
    assert len(tm) == 0


def test_no_bead_type_that_fits_the_document_leaves_every_sentence_unpaired():
    """Regression (library audit): beads of five sentences on a two-sentence document
    failed with "max() arg is an empty sequence" in the DP."""
    for beads in (((1, 5),), ((5, 1),)):
        result = aligner.align_texts(KO, EN, params=Params(beads=beads), encoder=_Rows(lambda n: (n, 8)))
        assert not result.pairs and len(result.unpaired) == 4


def test_an_encoder_that_empties_the_list_it_is_given_is_still_checked():
    """Regression (library audit): the row count was compared with the caller's list after
    the encoder had emptied it: a KeyError deep in the embedding of spans."""

    class Emptying:
        def encode(self, texts):
            n = len(texts)
            texts.clear()
            return np.random.default_rng(0).random((n, 8))

    result = aligner.align(KO, EN, encoder=Emptying())
    assert sum(len(p.ko) + len(p.en) for p in result) <= 4


def test_numpy_offsets_of_cues_are_offsets():
    """Regression (library audit): a cue's np.int64 offsets were refused, where numpy
    numbers are numbers everywhere else."""
    result = aligner.align_texts(KO, EN, ko_cues=[Cue(np.int64(0), np.int64(13), 0.0, 1.0)],
                                 en_cues=[Cue(0, 30, np.float32(0.0), 1.0)], encoder=_Rows(lambda n: (n, 8)))
    assert len(result.ko_segments) == 2


def test_mining_weights_are_kept_as_a_tuple_of_the_values_checked():
    weights = list(MiningParams().weights)
    params = MiningParams(weights=weights)
    weights[-1] = float("nan")
    assert params.weights[-1] == MiningParams().weights[-1] and isinstance(params.weights, tuple)
    assert hash(params) == hash(MiningParams(weights=np.array(MiningParams().weights)))


def test_the_review_api_checks_its_arguments_before_building_a_page(tmp_path):
    """Regression (library audit): write_review(None, ...) failed in pathlib after the page
    was built, write_corrections({...}) and review_data(params={}) with AttributeErrors, a
    signature of 5 was taken, and pair_evidence took an encoder's name as an encoder."""
    from aligner.review import ReviewDocument, pair_evidence, review_data, write_corrections, write_review

    encoder = _Rows(lambda n: (n, 8))
    result = aligner.align_texts(KO, EN, encoder=encoder)
    doc = ReviewDocument("d", result, ())
    for call, error, message in (
            (lambda: write_review(None, [doc], encoder), TypeError, "path must be a file name, not NoneType"),
            (lambda: write_corrections({"a": 1}, tmp_path / "c.json"), TypeError, "corrections must be Corrections"),
            (lambda: review_data([doc], encoder, params={}), TypeError, "params must be None or Params, not dict"),
            (lambda: review_data(["x"], encoder), TypeError, "documents must hold ReviewDocument records"),
            (lambda: review_data([doc], encoder, signature=5), TypeError, "signature must be a str, not int"),
            (lambda: pair_evidence(["x"], encoder), TypeError, "pairs must hold Pair records, not str")):
        with pytest.raises(error, match=re.escape(message)):
            call()
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("texts, message", [
    ("서울.", "texts must be a list of str, not str"), (None, "texts must be a list of str, not NoneType"),
    (["a", None], "texts must be a list of str, not a list holding a NoneType"),
])
def test_the_built_in_encoders_take_a_list_of_texts(use_encoder, texts, message):
    """Regression (library audit): encode("abc") embedded three texts, one per character,
    and encode(None) returned no rows, without a word."""
    with pytest.raises(TypeError, match=re.escape(message)):
        use_encoder.encode(texts)


def test_a_callers_window_embedder_is_checked():
    """Regression (library audit): ``window_embedder = True`` was "'bool' object is not
    callable" in the pipeline, one returning a string an AttributeError."""

    class Flag(_Rows):
        window_embedder = True

    class Junk(_Rows):
        def window_embedder(self):
            return "x"

    for encoder, message in ((Flag(lambda n: (n, 8)), "its window_embedder must be a method, not bool"),
                             (Junk(lambda n: (n, 8)), "its window_embedder() returned str")):
        with pytest.raises(EncoderError, match=re.escape(message)):
            aligner.align(KO, EN, encoder=encoder)


def test_a_build_state_in_a_missing_folder_is_refused_as_an_output_is(tmp_path):
    """Regression (library audit): ``state=`` in a missing folder created the folder, where
    a missing output folder is refused."""
    (tmp_path / "d.txt").write_text(f"{KO}\n{EN}\n", encoding="utf-8")
    with pytest.raises(aligner.AlignerError, match="does not exist"):
        aligner.build_tm([aligner.DocumentSpec("d", bilingual=tmp_path / "d.txt")], tmp_path / "m.tsv", jobs=1,
                         state=tmp_path / "missing" / "s.jsonl")
    assert not (tmp_path / "missing").exists() and not (tmp_path / "m.tsv").exists()
