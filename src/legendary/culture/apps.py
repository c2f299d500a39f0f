from django.apps import AppConfig


class CultureConfig(AppConfig):
    name = "legendary.culture"
    label = "culture"
    verbose_name = "Culture"

    def ready(self) -> None:
        from legendary.web import nav

        nav.register("Vision & goals", "culture:index", order=60)
