from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "legendary.people"
    label = "people"
    verbose_name = "People"
