from django.urls import path

from legendary.conversations import views

app_name = "conversations"
urlpatterns = [
    path("", views.conversation_list, name="list"),
    path("export.csv", views.conversation_export, name="export"),
    path("<int:pk>/", views.conversation_detail, name="detail"),
]
