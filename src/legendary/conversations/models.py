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
    conversations_skipped = models.PositiveIntegerField(default=0)
    unknown_agents = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.conversations_added} added)"


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
