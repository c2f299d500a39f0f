from django.urls import path

from legendary.culture import plan_views, views

app_name = "culture"
urlpatterns = [
    path("", views.index, name="index"),
    path("vision/", views.service_vision_edit, name="vision"),
    path("me/vision/", views.my_vision, name="my_vision"),
    path("me/vision/<slug:step>/", views.my_vision, name="my_vision_step"),
    path("team/visions/", views.team_visions, name="team_visions"),
    path("goals/", plan_views.goals, name="goals"),
    path("goals/new/", plan_views.goal_new, name="goal_new"),
    path("goals/<int:pk>/", plan_views.goal_detail, name="goal"),
    path("goals/<int:pk>/measure/", plan_views.goal_measure, name="goal_measure"),
    path("plans/", plan_views.plans, name="plans"),
    path("plans/new/", plan_views.plan_new, name="plan_new"),
    path("plans/<int:pk>/", plan_views.plan_detail, name="plan"),
    path("plans/<int:pk>/update/", plan_views.plan_update, name="plan_update"),
    path("actions/", plan_views.library, name="library"),
]
