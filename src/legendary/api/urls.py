from django.urls import path

from legendary.api.main import api

urlpatterns = [path("", api.urls)]
