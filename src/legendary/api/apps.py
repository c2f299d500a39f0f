from django.apps import AppConfig


class ApiConfig(AppConfig):
    """The REST API, as an app because it stores people's personal API tokens."""

    name = "legendary.api"
    label = "api"
    verbose_name = "API"

    def ready(self) -> None:
        # Connects the receivers (a deactivation revokes the person's tokens).
        from legendary.api import signals  # noqa: F401
