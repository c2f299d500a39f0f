from django.apps import AppConfig


class CultureConfig(AppConfig):
    name = "legendary.culture"
    label = "culture"
    verbose_name = "Culture"
