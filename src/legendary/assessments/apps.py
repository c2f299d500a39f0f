from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "legendary.assessments"
    label = "assessments"
    verbose_name = "Assessments"
