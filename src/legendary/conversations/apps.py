from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "legendary.conversations"
    label = "conversations"
    verbose_name = "Conversations"

    def ready(self) -> None:
        from legendary.conversations.agreement_views import can_view_agreement
        from legendary.people.permissions import (
            can_import_conversations,
            can_view_rubric,
            person_for,
        )
        from legendary.web import nav

        nav.register(
            "Conversations", "conversations:list", 20, lambda r: person_for(r.user) is not None
        )
        nav.register("Standards", "standards:page", 70, lambda r: can_view_rubric(r.user))
        # Under /conversations/, but its own entry: the pattern keeps "Conversations" unlit.
        nav.register(
            "Engine agreement",
            "conversations:agreement",
            72,
            lambda r: can_view_agreement(r.user),
            matches=r"^/conversations/agreement/",
        )
        nav.register("Import", "imports:page", 75, lambda r: can_import_conversations(r.user))
