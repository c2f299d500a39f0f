"""Reviewing a conversation on its page: the review form, saving and deleting a review, and
what the page shows of the reviews already written.

Everyone who may read a conversation reads its reviews; only `reviews.reviewer_for` may
write one. Anyone else posting a review gets a 404, as for any page outside their view.
Plain form posts, so reviewing works without JavaScript.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from legendary.care.scorecard import Quality
from legendary.conversations import reviews, selectors
from legendary.conversations.models import Conversation, Review, RubricVersion
from legendary.conversations.review_forms import ReviewForm, verdict_word
from legendary.conversations.rubric_page import behaviour_texts, readable_rubric
from legendary.people import permissions
from legendary.people.models import Person
from legendary.people.permissions import UserLike
from legendary.web.params import page_of

#: The `back` value of a delete form on the list of one's own reviews: go back there.
MINE = "mine"
#: One's own reviews listed a page at a time.
MY_REVIEWS_PAGE = 50


@dataclass(frozen=True)
class Change:
    """A behaviour whose verdict the reviewer changed: its name and both verdicts in words."""

    label: str
    engine: str
    verdict: str


@dataclass(frozen=True)
class ReviewSummary:
    """One review as the page shows it."""

    review: Review
    reviewer_name: str
    engine_overall: float | None
    changes: list[Change]
    agreed: int
    mine: bool
    # The conversation was scored again, with another rubric, after this review.
    rescored: bool

    @property
    def scores(self) -> list[tuple[str, float | None]]:
        """(quality, reviewed score) in CARE order."""
        return [(q.value, getattr(self.review, q.value)) for q in Quality]


_Texts = tuple[dict[str, tuple[str, str]], set[str]]


def _rubric_texts(rubric: RubricVersion, read: dict[int, _Texts]) -> _Texts:
    """(name and meaning of every behaviour, the ids of the breakers) of a stored rubric
    (no breakers when it no longer reads), remembered in `read` by rubric id: the reviews
    of one page mostly share one rubric."""
    if rubric.pk not in read:
        parsed = readable_rubric(rubric.definition)
        breakers = set() if parsed is None else {r.behaviour for r in parsed.rules if r.breaker}
        read[rubric.pk] = (behaviour_texts(parsed), breakers)
    return read[rubric.pk]


def summaries(reviews_: Iterable[Review], viewer: Person | None) -> list[ReviewSummary]:
    """`summarise` of each review, each rubric read once."""
    read: dict[int, _Texts] = {}
    return [summarise(review, viewer, read) for review in reviews_]


def summarise(
    review: Review, viewer: Person | None, read: dict[int, _Texts] | None = None
) -> ReviewSummary:
    """What the page says of `review`: who, the scores, what they changed, whether it is
    the viewer's own. `read` remembers rubrics already read (see `summaries`)."""
    conversation = review.conversation
    scorecard = getattr(conversation, "scorecard", None)
    texts, breakers = _rubric_texts(review.rubric, {} if read is None else read)
    verdicts = list(review.verdicts.all())
    changes = [
        Change(
            label=texts.get(v.behaviour, (v.behaviour, ""))[0],
            engine=verdict_word(v.engine, v.behaviour in breakers),
            verdict=verdict_word(v.verdict, v.behaviour in breakers),
        )
        for v in sorted(verdicts, key=lambda v: v.pk)
        if v.engine != v.verdict
    ]
    return ReviewSummary(
        review=review,
        reviewer_name=review.reviewer.name if review.reviewer else "a former colleague",
        # The engine's score of the scorecard reviewed, which a re-score since leaves as it was.
        engine_overall=review.engine_overall,
        changes=changes,
        agreed=len(verdicts) - len(changes),
        mine=viewer is not None and review.reviewer_id == viewer.pk,
        rescored=scorecard is not None and scorecard.rubric_id != review.rubric_id,
    )


@dataclass(frozen=True)
class Split:
    """A behaviour two or more reviewers of one conversation judged differently: its name
    and each reviewer's verdict in words, in the order the reviews are listed."""

    label: str
    verdicts: list[tuple[str, str]]


@dataclass(frozen=True)
class Calibration:
    """How the reviewers of one conversation compare with each other (not with the engine):
    on how many of the behaviours they all judged they gave the same verdict, and where not."""

    judged: int
    splits: list[Split]

    @property
    def same(self) -> int:
        """The behaviours on which every reviewer gave the same verdict."""
        return self.judged - len(self.splits)


def calibration(listed: list[ReviewSummary]) -> Calibration | None:
    """Where the reviewers of one conversation differ from each other, for two people
    calibrating on it; None with fewer than two reviews. Each review's page only says where
    it differs from the engine, which leaves the reader to work out, behaviour by behaviour,
    whether two reviewers who both corrected the engine agree with each other."""
    if len(listed) < 2:
        return None
    by_review = [{v.behaviour: v.verdict for v in s.review.verdicts.all()} for s in listed]
    # Only behaviours every reviewer judged: one reviewed under another rubric may lack some.
    shared = [b for b in by_review[0] if all(b in verdicts for verdicts in by_review[1:])]
    texts, breakers = _rubric_texts(listed[0].review.rubric, {})
    splits = [
        Split(
            label=texts.get(behaviour, (behaviour, ""))[0],
            verdicts=[
                (s.reviewer_name, verdict_word(v[behaviour], behaviour in breakers))
                for s, v in zip(listed, by_review, strict=True)
            ],
        )
        for behaviour in shared
        if len({verdicts[behaviour] for verdicts in by_review}) > 1
    ]
    return Calibration(judged=len(shared), splits=splits)


def next_to_review(user: UserLike | None, reviewer: Person) -> Conversation | None:
    """What the review queue (the list's "Not yet reviewed, lowest scores first") offers
    `reviewer` next: the lowest-scored conversation they may read that nobody has reviewed,
    leaving out those they served (nobody reviews their own work: `reviews.reviewer_for`
    gives them no form there, though the queue lists them, and the page says so) and those
    with no score to review (nobody replied)."""
    queue = selectors.filter_conversations(
        permissions.visible_conversations(user), selectors.ConversationFilters(reviewed="no")
    )
    queue = queue.filter(scorecard__overall__isnull=False).exclude(agents=reviewer)
    return selectors.for_listing(queue, selectors.LOWEST_CARE_FIRST).first()


def review_panel(user: UserLike | None, conversation: Conversation) -> dict[str, Any]:
    """Everything the conversation page's reviews section needs: the reviews (latest
    first), where two or more reviewers differ from each other, and, for someone who may
    review it, the form, started from their last review or else from the engine's verdicts."""
    viewer = permissions.person_for(user)
    listed = summaries(reviews.reviews_of(conversation), viewer)
    form = None
    if reviews.can_review(user, conversation):
        form = _form_for(conversation, viewer, None)
    return {
        "conversation": conversation,
        "reviews": listed,
        "calibration": calibration(listed),
        "review_form": form,
        "reviewed_by_me": any(s.mine for s in listed),
        # Once they have reviewed this one, where to go on: the page was a dead end, and
        # the queue had to be found again from the conversation list.
        "next_review": next_to_review(user, viewer)
        if form is not None and viewer is not None and any(s.mine for s in listed)
        else None,
    }


def _form_for(conversation: Conversation, reviewer: Person | None, data: Any) -> ReviewForm | None:
    """The review form of `conversation` for `reviewer`, None when it has no scorecard to
    review (or nobody replied, so every behaviour is "not needed")."""
    try:
        engine = reviews.engine_card(conversation)
    except reviews.ReviewError:  # no scorecard, an unreadable one, or nobody replied
        return None
    own = (
        Review.objects.filter(conversation=conversation, reviewer=reviewer).first()
        if reviewer
        else None
    )
    previous = {v.behaviour: v.verdict for v in own.verdicts.all()} if own else None
    return ReviewForm(data, engine=engine, previous=previous, comment=own.comment if own else "")


def _reviewable(request: HttpRequest, pk: int) -> tuple[Conversation, Person]:
    """The conversation and the signed-in reviewer, or Http404 for anyone who may not
    review it (they may not even learn that it exists)."""
    conversation = permissions.conversation_or_404(request.user, pk)
    reviewer = reviews.reviewer_for(request.user, conversation)
    if reviewer is None:
        raise Http404("No such page, or not one you can see.")
    return conversation, reviewer


def _back(conversation: Conversation) -> str:
    return reverse("conversations:detail", args=[conversation.pk]) + "#reviews"


@login_required
@require_http_methods(["GET", "POST"])
def review_conversation(request: HttpRequest, pk: int) -> HttpResponse:
    """GET: the review form on a page of its own. POST: save the review (a second one by
    the same person replaces theirs) and go back to the conversation; a form with a
    problem comes back with each problem named by its field."""
    conversation, reviewer = _reviewable(request, pk)
    form = _form_for(conversation, reviewer, request.POST if request.method == "POST" else None)
    if form is None:
        raise Http404("This conversation has no scorecard to review yet.")
    if request.method == "POST" and form.is_valid():
        try:
            reviews.save_review(
                conversation, reviewer, form.verdicts(), form.cleaned_data["comment"]
            )
        except reviews.ReviewError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        else:
            messages.success(request, "Thank you: your review is saved below.")
            return redirect(_back(conversation))
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "conversations/review.html",
        {"conversation": conversation, "review_form": form},
        status=status,
    )


@login_required
@require_POST
def delete_review(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete the signed-in person's own review of the conversation.

    Its author may always delete it, also once the conversation has left their view (their
    report moved to another team) or they no longer review: it is their own writing. They
    go back to the conversation while they may read it, else (or when they came from it)
    to their list of reviews. Anyone else deletes nothing: someone who may review the
    conversation goes back to it, anyone who may not gets a 404."""
    person = permissions.person_for(request.user)
    own = (
        None
        if person is None
        else Review.objects.filter(conversation_id=pk, reviewer=person)
        .select_related("conversation")
        .first()
    )
    if own is None or person is None:
        conversation, _reviewer = _reviewable(request, pk)
        return redirect(_back(conversation))
    reviews.delete_review(own)
    messages.success(request, "Your review is deleted.")
    if request.POST.get("back") == MINE or not permissions.can_view_conversation(
        request.user, own.conversation
    ):
        return redirect("conversations:my_reviews")
    return redirect(_back(own.conversation))


@login_required
def my_reviews(request: HttpRequest) -> HttpResponse:
    """The signed-in person's own reviews, latest first, 50 a page, each with a button to
    delete it. A conversation they may still read is linked by its subject; of one that
    has left their view the list shows only their own review, nothing of the conversation."""
    person = permissions.person_for(request.user)
    if person is None:
        raise Http404("No such page, or not one you can see.")
    page, problem = page_of(
        Paginator(reviews.reviews_by(person), MY_REVIEWS_PAGE), request.GET.get("page")
    )
    listed = list(page.object_list)
    readable = set(
        permissions.visible_conversations(request.user)
        .filter(pk__in=[r.conversation_id for r in listed])
        .values_list("pk", flat=True)
    )
    # The subject is shown only of a conversation the person may still read.
    rows = [(review, review.conversation_id in readable) for review in listed]
    return render(
        request,
        "conversations/my_reviews.html",
        {"page": page, "rows": rows, "problems": [problem] if problem else [], "back": MINE},
    )
