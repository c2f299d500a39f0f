"""Reviewing a conversation: who may review which, what is stored, what the page shows, and
who reads the reviews. The persona organisation is tests/web/conftest.py's."""

from __future__ import annotations

import importlib
from dataclasses import replace
from typing import Any

import pytest
from django.apps import apps as django_apps
from django.db import connection
from django.db.models import QuerySet
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from legendary.care import DEFAULT, Outcome, reviewed
from legendary.care.rubric import Rubric
from legendary.care.scorecard import Scorecard as CareScorecard
from legendary.care.standards import Standard
from legendary.conversations import review_views
from legendary.conversations.agreement_summary import summarise
from legendary.conversations.erasure import erase_customer, erasure_plan
from legendary.conversations.models import Conversation, Review, ReviewVerdict, Scorecard
from legendary.conversations.review_forms import ReviewForm
from legendary.conversations.review_views import summaries
from legendary.conversations.reviews import (
    COMMENT_LIMIT,
    ReviewError,
    engine_card,
    reviews_of,
    save_review,
)
from legendary.conversations.rubric_page import readable_rubric
from legendary.conversations.scoring import adopt_rubric, rubric_in_use, score_conversations
from legendary.people.models import Person, Role
from web.conftest import World, make_conversation, signed_in

FEEDBACK = "Lovely warm apology. Next time, say when the replacement will arrive."


@pytest.fixture
def scored(world: World) -> World:
    """The persona organisation with every conversation scored by the engine."""
    score_conversations(Conversation.objects.all())
    return world


def _engine(conversation: Conversation) -> CareScorecard:
    return CareScorecard.from_dict(Scorecard.objects.get(conversation=conversation).document)


def _flip(outcome: Outcome) -> str:
    """A verdict other than the engine's."""
    return "absent" if outcome is Outcome.PRESENT else "present"


def _post(client: Client, conversation: Conversation, data: dict[str, str]) -> int:
    url = reverse("conversations:review", args=[conversation.pk])
    return client.post(url, data).status_code


def _page(client: Client, conversation: Conversation) -> str:
    response = client.get(reverse("conversations:detail", args=[conversation.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_an_analyst_reviews_and_the_library_scores_the_verdicts(scored: World) -> None:
    analyst = signed_in(scored.analyst)
    conversation = scored.frontline_conversation
    engine = _engine(conversation)
    assert "Review this conversation" in _page(analyst, conversation)
    changed = "offers_solution"
    verdict = _flip(engine.outcome(changed))  # type: ignore[arg-type]
    assert _post(analyst, conversation, {f"verdict_{changed}": verdict, "comment": FEEDBACK}) == 302

    review = Review.objects.get(conversation=conversation)
    assert review.reviewer == scored.analyst
    assert review.comment == FEEDBACK
    assert review.rubric == Scorecard.objects.get(conversation=conversation).rubric
    expected = reviewed(engine, {changed: Outcome(verdict)}, DEFAULT)
    assert review.overall == expected.overall
    assert review.responsive == expected.responsive
    # Every behaviour is stored, the engine's verdict beside the reviewer's.
    rows = {v.behaviour: (v.engine, v.verdict) for v in review.verdicts.all()}
    assert set(rows) == {b.behaviour for b in engine.behaviours}
    assert rows[changed] == (engine.outcome(changed), verdict)
    assert [b for b, (e, v) in rows.items() if e != v] == [changed]

    page = _page(analyst, conversation)
    engine_overall = Scorecard.objects.get(conversation=conversation).overall
    assert f"Reviewed by Ana Analyst on {review.updated_at:%-d %b %Y}: {review.overall:.0f}" in page
    assert f"(engine {engine_overall:.0f})" in page
    assert '<li class="changed"><span>Offers solution</span>' in page
    assert "Change your review" in page
    assert "Delete my review" in page


def test_a_second_review_by_the_same_person_updates_theirs(scored: World) -> None:
    analyst = signed_in(scored.analyst)
    leader = signed_in(scored.leader)
    conversation = scored.frontline_conversation
    assert _post(analyst, conversation, {"comment": "First thoughts."}) == 302
    assert _post(analyst, conversation, {"comment": "Second thoughts."}) == 302
    assert Review.objects.filter(conversation=conversation).count() == 1
    assert Review.objects.get(conversation=conversation).comment == "Second thoughts."
    assert ReviewVerdict.objects.filter(review__conversation=conversation).count() == len(
        _engine(conversation).behaviours
    )
    # A review by someone else stands beside it.
    assert _post(leader, conversation, {"comment": "Agree with Ana."}) == 302
    reviewers = set(
        Review.objects.filter(conversation=conversation).values_list("reviewer__name", flat=True)
    )
    assert reviewers == {"Ana Analyst", "Lena Leader"}


def test_the_form_starts_from_the_reviewers_last_verdicts(scored: World) -> None:
    analyst = signed_in(scored.analyst)
    conversation = scored.frontline_conversation
    engine = _engine(conversation)
    verdict = _flip(engine.outcome("offers_solution"))  # type: ignore[arg-type]
    _post(analyst, conversation, {"verdict_offers_solution": verdict})
    page = _page(analyst, conversation)
    assert f'name="verdict_offers_solution" value="{verdict}" id="id_verdict_offers_solution_' in (
        page
    )
    chosen = page.split(f'name="verdict_offers_solution" value="{verdict}"')[1].split(">")[0]
    assert "checked" in chosen


@pytest.mark.parametrize("persona", ["analyst", "leader", "admin", "manager", "teamlead"])
def test_who_may_review_a_report_or_any_conversation(persona: str, scored: World) -> None:
    client = signed_in(getattr(scored, persona))
    # Ivy reports to Tom, who reports to Maya: in everyone's scope above.
    assert _post(client, scored.indirect_conversation, {"comment": "Kind and clear."}) == 302


@pytest.mark.parametrize(
    ("persona", "conversation"),
    [
        ("frontline", "frontline_conversation"),  # a frontline person never, not even theirs
        ("colleague", "frontline_conversation"),  # nor a colleague's
        ("manager", "manager_conversation"),  # nobody their own conversation
        ("teamlead", "frontline_conversation"),  # a manager of another part of the tree
        ("manager", "colleague_conversation"),  # Cole does not report to Maya
        ("outsider", "frontline_conversation"),  # another organisation
    ],
)
def test_a_review_outside_ones_scope_is_not_found(
    persona: str, conversation: str, scored: World
) -> None:
    client = signed_in(getattr(scored, persona))
    target = getattr(scored, conversation)
    assert _post(client, target, {"comment": "Hello"}) == 404
    assert client.get(reverse("conversations:review", args=[target.pk])).status_code == 404
    assert Review.objects.count() == 0


def test_the_page_offers_the_form_only_to_those_who_may_review(scored: World) -> None:
    frontline = signed_in(scored.frontline)
    manager = signed_in(scored.manager)
    assert "Review this conversation" not in _page(manager, scored.manager_conversation)
    assert "Review this conversation" not in _page(frontline, scored.frontline_conversation)
    assert "Review this conversation" in _page(manager, scored.frontline_conversation)


def test_an_unscored_conversation_cannot_be_reviewed(world: World) -> None:
    analyst = signed_in(world.analyst)
    assert "Review this conversation" not in _page(analyst, world.frontline_conversation)
    assert _post(analyst, world.frontline_conversation, {"comment": "Hi"}) == 404


@pytest.mark.parametrize(
    ("data", "named"),
    [
        ({"verdict_reads_minds": "present"}, "“reads_minds” (verdict_reads_minds) is not a"),
        ({"verdict_offers_solution": "maybe"}, "“maybe” is not a verdict for “Offers solution”"),
        ({"comment": "x" * (COMMENT_LIMIT + 1)}, "Feedback can be up to 2000 characters"),
    ],
)
def test_bad_input_is_refused_naming_the_field(
    scored: World, data: dict[str, str], named: str
) -> None:
    analyst = signed_in(scored.analyst)
    url = reverse("conversations:review", args=[scored.frontline_conversation.pk])
    response = analyst.post(url, data)
    assert response.status_code == 400
    assert named in response.content.decode()
    assert Review.objects.count() == 0


def test_a_bad_verdict_on_a_standard_whose_name_has_a_percent_sign_is_refused(
    world: World,
) -> None:
    # Django formats a field's error messages with `%`, so a standard's name carrying one
    # ("100% first time") must reach the page as written, not break the form with a 500.
    standard = Standard(
        slug="first-time",
        description="Resolve 100% first time\nNo customer should have to come back.",
        phrases=("sorted it for you",),
    )
    adopt_rubric(world.org, replace(DEFAULT, version="2026.12-first-time", standards=(standard,)))
    score_conversations([world.frontline_conversation.pk])
    analyst = signed_in(world.analyst)
    url = reverse("conversations:review", args=[world.frontline_conversation.pk])
    response = analyst.post(url, {"verdict_standard:first-time": "maybe"})
    assert response.status_code == 400
    assert "“maybe” is not a verdict for “Resolve 100% first time”" in response.content.decode()
    assert Review.objects.count() == 0


def test_a_double_submit_whose_first_insert_was_not_yet_seen_updates_it(
    scored: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two submits of one review at once: the second looks for the reviewer's review before
    # the first has committed it (it sees none), then its insert hits the one-review-per-
    # reviewer constraint. Under an isolation level that keeps the second's snapshot, its
    # look-up after the failed insert still sees nothing; it must become an update of the
    # first review, not a 500.
    conversation = scored.frontline_conversation
    first = save_review(conversation, scored.analyst, {}, "First click.")
    unseen = {"left": 2}
    real_get = QuerySet.get

    def get_not_yet_seeing(self: QuerySet[Any], *args: Any, **kwargs: Any) -> Any:
        if self.model is Review and unseen["left"]:
            unseen["left"] -= 1
            raise Review.DoesNotExist
        return real_get(self, *args, **kwargs)

    monkeypatch.setattr(QuerySet, "get", get_not_yet_seeing)
    second = save_review(conversation, scored.analyst, {"apologises": "absent"}, "Second click.")
    assert unseen["left"] == 0  # the look-ups really missed the stored review
    assert second.pk == first.pk
    assert Review.objects.get().comment == "Second click."
    rows = ReviewVerdict.objects.filter(review=first)
    assert rows.count() == len(_engine(conversation).behaviours)
    assert rows.get(behaviour="apologises").verdict == "absent"


def test_the_service_refuses_bad_verdicts_by_field_and_keeps_the_earlier_review(
    scored: World,
) -> None:
    conversation = scored.frontline_conversation
    save_review(conversation, scored.analyst, {}, "Well done.")
    with pytest.raises(ReviewError) as refused:
        save_review(conversation, scored.analyst, {"reads_minds": "present"}, "Changed")
    assert refused.value.field == "verdict_reads_minds"
    with pytest.raises(ReviewError) as refused:
        save_review(conversation, scored.analyst, {"apologises": "perhaps"}, "Changed")
    assert refused.value.field == "verdict_apologises"
    with pytest.raises(ReviewError) as refused:
        save_review(conversation, scored.analyst, {}, "y" * (COMMENT_LIMIT + 1))
    assert refused.value.field == "comment"
    assert Review.objects.get().comment == "Well done."


def test_a_conversation_nobody_replied_to_cannot_be_reviewed_by_the_service(world: World) -> None:
    # The page offers no form for it (every behaviour is "not needed"); the service, which
    # the demo and any other caller use, refuses it too.
    unanswered = make_conversation(
        customer=world.frontline_conversation.customer,
        texts=("Hello? I have been waiting two days about my order.",),
    )
    score_conversations([unanswered.pk])
    assert "no_agent_turn" in Scorecard.objects.get(conversation=unanswered).flags
    with pytest.raises(ReviewError, match="Nobody from the team replied"):
        save_review(unanswered, world.analyst, {}, "Someone should have answered.")
    assert not Review.objects.exists()


def test_a_reviewer_deletes_their_own_review_only(scored: World) -> None:
    analyst = signed_in(scored.analyst)
    leader = signed_in(scored.leader)
    conversation = scored.frontline_conversation
    _post(analyst, conversation, {"comment": "Mine"})
    _post(leader, conversation, {"comment": "Lena's"})
    delete = reverse("conversations:review_delete", args=[conversation.pk])
    assert analyst.post(delete).status_code == 302
    assert list(Review.objects.values_list("comment", flat=True)) == ["Lena's"]
    assert ReviewVerdict.objects.filter(review__reviewer=scored.analyst).count() == 0
    # Deleting again finds nothing of theirs, and touches nobody else's.
    assert analyst.post(delete).status_code == 302
    assert Review.objects.count() == 1
    assert "Delete my review" not in _page(analyst, conversation)


def test_deleting_ones_review_reads_it_once(scored: World) -> None:
    """The view looked up the reviewer's own review, then the service filtered for the same
    row again (and its tombstone read the conversation a second time): now the service
    deletes the review the view found."""
    conversation = scored.frontline_conversation
    save_review(conversation, scored.analyst, {}, "Mine to take back.")
    delete = reverse("conversations:review_delete", args=[conversation.pk])
    analyst = signed_in(scored.analyst)
    with CaptureQueriesContext(connection) as captured:
        assert analyst.post(delete).status_code == 302
    review_reads = [
        q["sql"]
        for q in captured.captured_queries
        if q["sql"].startswith("SELECT") and 'FROM "conversations_review"' in q["sql"]
    ]
    assert len(review_reads) == 1, review_reads
    assert not Review.objects.filter(reviewer=scored.analyst).exists()


def test_a_manager_deletes_their_review_of_a_report_who_moved_teams(scored: World) -> None:
    # Maya reviewed Fran's parcel while Fran reported to her; Fran then moved to Online
    # under Lena. Maya can no longer open the conversation, but her review is still hers.
    manager = signed_in(scored.manager)
    conversation = scored.frontline_conversation
    save_review(conversation, scored.manager, {}, "Maya's own words.")
    save_review(conversation, scored.analyst, {}, "Ana's words.")
    Person.objects.filter(pk=scored.frontline.pk).update(team=scored.online, manager=scored.leader)
    detail = reverse("conversations:detail", args=[conversation.pk])
    assert manager.get(detail).status_code == 404
    mine = manager.get(reverse("conversations:my_reviews")).content.decode()
    assert "Maya&#x27;s own words." in mine
    assert "A conversation you can no longer open" in mine
    assert "Fran&#x27;s parcel" not in mine  # nothing of the conversation itself
    assert "Ana&#x27;s words." not in mine
    assert f'href="{detail}' not in mine  # no link to it (its delete form names its id)
    delete = reverse("conversations:review_delete", args=[conversation.pk])
    # Nobody else deletes it: not a frontline person who may not review it (404), not
    # another reviewer who may (they have no review of their own there to delete).
    assert signed_in(scored.colleague).post(delete).status_code == 404
    leader = signed_in(scored.leader)
    assert leader.post(delete).status_code == 302
    assert Review.objects.filter(reviewer=scored.manager).exists()
    response = manager.post(delete, {"back": "mine"})
    assert response.status_code == 302
    assert response["Location"] == reverse("conversations:my_reviews")
    assert list(Review.objects.values_list("comment", flat=True)) == ["Ana's words."]
    # Deleting again: nothing of hers left there, and the conversation is outside her view.
    assert manager.post(delete).status_code == 404


def test_your_reviews_links_each_conversation_one_still_reads(
    scored: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyst = signed_in(scored.analyst)
    save_review(scored.colleague_conversation, scored.analyst, {}, "Cole, a great refund.")
    save_review(scored.frontline_conversation, scored.analyst, {}, FEEDBACK)
    assert review_views.MY_REVIEWS_PAGE == 50
    monkeypatch.setattr(review_views, "MY_REVIEWS_PAGE", 1)
    first = analyst.get(reverse("conversations:my_reviews")).content.decode()
    assert "Page 1 of 2" in first
    assert 'href="?page=2"' in first
    assert "Cole, a great refund." not in first  # the latest first
    assert (
        "Cole, a great refund."
        in analyst.get("/conversations/reviews/mine/?page=2").content.decode()
    )
    Review.objects.filter(conversation=scored.colleague_conversation).delete()
    mine = analyst.get(reverse("conversations:my_reviews")).content.decode()
    detail = reverse("conversations:detail", args=[scored.frontline_conversation.pk])
    assert f'href="{detail}#reviews">Fran&#x27;s parcel</a>' in mine
    assert "Lovely warm apology." in mine
    # Deleting from the list while the conversation is readable goes back to the list too.
    delete = reverse("conversations:review_delete", args=[scored.frontline_conversation.pk])
    response = analyst.post(delete, {"back": "mine"})
    assert response["Location"] == reverse("conversations:my_reviews")
    assert (
        "You have not reviewed a conversation yet"
        in analyst.get(response["Location"]).content.decode()
    )
    assert "Your reviews" in analyst.get(reverse("conversations:list")).content.decode()


def test_your_reviews_stays_linked_for_a_reviewer_who_lost_the_role_to_review(
    scored: World,
) -> None:
    # Ana wrote a review as a QA analyst, then moved to the frontline: she may no longer
    # review, but the list still leads her to her own review so she can delete it.
    conversation_list = reverse("conversations:list")
    assert "Your reviews" not in signed_in(scored.colleague).get(conversation_list).content.decode()
    save_review(scored.colleague_conversation, scored.analyst, {}, "Cole, a great refund.")
    Person.objects.filter(pk=scored.analyst.pk).update(role=Role.FRONTLINE)
    page = signed_in(scored.analyst).get(conversation_list).content.decode()
    assert "Your reviews" in page
    assert "Not yet reviewed, lowest scores first" not in page


def test_the_frontline_person_reads_the_reviews_of_their_conversations(scored: World) -> None:
    analyst = signed_in(scored.analyst)
    frontline = signed_in(scored.frontline)
    colleague = signed_in(scored.colleague)
    manager = signed_in(scored.manager)
    conversation = scored.frontline_conversation
    _post(analyst, conversation, {"verdict_offers_solution": "absent", "comment": FEEDBACK})
    page = _page(frontline, conversation)
    assert "Reviewed by Ana Analyst" in page
    assert "Next time, say when the replacement will arrive." in page
    assert "Delete my review" not in page
    assert "Review this conversation" not in page
    # Their manager reads it too; a colleague does not even find the conversation.
    assert "Reviewed by Ana Analyst" in _page(manager, conversation)
    detail = reverse("conversations:detail", args=[conversation.pk])
    assert colleague.get(detail).status_code == 404
    assert signed_in(scored.teamlead).get(detail).status_code == 404


def test_the_frontline_home_lists_the_latest_feedback(scored: World) -> None:
    analyst = signed_in(scored.analyst)
    frontline = signed_in(scored.frontline)
    colleague = signed_in(scored.colleague)
    home = frontline.get(reverse("home")).content.decode()
    assert "Feedback on your conversations" in home
    assert "No reviews yet" in home
    _post(analyst, scored.frontline_conversation, {"comment": FEEDBACK})
    _post(analyst, scored.colleague_conversation, {"comment": "Cole, a great refund."})
    home = frontline.get(reverse("home")).content.decode()
    assert "Fran&#x27;s parcel" in home
    assert "Ana Analyst" in home
    assert "Lovely warm apology." in home
    assert "Cole, a great refund." not in home
    assert "Cole, a great refund." in colleague.get(reverse("home")).content.decode()


def test_the_home_list_shows_the_five_latest(scored: World) -> None:
    analyst = signed_in(scored.analyst)
    frontline = signed_in(scored.frontline)
    for n in range(6):
        conversation = make_conversation(scored.frontline, subject=f"Order number {n}")
        score_conversations([conversation.pk])
        _post(analyst, conversation, {"comment": f"Feedback {n}"})
    home = frontline.get(reverse("home")).content.decode()
    assert "Feedback 5" in home
    assert "Feedback 1" in home
    assert "Feedback 0" not in home


def test_rescoring_with_a_new_rubric_keeps_the_reviews(scored: World) -> None:
    analyst = signed_in(scored.analyst)
    conversation = scored.frontline_conversation
    _post(analyst, conversation, {"comment": FEEDBACK})
    first_rubric, _ = rubric_in_use(scored.org)
    adopt_rubric(scored.org, replace(DEFAULT, version="2026.12-kind"))
    score_conversations([conversation.pk])
    assert Scorecard.objects.get(conversation=conversation).rubric.version == "2026.12-kind"
    review = Review.objects.get(conversation=conversation)
    assert review.rubric == first_rubric
    assert review.verdicts.count() > 0
    assert "has been scored again since" in _page(analyst, conversation)


def test_the_score_gap_is_against_the_engine_as_it_stood_when_reviewed(scored: World) -> None:
    # A reviewer who agreed with every verdict leaves no gap; re-scoring later under a
    # standard the agent did not meet (lowering the engine's scores) must not make one appear.
    conversation = scored.frontline_conversation
    before = Scorecard.objects.get(conversation=conversation)
    review = save_review(conversation, scored.analyst, {}, "All as the engine saw it.")
    assert (review.engine_overall, review.engine_committed) == (before.overall, before.committed)
    standard = Standard(
        slug="gives-tracking",
        description="Give the tracking number",
        phrases=("tracking number",),
        weight=5.0,
    )
    adopt_rubric(scored.org, replace(DEFAULT, version="2026.12-tracking", standards=(standard,)))
    score_conversations([conversation.pk])
    after = Scorecard.objects.get(conversation=conversation)
    assert after.overall != before.overall  # the engine now reads it differently

    summary = summarise(Review.objects.all(), scored.org.pk)
    assert summary.gaps["overall"].mean_difference == pytest.approx(0.0)
    assert summary.gaps["committed"].mean_difference == pytest.approx(0.0)
    page = _page(signed_in(scored.analyst), conversation)
    assert f"(engine {before.overall:.0f})" in page
    assert f"(engine {after.overall:.0f})" not in page


def test_the_migration_fills_a_reviews_engine_scores_from_the_current_scorecard(
    scored: World,
) -> None:
    # Reviews from before the fields existed: the current scorecard is all there is.
    conversation = scored.frontline_conversation
    review = save_review(conversation, scored.analyst, {}, "Older review.")
    Review.objects.filter(pk=review.pk).update(engine_overall=None, engine_committed=None)
    migration = importlib.import_module(
        "legendary.conversations.migrations.0011_review_engine_scores"
    )
    migration.backfill_engine_scores(django_apps, None)
    review.refresh_from_db()
    card = Scorecard.objects.get(conversation=conversation)
    assert (review.engine_overall, review.engine_committed) == (card.overall, card.committed)


def test_erasing_a_customer_deletes_the_reviews_of_their_conversations(scored: World) -> None:
    analyst = signed_in(scored.analyst)
    _post(analyst, scored.frontline_conversation, {"comment": FEEDBACK})
    _post(analyst, scored.indirect_conversation, {"comment": "Stays."})
    customer = scored.frontline_conversation.customer
    assert customer is not None
    erase_customer(erasure_plan(customer))
    assert list(Review.objects.values_list("comment", flat=True)) == ["Stays."]
    assert not ReviewVerdict.objects.filter(review__comment=FEEDBACK).exists()


def test_more_reviews_do_not_mean_more_queries(scored: World) -> None:
    conversation = scored.frontline_conversation
    reader = signed_in(scored.frontline)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            _page(reader, conversation)
        return len(captured)

    save_review(conversation, scored.analyst, {}, "One.")
    one = queries()
    save_review(conversation, scored.leader, {"apologises": "na"}, "Two.")
    save_review(conversation, scored.admin, {}, "Three.")
    assert queries() == one


def test_a_scorecard_that_does_not_match_its_rubric_is_refused_not_crashed(scored: World) -> None:
    conversation = scored.frontline_conversation
    stored = Scorecard.objects.get(conversation=conversation)
    stored.document = {**stored.document, "rubric_version": "a-rubric-long-gone"}
    stored.save(update_fields=["document"])
    with pytest.raises(ReviewError, match="cannot be reviewed as it is stored"):
        save_review(conversation, scored.analyst, {}, "Hello")
    assert not Review.objects.exists()


def test_a_stored_rubric_with_a_number_past_any_float_reads_as_unreadable_not_a_500(
    scored: World,
) -> None:
    # A rubric version edited by hand (the admin, the database) to a weight of 400 digits:
    # JSON keeps the whole integer, and no float holds it. Every page that names behaviours
    # from the stored rubric reads it as one that no longer reads, and falls back.
    analyst = signed_in(scored.analyst)
    conversation = scored.frontline_conversation
    save_review(conversation, scored.analyst, {}, FEEDBACK)
    stored = Scorecard.objects.get(conversation=conversation).rubric
    rules = stored.definition["rules"]
    stored.definition = {
        **stored.definition,
        "rules": [{**rules[0], "weight": 10**400}, *rules[1:]],
    }
    stored.save(update_fields=["definition"])
    assert readable_rubric(stored.definition) is None
    page = _page(analyst, conversation)
    assert "Lovely warm apology." in page  # the review is still listed, its behaviours named
    assert "Change your review" not in page  # no form on a scorecard that does not read
    response = analyst.get(reverse("conversations:agreement"))
    assert response.status_code == 200


def test_each_page_part_reads_a_stored_rubric_once(
    scored: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The review list, the review form and the agreement figures each name behaviours and
    # weigh them from one stored rubric: one read of it serves both, so the two can never
    # disagree on whether it reads.
    conversation = scored.frontline_conversation
    for reviewer in (scored.analyst, scored.leader, scored.admin):
        save_review(conversation, reviewer, {}, "Fine.")
    engine = engine_card(conversation)
    parses = {"n": 0}
    real = Rubric.from_dict.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Rubric], *args: Any, **kwargs: Any) -> Rubric:
        parses["n"] += 1
        return real(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Rubric, "from_dict", classmethod(counted))
    assert len(summaries(reviews_of(conversation), scored.analyst)) == 3
    assert parses["n"] == 1  # three reviews of one rubric: one read
    ReviewForm(None, engine=engine)
    assert parses["n"] == 1  # the form names behaviours from the scorecard's rubric, read
    summarise(Review.objects.all(), scored.org.pk)
    assert parses["n"] == 2


def test_a_managers_page_of_a_report_shows_the_feedback_on_their_conversations(
    scored: World,
) -> None:
    """Walking the demo as a manager about to coach a report (session 20): the report's
    page showed their scores, their weakest behaviour and their conversations, but not one
    word of the feedback reviewers had already given them, which only the report's own
    home listed. Their page now lists it too, for whoever may read those conversations."""
    manager = signed_in(scored.manager)
    frontline = scored.frontline
    page_of_fran = reverse("person_detail", args=[frontline.pk])
    page = manager.get(page_of_fran).content.decode()
    assert f"Feedback on {frontline.first_name}'s conversations" in page
    assert f"No reviews of {frontline.first_name}'s conversations yet" in page

    _post(signed_in(scored.analyst), scored.frontline_conversation, {"comment": FEEDBACK})
    page = manager.get(page_of_fran).content.decode()
    assert "Ana Analyst" in page
    assert "Lovely warm apology." in page
    assert "No reviews of" not in page
    # Their own page says "your", as their home does.
    own = signed_in(frontline).get(page_of_fran).content.decode()
    assert "Feedback on your conversations" in own
    assert "Lovely warm apology." in own
