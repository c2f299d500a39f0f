"""The Engine agreement page colours a mean gap as it reads to one decimal.

Found walking the demo as the QA analyst (session 21): the attentive gap read "0.0" in the
colour of reviewers scoring lower than the engine; the mean was a few hundredths below zero.
"""

from __future__ import annotations

import re

from django.test import Client

from web.conftest import World
from web.test_agreement_page import PAGE, make_review


def _gap_cell(page: str, score: str) -> str:
    row = re.search(rf"<td[^>]*>{score}</td>.*?</tr>", page, re.S)
    assert row is not None, score
    return row.group(0)


def test_a_gap_that_reads_zero_is_not_coloured(world: World, analyst: Client) -> None:
    # Attentive: (-0.04 + 0) / 2 = -0.02, which reads 0.0; overall: +3 on each.
    for conversation, engine, reviewed in [
        (world.frontline_conversation, 70.0, 69.96),
        (world.colleague_conversation, 50.0, 50.0),
    ]:
        review = make_review(conversation, world.manager, {"apologises": ("present", "present")})
        review.engine_attentive, review.attentive = engine, reviewed
        review.engine_overall, review.overall = engine, engine + 3
        review.save()
    page = analyst.get(PAGE).content.decode()
    attentive = _gap_cell(page, "Attentive")
    assert ">0.0<" in attentive
    assert "gap-neg" not in attentive
    assert "gap-pos" not in attentive
    overall = _gap_cell(page, "Overall")
    assert "gap-pos" in overall
    assert ">+3.0<" in overall
