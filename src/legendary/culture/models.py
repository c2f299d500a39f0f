"""Service vision and values, personal service visions, goals and action plans."""

from __future__ import annotations

from django.db import models

from legendary.people.models import Organisation, Person, Team
from legendary.web.rounding import shown_difference


class ServiceVision(models.Model):
    """One published version of the organisation's service vision and values.

    Versions are never edited: publishing a change adds a new row, so earlier surveys and
    plans can always be read against the vision that was current at the time.
    """

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="service_visions"
    )
    version = models.PositiveIntegerField()
    statement = models.TextField()
    # [{"name": "Own it", "description": "..."}, ...]
    values = models.JSONField(default=list, blank=True)
    published_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField()

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "version"], name="one_vision_per_version"
            )
        ]

    def __str__(self) -> str:
        return self.statement


class PersonalVision(models.Model):
    """A person's own service vision, built in four guided steps."""

    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="personal_vision")
    strengths = models.JSONField(default=list, blank=True)
    top_strengths = models.JSONField(default=list, blank=True)
    ways_of_working = models.JSONField(default=list, blank=True)
    top_ways = models.JSONField(default=list, blank=True)
    hope = models.TextField(blank=True)
    statement = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.statement or f"{self.person}'s vision (in progress)"

    @property
    def complete(self) -> bool:
        return bool(self.statement.strip())


class MetricKind(models.TextChoices):
    """The measures a goal or an action plan can track."""

    ICARE_ELEMENT = "icare_element", "ICARE element score (0-100)"
    INTERNAL_NPS = "internal_nps", "Internal NPS of a team (-100 to 100)"
    MANAGER_PULSE = "manager_pulse", "Manager pulse score (0-100)"
    CARE_QUALITY = "care_quality", "CARE quality score (0-100)"
    CARE_BEHAVIOUR = "care_behaviour", "CARE behaviour rate (% of conversations)"


class Goal(models.Model):
    """A target on one metric by a date, for the organisation, a team or a person."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="goals")
    title = models.CharField(max_length=200)
    metric = models.CharField(max_length=20, choices=MetricKind.choices)
    # Which element / quality / behaviour / team the metric is about, e.g. "empowerment".
    metric_key = models.CharField(max_length=80)
    team = models.ForeignKey(Team, null=True, blank=True, on_delete=models.CASCADE)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="goals"
    )
    owner = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="owned_goals"
    )
    baseline = models.FloatField(null=True, blank=True)
    target = models.FloatField()
    start_on = models.DateField()
    due_on = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_on", "title"]

    def __str__(self) -> str:
        return self.title


class GoalMeasurement(models.Model):
    """The metric's value on one day; the progress chart is drawn from these."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="measurements")
    measured_on = models.DateField()
    value = models.FloatField()
    source = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["measured_on"]
        constraints = [
            models.UniqueConstraint(fields=["goal", "measured_on"], name="one_measure_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.measured_on}: {self.value}"


class GapSource(models.TextChoices):
    """What kind of result an action plan answers."""

    ICARE_ELEMENT = "icare_element", "An ICARE element"
    LEVEL_GAP = "level_gap", "A gap between levels"
    CARE_BEHAVIOUR = "care_behaviour", "A CARE behaviour"
    INTERNAL_SERVICE = "internal_service", "An internal service result"


class PlanStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    IN_PROGRESS = "in_progress", "In progress"
    DONE = "done", "Done"
    DROPPED = "dropped", "Dropped"


class ActionPlan(models.Model):
    """What someone will do about a gap, by when, and whether the metric moved."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="action_plans"
    )
    title = models.CharField(max_length=200)
    source = models.CharField(max_length=20, choices=GapSource.choices)
    source_key = models.CharField(max_length=80)
    source_note = models.CharField(max_length=300, blank=True)
    suggested_action = models.CharField(max_length=60, blank=True)
    owner = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="action_plans")
    team = models.ForeignKey(Team, null=True, blank=True, on_delete=models.SET_NULL)
    due_on = models.DateField()
    status = models.CharField(max_length=20, choices=PlanStatus.choices, default=PlanStatus.PLANNED)
    metric = models.CharField(max_length=20, choices=MetricKind.choices)
    metric_key = models.CharField(max_length=80)
    metric_before = models.FloatField(null=True, blank=True)
    check_in_on = models.DateField()
    metric_after = models.FloatField(null=True, blank=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_on", "title"]

    def __str__(self) -> str:
        return self.title

    @property
    def change(self) -> int | None:
        """After minus before, between the whole numbers the pages show for them, so that
        "21" and "28" read "+7" (not "+6", the rounded change of 21.4 and 27.5)."""
        return shown_difference(self.metric_after, self.metric_before)


class ActionStep(models.Model):
    plan = models.ForeignKey(ActionPlan, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField()
    text = models.CharField(max_length=300)
    done = models.BooleanField(default=False)

    class Meta:
        ordering = ["plan", "position"]

    def __str__(self) -> str:
        return self.text
