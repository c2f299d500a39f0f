"""The URL root: each app owns its own urls module."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("legendary.people.urls")),
    path("conversations/", include("legendary.conversations.urls")),
    path("assessments/", include("legendary.assessments.urls")),
    path("culture/", include("legendary.culture.urls")),
    path("standards/", include("legendary.conversations.rubric_urls")),
    path("import/", include("legendary.conversations.import_urls")),
    path("api/", include("legendary.api.urls")),
    path("account/api-tokens/", include("legendary.api.token_urls")),
    path("admin/", admin.site.urls),
]
