"""Reading a questionnaire as posted: long comments are refused out loud, never cut short."""

from __future__ import annotations

import datetime
import re

from django.http import QueryDict
from django.test import Client
from django.utils import timezone

from legendary.assessments.forms import MAX_ANSWER_LENGTH, parse_submission
from legendary.assessments.icare import Element
from legendary.assessments.itembank import OpenQuestion, load_item_bank
from legendary.assessments.models import CampaignKind
from legendary.assessments.services import create_campaign, launch_campaign
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


def _open_matrix_link(world: World) -> str:
    """Fran Frontline's personal link to an open internal-service matrix."""
    today = timezone.localdate()
    campaign = create_campaign(
        world.org,
        kind=CampaignKind.TEAM_MATRIX,
        title="Who helps whom",
        opens_on=today - datetime.timedelta(days=1),
        closes_on=today + datetime.timedelta(days=9),
    )
    launch_campaign(campaign, send_email=False)
    return f"/assessments/answer/{campaign.invitations.get(person=world.frontline).token}/"


def test_a_matrix_sent_back_with_an_error_keeps_the_ratings_already_given(world: World) -> None:
    """One team half-rated sent the page back with every select and suggestion empty, so a
    respondent who had rated five teams had to start again. Found by answering the matrix
    as a survey respondent and leaving out one satisfaction score."""
    link = _open_matrix_link(world)
    online, kiosk = world.online.pk, world.kiosk.pk
    page = Client().post(
        link,
        {
            f"team-{online}-likelihood": "9",
            f"team-{online}-satisfaction": "4",
            f"team-{online}-suggestion": "Keep the same-day handover notes coming.",
            f"team-{kiosk}-likelihood": "3",
        },
    )
    assert page.status_code == 400
    html = page.content.decode()
    assert f"For {world.kiosk.name}, give both a 0-10 rating and a satisfaction score" in html
    assert '<option value="9" selected>9</option>' in html
    assert '<option value="4" selected>4</option>' in html
    assert '<option value="3" selected>3</option>' in html
    assert "Keep the same-day handover notes coming.</textarea>" in html


def test_a_rating_in_other_digits_is_refused_not_a_server_error(world: World) -> None:
    """ "²" passes str.isdigit() but not int(): the matrix answered with a 500."""
    link = _open_matrix_link(world)
    for likelihood in ("²", "٣", "11", "-1", " 7x"):
        page = Client().post(
            link,
            {
                f"team-{world.online.pk}-likelihood": likelihood,
                f"team-{world.online.pk}-satisfaction": "4",
            },
        )
        assert page.status_code == 400, likelihood
        assert "give both a 0-10 rating" in page.content.decode()


def test_a_personal_link_opened_in_someone_elses_session_neither_answers_nor_tells(
    world: World, leader: Client, frontline: Client
) -> None:
    """The campaign page lists every person's link for its runner, and says "whether
    someone has answered is deliberately not shown"; yet the demo leader, clicking Jordan
    Ellis's link, read either the questionnaire (not answered yet) or "This link has been
    used" (answered), and could have answered in his name. Found by following the links
    on the campaign page as the demo leader."""
    link = _open_matrix_link(world)
    rating = {
        f"team-{world.online.pk}-likelihood": "8",
        f"team-{world.online.pk}-satisfaction": "4",
    }
    before = leader.get(link)
    assert before.status_code == 403
    assert "It is Fran Frontline's personal link" in before.content.decode()
    assert leader.post(link, rating).status_code == 403
    # Fran answers from her own session; the leader's view of the link does not change.
    assert frontline.get(link).status_code == 200
    assert "Thank you" in frontline.post(link, rating).content.decode()
    after = leader.get(link)
    assert after.status_code == 403
    card = re.compile(r'<div class="card narrow">.*?</div>', re.S)
    assert card.findall(after.content.decode()) == card.findall(before.content.decode())
    # Opened with nobody signed in (a shared shop computer), the link works as before.
    assert "This link has been used" in Client().get(link).content.decode()


def test_an_unanswered_statement_says_so_beside_its_own_choices(world: World) -> None:
    """Found answering a survey half-done with the browser's checks off: the page came back
    with 'Statement 11 has no answer yet' at the top only, nothing at statement 11 itself,
    so a screen-reader user had to count. Each unanswered statement now carries its own
    message, tied to its group of choices; answered ones carry none."""
    today = timezone.localdate()
    campaign = create_campaign(
        world.org,
        kind=CampaignKind.ICARE,
        title="Spring check",
        opens_on=today,
        closes_on=today + datetime.timedelta(days=7),
    )
    launch_campaign(campaign, send_email=False)
    link = f"/assessments/answer/{campaign.invitations.get(person=world.frontline).token}/"
    page = Client().post(link, {"item-I-F1": "4", "item-I-F2": "dk"})
    assert page.status_code == 400
    html = page.content.decode()
    assert 'aria-describedby="s-I-F1-error"' not in html
    assert 'aria-describedby="s-I-F2-error"' not in html
    assert '<fieldset class="statement" id="s-I-F3" aria-describedby="s-I-F3-error">' in html
    assert '<p class="errorlist" id="s-I-F3-error">No answer yet' in html


def test_a_statement_answered_out_of_range_by_hand_is_named_and_nothing_is_stored() -> None:
    """Walked in session 19: "7", "0" or "-1" posted by hand was told "has no answer yet",
    which does not say what was wrong with the value sent."""
    statements = load_item_bank().for_perspective("frontline")[:2]
    for value in ("7", "0", "-1", "٣", "4.5"):
        submission, errors = parse_submission(
            posted(**{f"item_{statements[0].id}": value, f"item_{statements[1].id}": "4"}),
            statements,
            [],
            [],
        )
        assert errors == [
            f"Statement 1: “{value}” is not one of the answers; choose from 1 (strongly "
            "disagree) to 5 (strongly agree), or “don't know”."
        ], value
        assert statements[0].id not in submission.answers
    _, errors = parse_submission(posted(), statements[:1], [], [])
    assert errors == ["Statement 1 has no answer yet (choose “don't know” if unsure)."]
