"""Reuters-21578 reader: SGML records -> dated Articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.ingest.reuters import clean_body, parse_sgm, read_reuters

REUTERS = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "reuters21578"

SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TOPICS><D>cocoa</D></TOPICS>
<TEXT>&#2;
<TITLE>BAHIA COCOA &lt;REVIEW></TITLE>
<DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
the Bahia cocoa zone, Comissaria Smith said in its
weekly review.
    The dry period means the temporao will be late &amp; short.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="2">
<DATE>26-FEB-1987 15:02:20.00</DATE>
<TEXT TYPE="BRIEF">&#2;
<TITLE>HEADLINE ONLY</TITLE>
&#3;</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="3">
<DATE>27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM</DATE>
<TEXT>&#2;
<BODY>Shares rose 12 pct, the exchange said.
 REUTER
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS NEWID="4">
<DATE>31-FEB-1987 10:00:00.00</DATE>
<TEXT><BODY>Impossible date.</BODY></TEXT>
</REUTERS>
"""


def test_parse_sgm_yields_bodies_with_dates_titles_and_ids() -> None:
    first, second = parse_sgm(SGML, "reut2-000.sgm")
    assert first.id == "reuters-1" and first.date == dt.date(1987, 2, 26)
    assert first.title == "BAHIA COCOA <REVIEW>"
    assert first.text == (
        "Showers continued throughout the week in the Bahia cocoa zone, Comissaria Smith said "
        "in its weekly review.\n\nThe dry period means the temporao will be late & short."
    )
    assert first.source == "Reuters" and first.origin is not None
    assert first.origin.line == 2
    assert second.id == "reuters-3" and second.date == dt.date(1987, 3, 27)
    assert second.text == "Shares rose 12 pct, the exchange said."
    assert second.title is None


def test_clean_body_keeps_paragraphs_and_drops_signature_and_controls() -> None:
    raw = "One line\nwrapped.\n    Second\x7f para.\n    Reuters said it.\n Reuter\n&#3;"
    assert clean_body(raw) == "One line wrapped.\n\nSecond para.\n\nReuters said it."


def test_read_reuters_reads_folders_and_stops_at_limit(tmp_path: Path) -> None:
    (tmp_path / "reut2-001.sgm").write_text(SGML.replace('NEWID="', 'NEWID="10'), "latin-1")
    (tmp_path / "reut2-000.sgm").write_text(SGML, encoding="latin-1")
    (tmp_path / "notes.txt").write_text("not sgml", encoding="utf-8")
    ids = [a.id for a in read_reuters([str(tmp_path)])]
    assert ids == ["reuters-1", "reuters-3", "reuters-101", "reuters-103"]
    assert [a.id for a in read_reuters([str(tmp_path)], limit=3)] == ids[:3]
    single = read_reuters([str(tmp_path / "reut2-001.sgm")])
    assert [a.id for a in single] == ids[2:]


@pytest.mark.dataset
@pytest.mark.skipif(not REUTERS.is_dir(), reason="../shared/datasets absent")
def test_collection_has_its_documented_number_of_bodies() -> None:
    articles = list(read_reuters([str(REUTERS)]))
    assert len(articles) == 19043  # shared/datasets/README.md: 19,043 with bodies
    assert len({a.id for a in articles}) == len(articles)
    assert all(a.date.year == 1987 and a.text and "&lt;" not in a.text for a in articles)


def test_clean_body_drops_the_wire_markup_around_names_and_their_tickers() -> None:
    body = (
        "<N.V. Philips> said it will pool sales with U.S. firm <John Fluke Mfg Co Inc> <FKM>.\n"
        "Bankers Trust New York Corp <BT> agreed, and <IBM> did too. Reuter"
    )
    assert clean_body(body) == (
        "N.V. Philips said it will pool sales with U.S. firm John Fluke Mfg Co Inc. "
        "Bankers Trust New York Corp agreed, and IBM did too."
    )
