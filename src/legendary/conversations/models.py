"""Stored customers and conversations. Text is redacted before it reaches these tables."""

from __future__ import annotations

from django.db import models

from legendary.people.models import Organisation, Person


class Channel(models.TextChoices):
    EMAIL = "email", "E-mail"
    CHAT = "chat", "Chat"
    PHONE = "phone", "Phone"
    SOCIAL = "social", "Social"
    IN_PERSON = "in_person", "In person"


class SpeakerRole(models.TextChoices):
    CUSTOMER = "customer", "Customer"
    AGENT = "agent", "Agent"
    BOT = "bot", "Bot"
    SYSTEM = "system", "System"


class Status(models.TextChoices):
    OPEN = "open", "Open"
    PENDING = "pending", "Pending"
    SOLVED = "solved", "Solved"
    CLOSED = "closed", "Closed"


class Customer(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="customers"
    )
    display_name = models.CharField(max_length=200)
    # False when the source gave no name and `display_name` is a label made up from the
    # customer's id or a hash of their address ("Customer 3f9a1c"): scoring must not
    # expect an agent to call them by it.
    named = models.BooleanField(default=True)
    segment = models.CharField(max_length=100, blank=True)
    # Structured preferences: {"contact": "email", "language": "en", "notes": [...]}.
    preferences = models.JSONField(default=dict, blank=True)
    first_contact = models.DateTimeField(null=True, blank=True)
    last_contact = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["display_name"]

    def __str__(self) -> str:
        return self.display_name


class CustomerIdentity(models.Model):
    """A customer's id in one source system (Zendesk requester id, Twitter author id ...)."""

    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="identities")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE)
    source = models.CharField(max_length=40)
    external_id = models.CharField(max_length=200)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "source", "external_id"], name="customer_identity_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.source}:{self.external_id}"


class ImportBatch(models.Model):
    """One run of `legendary import`: what file, what it added, and what it could not match."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE)
    file_name = models.CharField(max_length=500)
    sha256 = models.CharField(max_length=64)
    format = models.CharField(max_length=20)
    created_at = models.DateTimeField(auto_now_add=True)
    conversations_added = models.PositiveIntegerField(default=0)
    # Already stored: the file brought them new messages or a new status.
    conversations_updated = models.PositiveIntegerField(default=0)
    conversations_skipped = models.PositiveIntegerField(default=0)
    unknown_agents = models.JSONField(default=list, blank=True)
    # Who uploaded the file on the import page; empty for `legendary import`, which runs as
    # whoever has the server's shell.
    imported_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.conversations_added} added)"


#: The `source` of the conversations `legendary demo` makes up: no import brought them in.
DEMO_SOURCE = "demo"


class Conversation(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="conversations"
    )
    source = models.CharField(max_length=40)
    external_id = models.CharField(max_length=200)
    channel = models.CharField(max_length=20, choices=Channel.choices, default=Channel.CHAT)
    customer = models.ForeignKey(
        Customer, null=True, blank=True, on_delete=models.SET_NULL, related_name="conversations"
    )
    agents = models.ManyToManyField(Person, blank=True, related_name="conversations")
    subject = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.CLOSED)
    tags = models.JSONField(default=list, blank=True)
    opened_at = models.DateTimeField(null=True, blank=True, db_index=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    import_batch = models.ForeignKey(
        ImportBatch, null=True, blank=True, on_delete=models.SET_NULL, related_name="conversations"
    )

    class Meta:
        ordering = ["-opened_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "source", "external_id"],
                name="conversation_unique_per_source",
            )
        ]

    def __str__(self) -> str:
        return self.subject or f"{self.source}:{self.external_id}"


class Turn(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="turns")
    position = models.PositiveIntegerField()
    speaker_role = models.CharField(max_length=20, choices=SpeakerRole.choices)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="turns"
    )
    speaker_name = models.CharField(max_length=200, blank=True)
    text = models.TextField()
    timestamp = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["conversation", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "position"], name="turn_position_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.speaker_role} #{self.position}"


class RubricVersion(models.Model):
    """A rubric an organisation scored with, stored as the engine's JSON so any stored score
    can be explained later, even after the organisation changes its weights or standards."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="rubric_versions"
    )
    version = models.CharField(max_length=60)
    # `legendary.care.rubric.Rubric.as_dict()`; `Rubric.from_dict` reads it back.
    definition = models.JSONField()
    in_use = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "version"], name="rubric_version_unique"
            )
        ]

    def __str__(self) -> str:
        return self.version


class Outcome(models.TextChoices):
    PRESENT = "present", "Present"
    ABSENT = "absent", "Absent"
    NOT_APPLICABLE = "na", "Not applicable"


class Scorecard(models.Model):
    """The current CARE scorecard of one conversation, exactly as the engine returned it.

    Re-scoring replaces it. The quality fields are copied out of `document` (the engine's
    `Scorecard.as_dict()`, evidence included) so that averages are plain SQL.
    """

    conversation = models.OneToOneField(
        Conversation, on_delete=models.CASCADE, related_name="scorecard"
    )
    rubric = models.ForeignKey(RubricVersion, on_delete=models.PROTECT, related_name="scorecards")
    overall = models.FloatField(null=True, blank=True)
    committed = models.FloatField(null=True, blank=True)
    attentive = models.FloatField(null=True, blank=True)
    responsive = models.FloatField(null=True, blank=True)
    empowered = models.FloatField(null=True, blank=True)
    breakers = models.JSONField(default=list, blank=True)
    flags = models.JSONField(default=list, blank=True)
    sentiment_start = models.CharField(max_length=10, blank=True)
    sentiment_end = models.CharField(max_length=10, blank=True)
    sentiment_change = models.SmallIntegerField(default=0)
    document = models.JSONField()
    scored_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["overall"], name="scorecard_overall")]

    def __str__(self) -> str:
        return f"scorecard of conversation {self.conversation_id}"


class BehaviourOutcome(models.Model):
    """One behaviour's outcome for one agent in one conversation: the compact table behind
    behaviour rates per person, team and organisation. `person` is null when no agent of the
    conversation matched anyone in the organisation."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="behaviour_outcomes"
    )
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="behaviour_outcomes"
    )
    behaviour = models.CharField(max_length=60)
    outcome = models.CharField(max_length=8, choices=Outcome.choices)

    class Meta:
        indexes = [
            models.Index(fields=["person", "behaviour", "outcome"], name="outcome_by_person"),
            models.Index(fields=["behaviour", "outcome"], name="outcome_by_behaviour"),
        ]

    def __str__(self) -> str:
        return f"{self.behaviour}: {self.outcome}"


class ConversationFlag(models.Model):
    """One flag of a conversation's current scorecard (`legendary.care.scoring.ALL_FLAGS`).

    The scorecard keeps its flags as JSON too, but a JSON list cannot be filtered on every
    database (SQLite has no JSON containment): a row per flag lets the conversation list and
    the API filter and count by flag with plain, indexed SQL on SQLite and PostgreSQL alike.
    Scoring writes these rows in the same transaction as the scorecard they come from.
    """

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="flag_rows"
    )
    flag = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["conversation", "flag"], name="conversation_flag_once")
        ]
        indexes = [models.Index(fields=["flag", "conversation"], name="conversation_by_flag")]

    def __str__(self) -> str:
        return self.flag


class Review(models.Model):
    """One person's review of one conversation: their verdict on each behaviour the engine
    judged, the scores those verdicts give, the engine's scores they were set against
    (`engine_*`), and their feedback for the person reviewed.

    The engine's scorecard is left as it is: a review sits beside it. The reviewed scores are
    computed by the library (`legendary.care.scoring.reviewed`) from the scorecard and the
    verdicts, and kept here so that lists and averages are plain SQL. `rubric` is the rubric
    of the scorecard reviewed; re-scoring the conversation later keeps the review and its
    rubric. A second review by the same person replaces their first."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        Person, null=True, on_delete=models.SET_NULL, related_name="reviews_given"
    )
    rubric = models.ForeignKey(RubricVersion, on_delete=models.PROTECT, related_name="+")
    # Feedback for the person reviewed, in the reviewer's own words.
    comment = models.TextField(blank=True)
    overall = models.FloatField(null=True)
    committed = models.FloatField(null=True)
    attentive = models.FloatField(null=True)
    responsive = models.FloatField(null=True)
    empowered = models.FloatField(null=True)
    # The engine's scores of the scorecard reviewed, as they stood when the review was
    # saved: the reviewed-minus-engine gap compares against these, since re-scoring later
    # (a new rubric, new engine rules) changes the conversation's scorecard but not what
    # the reviewer was agreeing or disagreeing with.
    engine_overall = models.FloatField(null=True)
    engine_committed = models.FloatField(null=True)
    engine_attentive = models.FloatField(null=True)
    engine_responsive = models.FloatField(null=True)
    engine_empowered = models.FloatField(null=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "reviewer"], name="review_once_per_reviewer"
            )
        ]
        indexes = [models.Index(fields=["updated_at"], name="review_by_updated")]

    def __str__(self) -> str:
        return f"review of conversation {self.conversation_id} by {self.reviewer_id}"


class ReviewVerdict(models.Model):
    """One behaviour in one review: what the engine said when the review was saved, and what
    the reviewer says. The two differ where the reviewer corrected the engine."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="verdicts")
    behaviour = models.CharField(max_length=60)
    engine = models.CharField(max_length=8, choices=Outcome.choices)
    verdict = models.CharField(max_length=8, choices=Outcome.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["review", "behaviour"], name="review_verdict_once_per_behaviour"
            )
        ]

    def __str__(self) -> str:
        return f"{self.behaviour}: {self.verdict} (engine {self.engine})"


class ErasedCustomer(models.Model):
    """A customer who asked to be forgotten (`legendary forget-customer`, or a deletion in
    Django's admin): what the importer needs to leave their conversations out of a later
    import, and nothing else. `digest` is `legendary.conversations.erasure.identity_digest`
    of one of their ids in a source system: the id itself is never stored. The digest is
    keyed with this installation's `ErasureKey` and slow (scrypt), so that trying every
    candidate id (a helpdesk's short numeric ids) costs days of computing, not seconds.

    Rows written before the key existed (`keyed` false) were a plain SHA-256, which cannot be
    re-keyed without the id: migration 0010 put that digest itself through the keyed scrypt
    (`erasure.legacy_digest`), so a guess costs as much there as at a keyed row, and the
    first import that meets their id again replaces it with the keyed one. A backup taken
    before that migration still holds the plain digests."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    digest = models.CharField(max_length=64)
    keyed = models.BooleanField(default=True)
    erased_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "digest"], name="erased_customer_unique"
            )
        ]

    def __str__(self) -> str:
        return f"erased customer {self.digest[:12]}…"


class ErasureKey(models.Model):
    """This installation's random salt for `ErasedCustomer.digest`, kept in the database
    beside the digests it keys. Not the SECRET_KEY: a digest keyed by a setting that an
    operator may change (as the demo does) would stop matching, and an erased customer's
    conversations would come back with the next import. One row, made by a migration (or on
    first use, for a database built without migrations)."""

    salt = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"erasure key of {self.created_at:%Y-%m-%d}"


class LiftedErasure(models.Model):
    """The audit record of a suppression lifted (`legendary forget-customer --lift`): who
    lifted it, when, why, and since when it had stood. The id is not kept here either."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    lifted_by = models.CharField(max_length=150)
    reason = models.TextField(blank=True)
    erased_at = models.DateTimeField()
    lifted_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"suppression lifted by {self.lifted_by} on {self.lifted_at:%Y-%m-%d}"
