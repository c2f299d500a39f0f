"""Home, sign-in, invitations, people and teams. Names are global: settings refer to them."""

from django.contrib.auth import views as auth_views
from django.urls import path

from legendary.people import manage_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("welcome/<uidb64>/<token>/", views.SetPasswordView.as_view(), name="set_password"),
    path("people/", views.person_list, name="person_list"),
    path("people/invite/", manage_views.person_invite, name="person_invite"),
    path("people/import/", manage_views.people_import, name="people_import"),
    path(
        "people/invite/email/",
        manage_views.person_invite_email_check,
        name="person_invite_email_check",
    ),
    path("people/<int:pk>/", views.person_detail, name="person_detail"),
    path("people/<int:pk>/edit/", manage_views.person_edit, name="person_edit"),
    path(
        "people/<int:pk>/invitation/",
        manage_views.person_resend_invitation,
        name="person_resend_invitation",
    ),
    path(
        "people/<int:pk>/password-link/",
        manage_views.person_password_link,
        name="person_password_link",
    ),
    path("organisation/", manage_views.organisation_settings, name="organisation_settings"),
    path("teams/", views.team_list, name="team_list"),
    path("teams/new/", manage_views.team_create, name="team_create"),
    path("teams/<int:pk>/", views.team_detail, name="team_detail"),
    path("teams/<int:pk>/edit/", manage_views.team_edit, name="team_edit"),
    path("teams/<int:pk>/delete/", manage_views.team_delete, name="team_delete"),
]
