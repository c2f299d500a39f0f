"""Reading a questionnaire as posted: long comments are refused out loud, never cut short."""

from __future__ import annotations

from django.http import QueryDict

from legendary.assessments.forms import MAX_ANSWER_LENGTH, parse_submission
from legendary.assessments.icare import Element
from legendary.assessments.itembank import OpenQuestion
from web.conftest import World

QUESTION = OpenQuestion(
    id="O-R", element=Element.RESPONSIVENESS, text="What would help you serve customers faster?"
)


def posted(**fields: str) -> QueryDict:
    data = QueryDict(mutable=True)
    for name, value in fields.items():
        data[name.replace("_", "-")] = value
    return data


def test_a_comment_of_the_longest_length_is_kept_whole() -> None:
    text = "The returns desk needs its own phone line. " * 90
    text = text[:MAX_ANSWER_LENGTH]
    submission, errors = parse_submission(posted(open_O_R=text), [], [QUESTION], [])
    assert errors == []
    assert submission.open_answers["O-R"] == text.strip()


def test_a_longer_comment_is_refused_with_its_length_not_truncated() -> None:
    text = "Please let us refund small amounts without asking a manager first. " * 80
    submission, errors = parse_submission(posted(open_O_R=text), [], [QUESTION], [])
    assert submission.open_answers == {}
    assert errors == [
        f"Your answer to question 1 in your own words is {len(text.strip()):,} characters "
        "long; shorten it to 4,000 or fewer so none of it is lost."
    ]


def test_a_long_suggestion_for_another_team_is_refused_too(world: World) -> None:
    fields = {
        f"team-{world.online.pk}-likelihood": "7",
        f"team-{world.online.pk}-satisfaction": "4",
        f"team-{world.online.pk}-suggestion": "Answer our handover notes the same day. " * 120,
    }
    data = QueryDict(mutable=True)
    data.update(fields)
    submission, errors = parse_submission(data, [], [], [world.online])
    assert submission.team_ratings == []
    assert errors[0].startswith(f"Your suggestion for {world.online.name} is 4,800 characters")
