from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "legendary.people"
    label = "people"
    verbose_name = "People"

    def ready(self) -> None:
        from legendary.people import permissions
        from legendary.web import nav

        nav.register("Home", "home", 0, lambda _request: True)
        # A frontline person's people list would hold only themselves: not worth a tab.
        nav.register(
            "People",
            "person_list",
            30,
            lambda r: permissions.sees_whole_organisation(r.user) or permissions.is_manager(r.user),
        )
        nav.register("Teams", "team_list", 40, lambda r: permissions.person_for(r.user) is not None)
        nav.register(
            "Organisation",
            "organisation_settings",
            90,
            lambda r: permissions.can_manage_people(r.user),
        )
