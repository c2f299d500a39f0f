"""The API tokens pages, under /account/api-tokens/ (names are global, like people's)."""

from django.urls import path

from legendary.api import views

urlpatterns = [
    path("", views.api_tokens, name="api_tokens"),
    path("all/", views.organisation_api_tokens, name="organisation_api_tokens"),
    path("<int:pk>/revoke/", views.revoke_api_token, name="revoke_api_token"),
]
