"""The culture-results charts print the numbers the tables beside them print, and a chart
with nothing to show is left out (the page says why) rather than drawn as empty axes."""

from __future__ import annotations

from typing import Any

from legendary.assessments.charts import gap_chart, level_scores_chart, team_heatmap
from legendary.assessments.icare import Element
from legendary.assessments.results import GroupResult, IcareResults, LevelGap
from legendary.assessments.views import gap_rows, gap_sentence


def _row(key: str, label: str, value: float | None, hidden: bool = False) -> GroupResult:
    if hidden:
        return GroupResult(key=key, label=label, hidden=True, respondents=None)
    return GroupResult(
        key=key, label=label, hidden=False, respondents=6, scores=dict.fromkeys(Element, value)
    )


def _results(levels: list[GroupResult]) -> IcareResults:
    def score(key: str) -> float | None:
        row = next((r for r in levels if r.key == key and not r.hidden), None)
        return row.score(Element.IDEAL) if row else None

    gaps = [LevelGap(e, score("frontline"), score("manager"), score("leader")) for e in Element]
    fake: Any = None
    return IcareResults(fake, _row("all", "Your teams", 70.5), levels, [], gaps, None, [], None)


def test_the_heat_map_rounds_as_the_table_does() -> None:
    # The table prints 70.5 as 71 (floatformat, half up); the heat map printed "70".
    figure = team_heatmap([_row("3", "Chat & E-mail", 70.5), _row("4", "Kiosk", None, True)])
    texts = figure["data"][0]["text"]
    assert texts[1] == ["71"] * len(Element)
    assert texts[0] == ["hidden"] * len(Element)


def test_the_level_chart_hovers_with_the_tables_whole_numbers() -> None:
    figure = level_scores_chart(_results([_row("frontline", "Frontline", 62.5)]))
    assert figure is not None
    assert list(figure["data"][0]["text"]) == ["63"] * len(Element)


def test_no_level_or_gap_chart_when_every_level_is_hidden() -> None:
    results = _results(
        [_row("frontline", "Frontline", None, True), _row("manager", "Managers", None, True)]
    )
    assert level_scores_chart(results) is None
    assert gap_chart(results) is None
    visible = _results([_row("frontline", "Frontline", 60.0)])
    assert level_scores_chart(visible) is not None
    assert gap_chart(visible) is not None


def _sentence(*gaps: tuple[Element, float, float, float]) -> str:
    """The report's sentence for gaps given as (element, frontline, manager, leader)."""
    fake: Any = None
    levels = [LevelGap(e, frontline, manager, leader) for e, frontline, manager, leader in gaps]
    return gap_sentence(gap_rows(IcareResults(fake, fake, [], [], levels, None, [], None)))


def test_the_reports_one_sentence_names_each_level_with_its_own_gaps() -> None:
    """The printable report said "Leaders and managers see ideal service, culture of
    service, attentiveness, responsiveness, empowerment more positively than the frontline"
    for the demo's autumn survey, where managers were only 3 points above the frontline on
    ideal service: each notable gap was put on both levels. Found reading the demo report
    beside its gap table."""
    autumn = _sentence(
        (Element.IDEAL, 63, 66, 77),
        (Element.CULTURE, 62, 69, 90),
        (Element.ATTENTIVENESS, 59, 69, 77),
        (Element.RESPONSIVENESS, 61, 68, 80),
        (Element.EMPOWERMENT, 48, 69, 77),
    )
    assert autumn == (
        "Senior leaders see ideal service, culture of service, attentiveness, responsiveness "
        "and empowerment more positively than the frontline experiences them, and managers "
        "attentiveness and empowerment: that is where to listen first."
    )
    assert _sentence((Element.EMPOWERMENT, 48, 60, 55), (Element.IDEAL, 60, 62, 61)) == (
        "Managers see empowerment more positively than the frontline experiences it: "
        "that is where to listen first."
    )
    assert _sentence((Element.CULTURE, 50, 62, 70)).startswith(
        "Senior leaders and managers see culture of service more positively"
    )
    assert _sentence((Element.CULTURE, 60, 65, 66)) == ""


def test_the_gap_chart_names_every_quarter_and_shows_both_ends() -> None:
    """Plotly's own ticks stopped at 80 at 1280 px and kept only 0 and 50 at 390 px."""
    figure = gap_chart(
        _results([_row("frontline", "Frontline", 48.0), _row("leader", "Senior leaders", 100.0)])
    )
    assert figure is not None
    axis = figure["layout"]["xaxis"]
    assert list(axis["tickvals"]) == [0, 25, 50, 75, 100]
    low, high = axis["range"]
    assert low < 0  # a dot at 0 or 100 is drawn whole
    assert high > 100
