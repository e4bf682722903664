"""Shared fixtures: the spaCy-backed extractor (loaded once) and the ../shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def datasets(shared: Path) -> Path:
    path = shared / "datasets"
    if not path.is_dir():
        pytest.skip("../shared/datasets is absent")
    return path


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from dateline.extract.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def nlp(extractor):  # type: ignore[no-untyped-def]
    return extractor.nlp
