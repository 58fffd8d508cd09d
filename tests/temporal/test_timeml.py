"""The timeml command keeps every character outside its TIMEX3 tags."""

from __future__ import annotations

import re
from pathlib import Path

from generator.temporal.timeml import timeml_command

DOCUMENT = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
It's been another bad <EVENT eid="e1" class="OCCURRENCE">week</EVENT> for Asia &amp; the markets. In <TIMEX3 tid="t85" type="DURATION" value="P1D">the last twenty four hours</TIMEX3>, stocks fell.
Officials said Friday that 1,500 people may leave in March &amp; May. Prices rose 12% in 1997.
</TEXT>
</TimeML>
"""


def _without_timex_tags(text: str) -> str:
    return re.sub(r"</?TIMEX3[^>]*>", "", text.split("<TEXT>", 1)[1])


def test_characters_outside_tags_are_kept(tmp_path: Path) -> None:
    source = tmp_path / "in.tml"
    source.write_text(DOCUMENT, encoding="utf-8")
    assert timeml_command([str(source)], str(tmp_path / "out")) == 0
    output = (tmp_path / "out" / "TEST0001.tml").read_text(encoding="utf-8")
    stripped_input = re.sub(r"<[^>]+>", "", DOCUMENT.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0])
    stripped_output = _without_timex_tags(output).split("</TEXT>", 1)[0]
    assert stripped_output == stripped_input
    assert output.split("<TEXT>", 1)[0] == DOCUMENT.split("<TEXT>", 1)[0], "DCT and header kept"
    assert output.endswith("</TEXT>\n</TimeML>\n")
    assert 'type="DATE" value="1998-01-02">Friday</TIMEX3>' in output
    assert 'value="1997">1997</TIMEX3>' in output
    assert "<EVENT" not in output.split("<TEXT>", 1)[1]
    assert ">1,500<" not in output and "may leave" in output


def test_commands_through_the_cli(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from generator.cli.main import main

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "TEST0001.tml").write_text(DOCUMENT, encoding="utf-8")
    assert main(["timeml", str(gold), "--out", str(tmp_path / "system")]) == 0
    assert main(["evaluate", "timeml", str(gold), str(tmp_path / "system"), "--errors"]) == 0
    out = capsys.readouterr().out
    for figure in ("strict F1:", "relaxed F1:", "value F1:", "type F1:", "relaxed precision:", "strict recall:"):
        assert figure in out
    assert "FALSE TEST0001" in out  # "Friday" and "1997" are not in this gold file


def test_only_what_the_first_text_element_holds_is_tagged():
    from generator.temporal.timeml import tag_document

    head = '<DCT><TIMEX3 value="2005-05-03"/></DCT>'
    assert tag_document(head + "<TEXT>no end, on 4 May 2005") == head + "<TEXT>no end, on 4 May 2005"
    tagged = tag_document(head + "<TEXT>On 4 May 2005.</TEXT> then 5 May 2005 <TEXT>6 May 2005</TEXT>")
    assert tagged.count("<TIMEX3 tid") == 1 and "then 5 May 2005 <TEXT>6 May 2005</TEXT>" in tagged
