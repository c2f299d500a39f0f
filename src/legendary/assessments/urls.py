from django.urls import path

from legendary.assessments import internal_views, views

app_name = "assessments"
urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.new_campaign, name="new"),
    path("<int:pk>/", views.campaign_detail, name="campaign"),
    path("<int:pk>/rate/", views.response_rate, name="rate"),
    path("<int:pk>/launch/", views.launch, name="launch"),
    path("<int:pk>/remind/", views.remind, name="remind"),
    path("<int:pk>/results/", views.results, name="results"),
    path("<int:pk>/report/", views.report, name="report"),
    path("<int:pk>/internal/", internal_views.internal, name="internal"),
    path("internal/", internal_views.internal_latest, name="internal_latest"),
    path("<int:pk>/codes/", views.print_codes, name="print_codes"),
    path("answer/<str:token>/", views.answer, name="answer"),
    path("code/", views.answer_with_code, name="code"),
    path("quiz/<slug:slug>/", views.quiz, name="quiz"),
]
