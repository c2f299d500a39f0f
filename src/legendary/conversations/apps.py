from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "legendary.conversations"
    label = "conversations"
    verbose_name = "Conversations"
