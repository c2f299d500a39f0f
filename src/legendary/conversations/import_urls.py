"""URLs of the import page (mounted at /import/)."""

from django.urls import path

from legendary.conversations import import_views

app_name = "imports"
urlpatterns = [
    path("", import_views.import_page, name="page"),
]
