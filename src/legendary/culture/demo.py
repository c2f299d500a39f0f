"""Demo culture data for Harbour & Pine: the service vision (two versions), personal visions
for some people, goals on the measures the surveys produce, and action plans, one of them
already checked in. Runs after `legendary.assessments.demo.populate`, whose campaigns give
the goals and plans their real before and after values, and after
`legendary.conversations.demo.populate`, whose stored scorecards measure the CARE goals.
"""

from __future__ import annotations

import datetime
import random

from django.utils import timezone

from legendary.assessments.icare import Element
from legendary.conversations.care_summary import COACHING_MINIMUM, care_summary
from legendary.culture import services
from legendary.culture.library import actions_for
from legendary.culture.models import ActionPlan, GapSource, Goal, MetricKind, PlanStatus
from legendary.people.models import Organisation, Person, Role, Team
from legendary.people.selectors import nested_team_ids

# The demo's CARE goals and plan started this long ago: late enough that the four weeks
# before have scored conversations (the demo's span 90 days) for their baselines.
CARE_GOAL_AGE = datetime.timedelta(days=56)
CARE_TEAM = "Chat & E-mail"

FIRST_VISION = (
    "Every customer leaves Harbour & Pine with what they came for and a reason to come back.",
    [("Friendly", "We greet everyone as a guest."), ("Reliable", "We do what we say.")],
)
VISION = (
    "We make every customer feel at home with us: known, looked after and glad they came, "
    "whether they walk into a store, write to us or call.",
    [
        (
            "Welcome everyone",
            "Greet people warmly and by name when you know it, in person and in writing.",
        ),
        (
            "Own it",
            "Say “I will make sure…” and then make sure, even when it is another team's part.",
        ),
        ("Listen first", "Understand what the customer needs before offering what we have."),
        ("Do one better", "Look for one small extra that makes the answer better than asked."),
        (
            "Look after each other",
            "Treat a colleague's request like a customer's: promptly and kindly.",
        ),
    ],
)
# Strengths, ways of working and hopes people might really write.
STRENGTHS = (
    "Patient",
    "Curious",
    "Calm under pressure",
    "Careful with detail",
    "Cheerful",
    "Honest",
    "Practical",
    "Warm",
    "Organised",
    "Attentive",
)
WAYS = (
    "I explain things without jargon",
    "I follow up without being asked",
    "I remember the little details people tell me",
    "I keep people updated while they wait",
    "I stay with a problem until it is solved",
    "I make people laugh when things go wrong",
    "I ask what else I can help with",
)
HOPES = (
    "leave feeling lighter than when they arrived",
    "feel that someone was truly on their side",
    "trust that we will look after them next time too",
    "go home with exactly what they needed and a story to tell",
    "feel understood, not processed",
)


def populate(organisation: Organisation, rng: random.Random, today: datetime.date) -> None:
    """Store the demo vision, personal visions, goals and action plans."""
    leader = (
        Person.objects.filter(organisation=organisation, role=Role.LEADER).order_by("id").first()
    )
    services.publish_service_vision(
        organisation,
        statement=FIRST_VISION[0],
        values=FIRST_VISION[1],
        by=leader,
        now=timezone.now() - datetime.timedelta(days=400),
    )
    services.publish_service_vision(
        organisation,
        statement=VISION[0],
        values=VISION[1],
        by=leader,
        now=timezone.now() - datetime.timedelta(days=210),
    )
    _personal_visions(organisation, rng)
    _goals(organisation, leader, today)
    _care_goals(organisation, today)
    _care_plan(organisation, today)
    _plans(organisation, leader, today)


def _personal_visions(organisation: Organisation, rng: random.Random) -> None:
    people = list(
        Person.objects.filter(organisation=organisation, active=True).exclude(
            user__username="frontline"
        )
    )
    for person in rng.sample(people, k=min(len(people), 14)):
        strengths = rng.sample(STRENGTHS, k=rng.randint(4, 6))
        ways = rng.sample(WAYS, k=rng.randint(3, 5))
        services.save_strengths(person, strengths, strengths[:2])
        services.save_ways(person, ways, ways[:2])
        vision = services.save_hope(person, rng.choice(HOPES))
        services.save_statement(person, services.draft_statement(vision))


def _goals(organisation: Organisation, leader: Person | None, today: datetime.date) -> None:
    # Set soon after last spring's survey, whose results are the goals' starting point.
    start = today - datetime.timedelta(days=200)
    for element, target in ((Element.EMPOWERMENT, 65.0), (Element.CULTURE, 72.0)):
        services.create_goal(
            organisation,
            title=f"Lift {element.label} across the company",
            metric=MetricKind.ICARE_ELEMENT,
            metric_key=element.value,
            target=target,
            due_on=today + datetime.timedelta(days=150),
            owner=leader,
            today=start,
        )
    returns = Team.objects.filter(organisation=organisation, name="Returns & Repairs").first()
    if returns is not None:
        services.create_goal(
            organisation,
            title="Make Returns & Repairs a team others recommend",
            metric=MetricKind.INTERNAL_NPS,
            metric_key=str(returns.pk),
            target=20.0,
            due_on=today + datetime.timedelta(days=120),
            owner=returns.members.filter(role=Role.MANAGER).first() or leader,
            team=returns,
            today=today,
        )


def _care_goals(organisation: Organisation, today: datetime.date) -> None:
    """CARE goals measured from the demo's stored scorecards: a team goal on a behaviour and
    a frontline person's own goal on a quality. Targets sit above each goal's real baseline."""
    start = today - CARE_GOAL_AGE
    team = Team.objects.filter(organisation=organisation, name=CARE_TEAM).first()
    if team is not None:
        goal = services.create_goal(
            organisation,
            title="Acknowledge how customers feel before fixing the problem",
            metric=MetricKind.CARE_BEHAVIOUR,
            metric_key="acknowledges_feelings",
            target=80.0,
            due_on=today + datetime.timedelta(days=60),
            owner=team.members.filter(role=Role.MANAGER).first(),
            team=team,
            today=start,
        )
        _raise_target(goal, by=15.0)
    frontline = Person.objects.filter(organisation=organisation, user__username="frontline").first()
    if frontline is not None:
        goal = services.create_goal(
            organisation,
            title="Make every customer feel listened to",
            metric=MetricKind.CARE_QUALITY,
            metric_key="attentive",
            target=80.0,
            due_on=today + datetime.timedelta(days=90),
            owner=frontline.manager,
            person=frontline,
            today=start,
        )
        _raise_target(goal, by=10.0)


def _raise_target(goal: Goal, *, by: float) -> None:
    """Aim a demo goal a stretch above where its scope really started (at most 95)."""
    if goal.baseline is not None:
        goal.target = float(min(95, round(goal.baseline + by)))
        goal.save(update_fields=["target"])


def _care_plan(organisation: Organisation, today: datetime.date) -> None:
    """A plan on the team's least-shown behaviour when it started, checked in today: both
    values measured from the team's stored scorecards."""
    team = Team.objects.filter(organisation=organisation, name=CARE_TEAM).first()
    owner = team.members.filter(role=Role.MANAGER).first() if team else None
    if team is None or owner is None:
        return
    started = today - CARE_GOAL_AGE
    opened = organisation.conversations.filter(
        opened_at__lt=timezone.make_aware(datetime.datetime.combine(started, datetime.time()))
    )
    summary = care_summary(opened, Person.objects.filter(team__in=nested_team_ids(team)))
    # The least-shown habit among those the team does show: a behaviour never detected at
    # all says more about the detector or the demo texts than about the team.
    shown = [
        rate
        for rate in (summary.behaviours if summary else [])
        if not rate.breaker and rate.present and rate.applicable >= COACHING_MINIMUM
    ]
    weakest = min(shown, key=lambda rate: rate.rate or 0.0, default=None)
    if weakest is None:
        return
    plan = services.create_action_plan(
        organisation,
        title=f"Lift “{weakest.label}” in {team.name}",
        source=GapSource.CARE_BEHAVIOUR,
        source_key=weakest.behaviour,
        source_note=f"The behaviour {team.name} showed least often in its scored conversations",
        owner=owner,
        team=team,
        due_on=started + datetime.timedelta(days=42),
        check_in_on=started + datetime.timedelta(days=56),
        metric=MetricKind.CARE_BEHAVIOUR,
        metric_key=weakest.behaviour,
        steps=[
            "Pick two real conversations a week where it was missed and talk them through",
            "Pair each person with a colleague who does it naturally for one shift",
            "Share one good example in the Monday huddle",
        ],
        today=started,
    )
    for step in plan.steps.all():
        step.done = True
        step.save(update_fields=["done"])
    services.set_plan_status(plan, PlanStatus.DONE)
    services.check_in(plan, today=today)
    ActionPlan.objects.filter(pk=plan.pk).update(
        created_at=timezone.make_aware(datetime.datetime.combine(started, datetime.time(9)))
    )


def _plans(organisation: Organisation, leader: Person | None, today: datetime.date) -> None:
    if leader is None:
        return
    # Started after last spring's survey showed the empowerment gap, checked in after autumn's.
    started = today - datetime.timedelta(days=215)
    idea = actions_for(Element.EMPOWERMENT)[0]
    done = services.create_action_plan(
        organisation,
        title=idea.title,
        source=GapSource.LEVEL_GAP,
        source_key=Element.EMPOWERMENT.value,
        source_note="Leaders rated Empowerment far above the frontline",
        owner=leader,
        due_on=started + datetime.timedelta(days=120),
        check_in_on=started + datetime.timedelta(days=150),
        metric=MetricKind.ICARE_ELEMENT,
        metric_key=Element.EMPOWERMENT.value,
        steps=idea.steps,
        today=started,
        suggested_action=idea.id,
    )
    for step in done.steps.all():
        step.done = True
        step.save(update_fields=["done"])
    services.set_plan_status(done, PlanStatus.DONE)
    services.check_in(done, today=today)
    ActionPlan.objects.filter(pk=done.pk).update(
        created_at=timezone.make_aware(datetime.datetime.combine(started, datetime.time(10)))
    )
    culture_idea = actions_for(Element.CULTURE)[1]
    managers = list(Person.objects.filter(organisation=organisation, role=Role.MANAGER)[:2])
    owner = managers[0] if managers else leader
    plan = services.create_action_plan(
        organisation,
        title=culture_idea.title,
        source=GapSource.ICARE_ELEMENT,
        source_key=Element.CULTURE.value,
        owner=owner,
        team=owner.team,
        due_on=today + datetime.timedelta(days=45),
        check_in_on=today + datetime.timedelta(days=100),
        metric=MetricKind.ICARE_ELEMENT,
        metric_key=Element.CULTURE.value,
        steps=culture_idea.steps,
        today=today,
        suggested_action=culture_idea.id,
    )
    services.toggle_step(plan.steps.first())  # type: ignore[arg-type]
    returns = Team.objects.filter(organisation=organisation, name="Returns & Repairs").first()
    if returns is not None:
        services.create_action_plan(
            organisation,
            title="Answer other teams' questions within a day",
            source=GapSource.INTERNAL_SERVICE,
            source_key=str(returns.pk),
            source_note="Lowest internal NPS in the service matrix",
            owner=returns.members.filter(role=Role.MANAGER).first() or leader,
            team=returns,
            due_on=today + datetime.timedelta(days=30),
            check_in_on=today + datetime.timedelta(days=90),
            metric=MetricKind.INTERNAL_NPS,
            metric_key=str(returns.pk),
            steps=[
                "Agree a one-day reply time for questions from other teams",
                "Name a contact for urgent cases each day",
                "Publish the refund rules on the intranet",
            ],
            today=today,
        )
