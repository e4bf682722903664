"""The throughput benchmark runs end to end and prints its one comparable line."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "throughput.py"

STORY = """<REUTERS NEWID="{n}">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TEXT><TITLE>STORY {n}</TITLE><BODY>Shares of Acme Corp rose 12 pct on Thursday, the company
said. "We are pleased," chairman John Smith told reporters.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"""


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("throughput_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_missing_data_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _bench().main(["--data", str(tmp_path / "absent")]) == 2
    assert "no Reuters-21578 data" in capsys.readouterr().err


@pytest.mark.model
def test_prints_one_line_with_both_speeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "reut2-000.sgm").write_text("".join(STORY.format(n=n) for n in range(1, 6)))
    assert _bench().main(["--data", str(tmp_path), "--limit", "4", "--warmup", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    m = re.fullmatch(
        r"throughput: articles=4 words=(\d+) spacy=(\d+) w/s dateline=(\d+) w/s "
        r"ratio=(\d+\.\d\d) wall_ratio=(\d+\.\d\d)",
        out[0],
    )
    assert m, out[0]
    assert int(m[1]) == 4 * 20 and int(m[2]) > 0 and int(m[3]) > 0
