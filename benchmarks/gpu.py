"""The sentence-transformers path on a GPU (``--encoder st:… --device cuda``): encoding
throughput and precision, and the aligner's whole time against encoding each sentence once.

No model weights reach the lent GPU machine (nothing can be downloaded there, and at most
64 MiB travels with a call), so the model is **LaBSE's architecture with random weights**:
BERT-base (12 layers, 768 wide, 12 heads), CLS pooling, a 768×768 tanh dense layer and
normalisation, as LaBSE's sentence-transformers folder is built. Its tokenizer is a cased
WordPiece of 30,000 pieces trained here on the TRAIN split's Korean and English text (LaBSE's
own has 501,153 over 109 languages); the tokens per sentence are printed, since they set the
cost. Random weights make the embeddings meaningless, and the aligner's decisions (which
spans it asks to have encoded, what it refines) follow the embeddings: so the aligner's run
is **replayed**. ``--record`` runs it here with USE's embeddings taken through the path every
sentence-transformers model takes (each joined span encoded as text, no USE-only shortcut) and
keeps every text asked for with its embedding; on the GPU the same texts go through the
LaBSE-shaped model (its real cost, output discarded) and the aligner gets the recorded
embeddings, so it makes USE's decisions at the GPU model's cost. What is measured: throughput
at each precision, and the aligner's whole time against encoding each sentence once.

    python benchmarks/corpora.py                       # the benchmark's documents, once
    python benchmarks/gpu.py --record                  # here: out/gpu/ (USE, CPU; minutes)
    python benchmarks/gpu.py --own-work                # here: the aligner's own time, encoding free
    python benchmarks/gpu.py --device cuda --json out/gpu.json     # on the GPU machine
    python benchmarks/gpu.py --device cpu --layers 2 --hidden 64 --max-docs 1   # a smoke run
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
CORPORA = HERE / "out" / "corpora"
RECORDED = HERE / "out" / "gpu"
SEED = HERE.parent / "seeds" / "000_30438d9c0b7e7081.txt"


def documents(split: str) -> dict[str, list[tuple[list[str], list[str]]]]:
    """{set name: [(Korean sentences, English sentences) per document]} of one split,
    as ``corpora.py`` wrote them (one sentence a line)."""
    sets: dict[str, list[tuple[list[str], list[str]]]] = {}
    for folder in sorted(CORPORA.glob(f"*-{split}-s*")):
        docs = []
        for ko in sorted(folder.glob("*.ko")):
            docs.append((ko.read_text(encoding="utf-8").splitlines(),
                         ko.with_suffix(".en").read_text(encoding="utf-8").splitlines()))
        sets[folder.name.rsplit("-", 1)[0]] = docs
    if not sets:
        sys.exit(f"gpu.py: no documents under {CORPORA}: run python benchmarks/corpora.py first")
    return sets


def build_model(folder: Path, texts: list[str], layers: int, hidden: int, heads: int) -> str:
    """A sentence-transformers folder of LaBSE's shape with random weights (see above)."""
    import torch
    from sentence_transformers import SentenceTransformer, models
    from tokenizers import BertWordPieceTokenizer
    from transformers import BertConfig, BertModel, BertTokenizerFast

    tokenizer = BertWordPieceTokenizer(lowercase=False, strip_accents=False, handle_chinese_chars=True)
    tokenizer.train_from_iterator(texts, vocab_size=30_000, min_frequency=1)
    bert = folder / "bert"
    bert.mkdir(parents=True)
    tokenizer.save_model(str(bert))
    BertTokenizerFast(vocab_file=str(bert / "vocab.txt"), do_lower_case=False,
                      strip_accents=False).save_pretrained(str(bert))
    torch.manual_seed(0)
    config = BertConfig(vocab_size=tokenizer.get_vocab_size(), hidden_size=hidden, num_hidden_layers=layers,
                        num_attention_heads=heads, intermediate_size=4 * hidden)
    BertModel(config).save_pretrained(str(bert))
    body = models.Transformer(str(bert), max_seq_length=256)
    pooling = models.Pooling(hidden, pooling_mode="cls")
    dense = models.Dense(hidden, hidden, activation_function=torch.nn.Tanh())
    model = folder / "labse-shaped"
    SentenceTransformer(modules=[body, pooling, dense, models.Normalize()], device="cpu").save(str(model))
    return str(model)


def synchronize(device: str) -> None:
    if device.startswith("cuda"):
        import torch

        torch.cuda.synchronize()


def throughput(path: str, texts: list[str], device: str) -> list[dict]:
    """Sentences a second of the raw model at each precision and batch size, and each
    precision's embeddings against float32's."""
    import torch
    from sentence_transformers import SentenceTransformer

    rows, reference = [], None
    dtypes = [torch.float32] + ([torch.float16, torch.bfloat16] if device.startswith("cuda") else [])
    for dtype in dtypes:
        model = SentenceTransformer(path, device=device, local_files_only=True).to(dtype)
        for batch in (64, 256):
            model.encode(texts, batch_size=batch)  # warm-up: kernels and each padded length's choices
            synchronize(device)
            start = time.perf_counter()
            out = model.encode(texts, batch_size=batch, convert_to_numpy=True, normalize_embeddings=True)
            synchronize(device)
            seconds = time.perf_counter() - start
            out = np.asarray(out, dtype=np.float32)
            row = {"dtype": str(dtype).removeprefix("torch."), "batch": batch, "texts": len(texts),
                   "seconds": round(seconds, 3), "per_second": round(len(texts) / seconds),
                   "non_finite": int((~np.isfinite(out)).any(axis=1).sum())}
            if reference is None:
                reference = out
            else:
                cos = (out * reference).sum(axis=1)
                row["cos_to_float32_mean"], row["cos_to_float32_min"] = float(cos.mean()), float(cos.min())
            rows.append(row)
            print(json.dumps(row), flush=True)
        del model
    return rows


class Recorded:
    """An encoder's embeddings through the path of any sentence-transformers model (the
    aligner knows nothing of it: each joined span is encoded as its text), each one kept."""

    background = None  # estimated per document, as for a sentence-transformers model

    def __init__(self, encoder) -> None:
        self.encoder, self.kept, self.calls = encoder, {}, []

    def encode(self, texts: list[str]) -> np.ndarray:
        out = self.encoder.encode(texts)
        self.kept.update(zip(texts, out))
        self.calls.append(list(texts))
        return out


class Replayed:
    """The GPU model's work on every text, and the recorded embedding of each as the answer."""

    background = None

    def __init__(self, encoder, kept: dict[str, np.ndarray]) -> None:
        self.encoder, self.kept, self.missed = encoder, kept, 0

    def encode(self, texts: list[str]) -> np.ndarray:
        computed = self.encoder.encode(texts)
        rows = []
        for text, row in zip(texts, computed):
            if text in self.kept:
                rows.append(self.kept[text])
            else:  # the run went another way than the recorded one: counted, never hidden
                self.missed += 1
                rows.append(np.resize(row, len(next(iter(self.kept.values())))))
        return np.stack(rows).astype(np.float32)


class Instant:
    """The recorded embeddings, answered at once: the aligner's own work alone."""

    background = None

    def __init__(self, kept: dict[str, np.ndarray]) -> None:
        self.kept = kept

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.stack([self.kept[t] for t in texts])


def own_work(max_docs: int | None) -> None:
    """The aligner's time on the recorded documents when encoding costs nothing (here, no model)."""
    from aligner.pipeline import align_texts

    encoder, docs = Instant(recorded()), [d for ds in documents("held-out").values() for d in ds[:max_docs]]
    ko, en = docs[0]
    align_texts("\n".join(ko), "\n".join(en), encoder=encoder, presegmented=True)  # loads Kiwi's model
    start = time.perf_counter()
    for ko, en in docs:
        align_texts("\n".join(ko), "\n".join(en), encoder=encoder, presegmented=True)
    seconds, sentences = time.perf_counter() - start, sum(len(ko) + len(en) for ko, en in docs)
    print(f"the aligner without encoding: {seconds:.2f} s for {sentences:,} sentences "
          f"({1000 * seconds / sentences:.2f} ms a sentence)")


def record(max_docs: int | None) -> None:
    """Run the aligner on every HELD-OUT document with USE through the generic path; keep
    what it asked for (``out/gpu/texts.json`` and ``embeddings.npy``, float16)."""
    from aligner.embed.encoders import get_encoder
    from aligner.pipeline import align_texts

    recorded, start, sentences, calls = Recorded(get_encoder("use")), time.perf_counter(), 0, {}
    for name, docs in documents("held-out").items():
        for ko, en in docs[:max_docs]:
            first = len(recorded.calls)
            align_texts("\n".join(ko), "\n".join(en), encoder=recorded, presegmented=True)
            calls.setdefault(name, []).append(recorded.calls[first:])
            sentences += len(ko) + len(en)
    RECORDED.mkdir(parents=True, exist_ok=True)
    texts = list(recorded.kept)
    (RECORDED / "calls.json").write_text(json.dumps(calls, ensure_ascii=False), encoding="utf-8")
    (RECORDED / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    np.save(RECORDED / "embeddings.npy", np.stack([recorded.kept[t] for t in texts]).astype(np.float16))
    print(f"recorded {len(texts):,} texts for {sentences:,} sentences in {time.perf_counter() - start:.0f} s "
          f"into {RECORDED}")


def recorded() -> dict[str, np.ndarray]:
    texts = json.loads((RECORDED / "texts.json").read_text(encoding="utf-8"))
    return dict(zip(texts, np.load(RECORDED / "embeddings.npy").astype(np.float32)))


class Timed:
    """An encoder that counts the texts it is asked for and the time it spends on them."""

    def __init__(self, encoder, device: str) -> None:
        self.encoder, self.device = encoder, device
        self.texts = self.calls = 0
        self.seconds = 0.0

    def encode(self, texts: list[str]) -> np.ndarray:
        start = time.perf_counter()
        out = self.encoder.encode(texts)
        synchronize(self.device)
        self.seconds += time.perf_counter() - start
        self.texts += len(texts)
        self.calls += 1
        return out


def pipeline(path: str, sets: dict, device: str, max_docs: int | None) -> list[dict]:
    """Per set: the aligner's time (``align_texts``, presegmented) against encoding each
    document's sentences once, with the aligner's own sentence-transformers encoder."""
    from aligner.embed.encoders import SentenceTransformerEncoder
    from aligner.pipeline import align_texts

    encoder = SentenceTransformerEncoder(path, device=device)
    kept = recorded()
    encoder.encode(["워밍업 문장입니다.", "A warm-up sentence."] * 256)
    align_texts("워밍업 문장입니다.", "A warm-up sentence.", encoder=encoder, presegmented=True)  # loads Kiwi
    rows = []
    for name, docs in sets.items():
        total = once = inside = 0.0
        texts = sentences = calls = missed = 0
        for ko, en in docs[:max_docs]:
            synchronize(device)
            start = time.perf_counter()
            encoder.encode(ko + en)
            synchronize(device)
            once += time.perf_counter() - start
            timed = Timed(encoder, device)
            replayed = Replayed(timed, kept)
            start = time.perf_counter()
            align_texts("\n".join(ko), "\n".join(en), encoder=replayed, presegmented=True)
            total += time.perf_counter() - start
            inside, missed = inside + timed.seconds, missed + replayed.missed
            texts, calls, sentences = texts + timed.texts, calls + timed.calls, sentences + len(ko) + len(en)
        row = {"set": name, "sentences": sentences, "encode_once_s": round(once, 3), "aligner_s": round(total, 3),
               "ratio": round(total / once, 2), "share_encoding": round(inside / total, 2),
               "texts_per_sentence": round(texts / sentences, 2), "encode_calls": calls,
               "texts_not_recorded": missed}
        rows.append(row)
        print(json.dumps(row), flush=True)
    return rows


def calls(path: str, sets: dict, device: str, variants: list[str]) -> list[dict]:
    """The encoder's share of the aligner's time, at each precision and batch size: the
    recorded calls (the texts the aligner asked for, call by call, per document) replayed
    through the aligner's encoder, against each document's sentences encoded once; cold
    (the first pass after loading) and warm (again). Each of ``variants`` ("float16:64": a
precision and a batch size) in turn: for cold figures free of the others' warming, run
one variant a process."""
    import torch

    from aligner.embed.encoders import SentenceTransformerEncoder

    asked = json.loads((RECORDED / "calls.json").read_text(encoding="utf-8"))
    rows = []
    for variant in variants:
        dtype, batch = variant.split(":")[0], int(variant.split(":")[1])
        encoder = SentenceTransformerEncoder(path, device=device, batch_size=batch)
        encoder._model.to(getattr(torch, dtype))
        encoder._half = False
        for state in ("cold", "warm"):
            once = replayed = 0.0
            for name, docs in sets.items():
                for (ko, en), doc_calls in zip(docs, asked[name]):
                    synchronize(device)
                    start = time.perf_counter()
                    encoder.encode(ko + en)
                    synchronize(device)
                    once += time.perf_counter() - start
                    for texts in doc_calls:
                        encoder.encode(texts)
                    synchronize(device)
                    replayed += time.perf_counter() - start
            replayed -= once
            row = {"dtype": dtype, "batch": batch, "state": state, "encode_once_s": round(once, 2),
                   "aligner_calls_s": round(replayed, 2), "calls_over_once": round(replayed / once, 2)}
            rows.append(row)
            print(json.dumps(row), flush=True)
        del encoder
    return rows


def command_line(path: str, device: str, folder: Path) -> dict:
    """The real command on the seed document with this model on this device."""
    out = folder / "seed.tmx"
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "aligner", "align", str(SEED), "-o", str(out),
                          "--encoder", f"st:{path}", "--device", device], check=False, capture_output=True,
                         text=True)
    row = {"rc": run.returncode, "seconds": round(time.perf_counter() - start, 2),
           "stderr": run.stderr.strip().splitlines()[-3:], "tmx_bytes": out.stat().st_size if out.exists() else 0}
    print(json.dumps(row), flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--layers", type=int, default=12)
    parser.add_argument("--hidden", type=int, default=768)
    parser.add_argument("--heads", type=int, default=12)
    parser.add_argument("--max-docs", type=int, default=None, help="documents per set (all by default)")
    parser.add_argument("--skip", nargs="*", default=[], choices=["throughput", "calls", "pipeline", "cli"])
    parser.add_argument("--variants", nargs="+", default=["float32:64"],
                        help="precision:batch size of the replayed calls, e.g. float16:64 bfloat16:256")
    parser.add_argument("--model", default=None, help="a model folder built before (else built, see above)")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--record", action="store_true", help="record the aligner's run with USE here (see above)")
    parser.add_argument("--own-work", action="store_true",
                        help="time the aligner on the recorded documents, encoding at no cost (no GPU needed)")
    args = parser.parse_args()
    if args.record:
        return record(args.max_docs)
    if args.own_work:
        return own_work(args.max_docs)

    import torch

    report: dict = {"torch": torch.__version__, "device": args.device,
                    "gpu": torch.cuda.get_device_name() if args.device.startswith("cuda") else None}
    train, held_out = documents("train"), documents("held-out")
    train_text = [s for docs in train.values() for ko, en in docs for s in ko + en]
    texts = sorted({s for docs in held_out.values() for ko, en in docs for s in ko + en})
    with tempfile.TemporaryDirectory() as tmp:
        path = args.model or build_model(Path(tmp), train_text, args.layers, args.hidden, args.heads)
        if args.model is None and args.json:
            shutil.copytree(path, args.json.with_suffix(".model"), dirs_exist_ok=True)
        from transformers import AutoTokenizer

        lengths = [len(ids) for ids in AutoTokenizer.from_pretrained(Path(path) / "0_Transformer" if
                                                                     (Path(path) / "0_Transformer").is_dir()
                                                                     else path)(texts)["input_ids"]]
        report["texts"], report["tokens_per_text"] = len(texts), round(statistics.mean(lengths), 1)
        print(json.dumps({"texts": len(texts), "tokens_per_text": report["tokens_per_text"]}), flush=True)
        if "throughput" not in args.skip:
            report["throughput"] = throughput(path, texts, args.device)
        if "calls" not in args.skip:
            report["calls"] = calls(path, held_out, args.device, args.variants)
        if "pipeline" not in args.skip:
            report["pipeline"] = pipeline(path, held_out, args.device, args.max_docs)
        if "cli" not in args.skip:
            report["cli"] = command_line(path, args.device, Path(tmp))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
