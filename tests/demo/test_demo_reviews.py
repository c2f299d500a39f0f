"""The demo's reviews: by its QA analyst and a manager, through the review service."""

from __future__ import annotations

import random
from datetime import date

import pytest

from legendary.care.rubric import DEFAULT
from legendary.conversations import demo as scorecards_demo
from legendary.conversations import demo_reviews
from legendary.conversations.care_summary import behaviour_label
from legendary.conversations.models import Conversation, Review, ReviewVerdict
from legendary.conversations.reviews import NO_REPLY
from legendary.conversations.scoring import score_conversations
from legendary.demo import load
from legendary.demo.packaged import DemoDataError, Entry
from legendary.people.models import Organisation, Person
from legendary.people.permissions import report_ids
from web.conftest import make_conversation, make_customer

pytestmark = pytest.mark.django_db
TODAY = date(2026, 10, 1)


@pytest.fixture
def reviewed_demo(monkeypatch: pytest.MonkeyPatch, settings: object) -> Organisation:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # type: ignore[attr-defined]
    monkeypatch.setattr(load, "DEMO_STEPS", [])
    load.load_demo_organisation(seed=3, today=TODAY, conversations=200, customers=60)
    organisation = Organisation.objects.get()
    scorecards_demo.populate(organisation, random.Random(1), TODAY)
    demo_reviews.populate(organisation, random.Random("reviews"), TODAY)
    return organisation


def _verdicts() -> list[tuple[int, str, str, str]]:
    return list(
        ReviewVerdict.objects.order_by("review__conversation_id", "behaviour").values_list(
            "review__conversation_id", "behaviour", "engine", "verdict"
        )
    )


def test_the_analyst_and_the_manager_review_at_a_plausible_rate(
    reviewed_demo: Organisation,
) -> None:
    analyst = Person.objects.get(user__username="analyst")
    manager = Person.objects.get(user__username="manager")
    assert Review.objects.filter(reviewer=analyst).count() == demo_reviews.ANALYST_REVIEWS
    by_manager = Review.objects.filter(reviewer=manager)
    assert 0 < by_manager.count() <= demo_reviews.MANAGER_REVIEWS
    # A manager reviews only conversations their reports served.
    reports = report_ids(manager)
    for review in by_manager:
        assert set(review.conversation.agents.values_list("pk", flat=True)) & reports
    verdicts = _verdicts()
    corrected = sum(engine != verdict for _, _, engine, verdict in verdicts)
    assert 0.03 < corrected / len(verdicts) < 0.3
    comments = set(Review.objects.values_list("comment", flat=True))
    assert len(comments) > 15  # varied: templates filled with different behaviours


def test_the_same_seed_gives_the_same_reviews(reviewed_demo: Organisation) -> None:
    first = _verdicts()
    Review.objects.all().delete()
    demo_reviews.populate(reviewed_demo, random.Random("reviews"), TODAY)
    assert _verdicts() == first


def test_no_review_is_of_a_conversation_nobody_replied_in(
    reviewed_demo: Organisation, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The review service refuses such a scorecard; the demo must pass over it, not fail.
    unanswered = make_conversation(
        customer=make_customer(reviewed_demo),
        texts=("Is anyone reading these? My refund still has not arrived.",),
    )
    score_conversations([unanswered.pk])
    Review.objects.all().delete()
    # Enough reviews for the analyst to take every conversation, this one included.
    monkeypatch.setattr(demo_reviews, "ANALYST_REVIEWS", Conversation.objects.count())
    demo_reviews.populate(reviewed_demo, random.Random("reviews"), TODAY)
    assert Review.objects.exists()
    assert not Review.objects.filter(conversation__flag_rows__flag=NO_REPLY).exists()


def test_a_demo_comment_never_praises_a_happy_ending_the_conversation_did_not_have(
    reviewed_demo: Organisation,
) -> None:
    """Walking the demo as the frontline adviser (session 20), "The customer's next
    message was noticeably friendlier" stood under a chat whose customer left with "Fine.
    But I'm not impressed." after "That's the policy.": 9 of the demo's 90 comments
    praised a good ending on a conversation that broke or ended unhappy, and none of 35
    such comments named the moment it broke. A comment on one that broke now coaches on
    the breaker the reviewer saw; one that ended unhappy is never told it ended well."""
    well_ended = [template.split("“{b}”")[-1] for template in demo_reviews.PRAISE_WELL_ENDED]
    breakers = {
        behaviour_label(rule.behaviour).lower(): rule.behaviour
        for rule in DEFAULT.rules
        if rule.breaker
    }
    unhappy = broke = 0
    for review in Review.objects.select_related("conversation__scorecard"):
        flags = set(review.conversation.scorecard.document["flags"])
        if flags & {"ended_negative", "sentiment_dropped", "breaker", "critical_breaker"}:
            unhappy += 1
            assert not any(tail in review.comment for tail in well_ended), review.comment
        shown = {
            v.behaviour
            for v in review.verdicts.all()
            if v.behaviour in breakers.values() and v.verdict == "present"
        }
        if shown:
            broke += 1
            named = {b for label, b in breakers.items() if f"“{label}”" in review.comment}
            assert named, review.comment
            assert named <= shown, review.comment
    # The demo has both kinds to check.
    assert unhappy > 10
    assert broke > 5


def test_each_breaker_gets_coaching_of_its_own() -> None:
    """A reviewer's comment on a breaker once drew on three lines shared by all eight, one
    of them "Watch for “{b}”: ... Try saying what you can do in its place.", which reads
    oddly under "ignores question" or "transfers without ownership" (found by a reviewer,
    session 20). Each breaker of the default rubric now has coaching written for it alone
    (in `legendary/demo/data/reviews.json`), and a comment on it draws on that too."""
    breakers = sorted(rule.behaviour for rule in DEFAULT.rules if rule.breaker)
    templates: dict[str, set[str]] = {}
    for breaker in breakers:
        label = behaviour_label(breaker).lower()
        rng = random.Random(breaker)
        comments = {
            demo_reviews._comment({breaker: "present"}, rng, ended_well=False) for _ in range(60)
        }
        assert all(f"“{label}”" in comment for comment in comments), comments
        templates[breaker] = {comment.replace(label, "{b}") for comment in comments}
    for breaker in breakers:
        others = set().union(*(t for b, t in templates.items() if b != breaker))
        assert templates[breaker] - others, f"{breaker} has no coaching of its own"
    # The line that read oddly for some of them is no longer said to any.
    said = set().union(*templates.values())
    assert not any("what you can do in its place" in line for line in said)


def test_the_comments_file_must_coach_every_breaker_and_only_breakers() -> None:
    """A breaker left out of `reviews.json` (or a typo for one) is refused where the file is
    read, naming the field, rather than found later as a KeyError in the demo."""
    record = demo_reviews._comments().record
    missing = {
        **record,
        "breakers": {k: v for k, v in record["breakers"].items() if k != "deflects"},
    }
    with pytest.raises(DemoDataError, match="'breakers', field 'deflects'"):
        demo_reviews._breaker_coaching(Entry(missing, "reviews.json"))
    typo = {**record, "breakers": {**record["breakers"], "deflect": ["Try “{b}”."]}}
    with pytest.raises(DemoDataError, match="deflect is not a breaker"):
        demo_reviews._breaker_coaching(Entry(typo, "reviews.json"))
