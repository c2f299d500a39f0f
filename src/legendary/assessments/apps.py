from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "legendary.assessments"
    label = "assessments"
    verbose_name = "Assessments"

    def ready(self) -> None:
        from legendary.assessments.access import can_read_results
        from legendary.web import nav

        nav.register("Culture surveys", "assessments:index", order=50)
        nav.register(
            "Internal service",
            "assessments:internal_latest",
            order=55,
            allowed=lambda request: can_read_results(request.user),
            matches=r"^/assessments/(\d+/)?internal/",
        )
