"""URLs of the service standards page (mounted at /standards/)."""

from django.urls import path

from legendary.conversations import rubric_views

app_name = "standards"
urlpatterns = [
    path("", rubric_views.standards_page, name="page"),
    path("new/", rubric_views.standard_new, name="new"),
    path("weights/", rubric_views.weights_save, name="weights"),
    path("targets/", rubric_views.targets_save, name="targets"),
    path("rescore/", rubric_views.rescore, name="rescore"),
    path("standard/<slug:slug>/", rubric_views.standard_edit, name="edit"),
    path("standard/<slug:slug>/remove/", rubric_views.standard_remove, name="remove"),
]
