"""Demo culture surveys for Harbour & Pine: two past ICARE campaigns, one open, and the
internal-customer pulse and matrix, with answers that behave like a real organisation's.

Leaders rate the culture more warmly than managers, and managers more warmly than the
frontline; Empowerment is the frontline's sore point; teams differ (Returns & Repairs is
stretched, Chat & E-mail is thriving); the second campaign is a little better than the
first. Some teams answer too little to be shown, so the anonymity rules have work to do.
"""

from __future__ import annotations

import datetime
import random

from django.utils import timezone

from legendary.assessments.icare import Element
from legendary.assessments.itembank import load_item_bank
from legendary.assessments.models import Campaign, CampaignKind
from legendary.assessments.services import (
    Submission,
    TeamRatingInput,
    create_campaign,
    launch_campaign,
    record_anonymous_response,
)
from legendary.demo.organisation import DEMO_LOGINS
from legendary.people.models import Level, Organisation, Person, Team

# Mean agreement (1-5) before any team or campaign effect.
LEVEL_BASE = {Level.FRONTLINE: 3.25, Level.MANAGER: 3.7, Level.LEADER: 4.2}
ELEMENT_SHIFT = {
    Level.FRONTLINE: {
        Element.IDEAL: 0.25,
        Element.CULTURE: 0.0,
        Element.ATTENTIVENESS: 0.1,
        Element.RESPONSIVENESS: 0.05,
        Element.EMPOWERMENT: -0.55,
    },
    Level.MANAGER: {
        Element.IDEAL: 0.1,
        Element.CULTURE: 0.15,
        Element.ATTENTIVENESS: -0.1,
        Element.RESPONSIVENESS: 0.1,
        Element.EMPOWERMENT: -0.15,
    },
    Level.LEADER: {
        Element.IDEAL: 0.1,
        Element.CULTURE: 0.35,
        Element.ATTENTIVENESS: -0.05,
        Element.RESPONSIVENESS: 0.0,
        Element.EMPOWERMENT: 0.2,
    },
}
TEAM_SHIFT = {
    "Chat & E-mail": 0.3,
    "Phone & Social": -0.05,
    "Harbour Street store": 0.15,
    "Riverside store": -0.1,
    "Online Orders": 0.0,
    "Returns & Repairs": -0.45,
}
# Harbour & Pine has 40 people and three senior leaders: like a real organisation of that
# size it runs its surveys at the smallest thresholds allowed.
DEMO_MIN_SCORES = 3
DEMO_MIN_COMMENTS = 6
# Teams that answered poorly in a campaign (their results end up hidden).
LOW_RESPONSE = {"spring": {"Online Orders": 0.3}, "autumn": {"Returns & Repairs": 0.35}}
# The second campaign follows a year of work on culture and empowerment.
IMPROVEMENT = {Element.CULTURE: 0.15, Element.EMPOWERMENT: 0.25, Element.RESPONSIVENESS: 0.1}

COMMENTS: dict[Element, tuple[str, ...]] = {
    Element.IDEAL: (
        "When we have time to finish a conversation properly, customers notice and thank us.",
        "The furniture delivery slots are where we most often let people down.",
        "A customer cried with relief when we found her grandmother's order. "
        "We should learn from days like that.",
        "We are good with regulars, less good with people who only shop once a year.",
        "Our best moments come when someone has time to walk a customer to the right shelf.",
        "Customers love the repair service but hate how long the quote takes.",
    ),
    Element.CULTURE: (
        "I hear the vision at the big meetings but rarely in my own team's week.",
        "Other teams answer our questions slowly, as if we were not customers too.",
        "My manager asks what I need and then actually comes back with an answer.",
        "New starters pick up our values from watching colleagues, not from the handbook.",
        "We celebrate sales loudly and kind service quietly; it should be the other way round.",
        "The values are on the wall in the break room; "
        "I would like to see them in the rota decisions.",
    ),
    Element.ATTENTIVENESS: (
        "I cannot see a customer's earlier chats when they phone us, so they repeat everything.",
        "Customers tell us a lot about delivery problems; "
        "I am not sure it reaches anyone who can change it.",
        "We should look at the furniture customers separately, "
        "their needs are nothing like the candle buyers'.",
        "Review summaries come to managers but not to us on the floor.",
        "Nobody asks the delivery drivers what customers say at the door, and they hear a lot.",
        "We treat business customers like walk-in shoppers, and they need different things.",
    ),
    Element.RESPONSIVENESS: (
        "Refunds wait three days for approval and customers call us every one of those days.",
        "When a complaint goes public the reply comes too late and sounds like a lawyer wrote it.",
        "Handing over to Returns feels like dropping the customer into a hole.",
        "We promise a reply within a day and mostly keep it, which customers appreciate.",
        "Angry customers on social media wait longest, which is exactly backwards.",
        "I like that we can send a small thank-you gift after a bad experience; it works.",
    ),
    Element.EMPOWERMENT: (
        "I would love to be able to waive a delivery fee without asking a manager.",
        "Nobody has told me what I am allowed to decide on my own.",
        "My manager backed me when I replaced a broken lamp without a receipt. That meant a lot.",
        "We are told to own problems but we need three signatures to refund a candle.",
        "Training stops after the first month; after that we learn from each other.",
        "After a difficult call there is no moment to breathe before the next one.",
    ),
}
PULSE_COMMENTS = (
    "Protect our one-to-ones; they keep getting cancelled.",
    "Keep asking what gets in our way, it makes a difference.",
    "Tell us earlier about changes to policy so we are not surprised in front of customers.",
    "Back us when we make a call for a customer.",
    "Share the good feedback too, not only the complaints.",
)
MATRIX_SUGGESTIONS = (
    "Answer our internal tickets within a day so we can keep our promise to the customer.",
    "Tell us when stock will arrive instead of leaving us to guess.",
    "Give us a named contact for urgent cases.",
    "Write down the refund rules so we can explain them to customers correctly.",
    "Let us know when you have called the customer back, so we do not call twice.",
    "Keep the order notes up to date; we read them to the customer.",
    "Join our Monday huddle once a month so we hear about changes first.",
    "Reply on the shared channel rather than by private message, so the whole shift sees it.",
    "Explain why a request was refused; a bare 'no' leaves us nothing to tell the customer.",
    "Warn us before a promotion starts so we are not surprised by the questions.",
    "Pick up the internal line during the lunchtime rush, that is when we need you most.",
    "Thank you for the quick help last month; more of that, please.",
)
# Which teams each team relies on, by name.
DEPENDS_ON = {
    "Chat & E-mail": ("Online Orders", "Returns & Repairs"),
    "Phone & Social": ("Online Orders", "Returns & Repairs", "Chat & E-mail"),
    "Harbour Street store": ("Online Orders", "Returns & Repairs"),
    "Riverside store": ("Returns & Repairs", "Online Orders"),
    "Online Orders": ("Chat & E-mail", "Phone & Social"),
    "Returns & Repairs": ("Online Orders", "Chat & E-mail", "Riverside store"),
    "Leadership team": ("Chat & E-mail", "Online Orders"),
}
MATRIX_MEAN = {
    "Online Orders": 7.0,
    "Returns & Repairs": 5.2,
    "Chat & E-mail": 8.2,
    "Phone & Social": 7.4,
    "Riverside store": 7.6,
}


def populate(organisation: Organisation, rng: random.Random, today: datetime.date) -> None:
    """Store the demo campaigns and their anonymous answers for `organisation`."""
    spring = _icare(
        organisation, "Culture check, last spring", today - datetime.timedelta(days=230)
    )
    autumn = _icare(organisation, "Culture check, autumn", today - datetime.timedelta(days=48))
    _answer_icare(spring, rng, rates=LOW_RESPONSE["spring"], default_rate=0.8, improved=False)
    _answer_icare(autumn, rng, rates=LOW_RESPONSE["autumn"], default_rate=0.9, improved=True)
    _pulse(organisation, rng, today)
    _matrix(organisation, rng, today)
    # An open campaign, so the live response rate and personal links have something to show.
    opens_on = today - datetime.timedelta(days=5)
    current = _launched(organisation, CampaignKind.ICARE, "Culture check, winter", opens_on, 14)
    invitations = list(current.invitations.select_related("person", "person__team", "person__user"))
    for invitation in invitations:
        # The demo logins keep their invitation open, so visitors can try the questionnaire.
        user = invitation.person.user
        if (user is not None and user.username in DEMO_LOGINS) or rng.random() > 0.42:
            continue
        record_anonymous_response(
            current,
            invitation.person,
            _icare_submission(current, invitation.person, rng, True),
            invitation,
        )


def _at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))


def _launched(
    organisation: Organisation, kind: str, title: str, opens_on: datetime.date, days: int
) -> Campaign:
    """A campaign launched on its opening day, open for `days` days."""
    campaign = create_campaign(
        organisation,
        kind=kind,
        title=title,
        opens_on=opens_on,
        closes_on=opens_on + datetime.timedelta(days=days),
        min_group_scores=DEMO_MIN_SCORES,
        min_group_comments=DEMO_MIN_COMMENTS,
    )
    launch_campaign(campaign, now=_at(opens_on), send_email=False)
    return campaign


def _icare(organisation: Organisation, title: str, closes_on: datetime.date) -> Campaign:
    opens_on = closes_on - datetime.timedelta(days=14)
    return _launched(organisation, CampaignKind.ICARE, title, opens_on, 14)


def _pop(pool: list[str], rng: random.Random) -> str:
    return pool.pop(rng.randrange(len(pool))) if pool else ""


def _likert(mean: float, rng: random.Random) -> int | None:
    if rng.random() < 0.05:
        return None  # don't know
    return max(1, min(5, round(rng.gauss(mean, 0.75))))


def _icare_submission(
    campaign: Campaign,
    person: Person,
    rng: random.Random,
    improved: bool,
    unused_comments: dict[Element, list[str]] | None = None,
) -> Submission:
    bank = load_item_bank(campaign.item_bank_version)
    level = Level(person.level)
    team_shift = TEAM_SHIFT.get(person.team.name, 0.0) if person.team else 0.0
    personal = rng.gauss(0, 0.3)
    submission = Submission()
    for statement in bank.for_perspective(level):
        mean = LEVEL_BASE[level] + ELEMENT_SHIFT[level][statement.element] + personal
        # Leaders are far from the teams' daily reality; team effects reach them less.
        mean += team_shift * (0.4 if level == Level.LEADER else 1.0)
        if improved:
            mean += IMPROVEMENT.get(statement.element, 0.0)
        submission.answers[statement.id] = _likert(mean, rng)
    if rng.random() < 0.55 and unused_comments is not None:
        for question in rng.sample(list(bank.open_questions), k=rng.choice([1, 1, 2])):
            # Each comment is written once per campaign: real people do not echo each other.
            text = _pop(unused_comments.get(question.element, []), rng)
            if text:
                submission.open_answers[question.id] = text
    return submission


def _answer_icare(
    campaign: Campaign,
    rng: random.Random,
    *,
    rates: dict[str, float],
    default_rate: float,
    improved: bool,
) -> None:
    unused = {element: list(texts) for element, texts in COMMENTS.items()}
    for invitation in campaign.invitations.select_related("person", "person__team"):
        person = invitation.person
        # Senior leaders sponsor the survey and always answer it.
        rate = 1.0 if person.level == Level.LEADER else default_rate
        rate = rates.get(person.team.name, rate) if person.team else rate
        if rng.random() < rate:
            submission = _icare_submission(campaign, person, rng, improved, unused)
            record_anonymous_response(campaign, invitation.person, submission, invitation)


def _pulse(organisation: Organisation, rng: random.Random, today: datetime.date) -> None:
    opens_on = today - datetime.timedelta(days=40)
    title = "How well does my manager serve me?"
    campaign = _launched(organisation, CampaignKind.MANAGER_PULSE, title, opens_on, 10)
    bank = load_item_bank(campaign.item_bank_version)
    manager_warmth: dict[int, float] = {}
    for invitation in campaign.invitations.select_related("person", "person__manager"):
        if rng.random() > 0.9:
            continue
        manager_id = invitation.person.manager_id or 0
        warmth = manager_warmth.setdefault(manager_id, rng.uniform(3.0, 4.4))
        submission = Submission(
            answers={s.id: _likert(warmth + rng.gauss(0, 0.2), rng) for s in bank.pulse_statements}
        )
        if rng.random() < 0.4:
            submission.open_answers[bank.pulse_open_questions[0].id] = rng.choice(PULSE_COMMENTS)
        record_anonymous_response(campaign, invitation.person, submission, invitation)


def _matrix(organisation: Organisation, rng: random.Random, today: datetime.date) -> None:
    opens_on = today - datetime.timedelta(days=36)
    title = "Internal service matrix"
    campaign = _launched(organisation, CampaignKind.TEAM_MATRIX, title, opens_on, 10)
    teams = {t.name: t for t in Team.objects.filter(organisation=organisation)}
    # Each team hears a suggestion once: real colleagues do not write identical sentences.
    unused = {name: list(MATRIX_SUGGESTIONS) for name in teams}
    for invitation in campaign.invitations.select_related("person", "person__team"):
        person = invitation.person
        if person.team is None or rng.random() > 0.85:
            continue
        ratings = []
        for name in DEPENDS_ON.get(person.team.name, ()):
            team = teams.get(name)
            if team is None or team.pk == person.team_id:
                continue
            likelihood = max(0, min(10, round(rng.gauss(MATRIX_MEAN.get(name, 7.0), 1.6))))
            ratings.append(
                TeamRatingInput(
                    rated_team=team,
                    likelihood=likelihood,
                    satisfaction=max(1, min(5, round(likelihood / 2.2 + rng.gauss(0.4, 0.5)))),
                    suggestion=_pop(unused[name], rng) if rng.random() < 0.35 else "",
                )
            )
        if ratings:
            record_anonymous_response(
                campaign, person, Submission(team_ratings=ratings), invitation
            )
