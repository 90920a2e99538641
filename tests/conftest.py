"""Shared fixtures: the real default encoder, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
DTD = SHARED / "spec" / "tmx14.dtd"


@pytest.fixture(scope="session")
def use_encoder():
    from aligner.embed import get_encoder

    return get_encoder("use")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SEEDS / "000_30438d9c0b7e7081.txt").read_text(encoding="utf-8")
