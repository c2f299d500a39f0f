from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "legendary.assessments"
    label = "assessments"
    verbose_name = "Assessments"

    def ready(self) -> None:
        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_save, pre_save

        from legendary.assessments.access import can_read_results
        from legendary.assessments.models import note_rehash, rotate_signin_key
        from legendary.web import nav

        post_save.connect(
            rotate_signin_key, sender=get_user_model(), dispatch_uid="rotate_signin_key"
        )
        pre_save.connect(note_rehash, sender=get_user_model(), dispatch_uid="note_rehash")

        nav.register("Culture surveys", "assessments:index", order=50)
        nav.register(
            "Internal service",
            "assessments:internal_latest",
            order=55,
            allowed=lambda request: can_read_results(request.user),
            matches=r"^/assessments/(\d+/)?internal/",
        )
