from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "legendary.web"
    label = "web"
    verbose_name = "Legendary web"
