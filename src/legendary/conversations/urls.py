from django.urls import path

from legendary.conversations import agreement_views, review_views, views

app_name = "conversations"
urlpatterns = [
    path("", views.conversation_list, name="list"),
    path("export.csv", views.conversation_export, name="export"),
    path("agreement/", agreement_views.agreement_page, name="agreement"),
    path("reviews/mine/", review_views.my_reviews, name="my_reviews"),
    path("<int:pk>/", views.conversation_detail, name="detail"),
    path("<int:pk>/review/", review_views.review_conversation, name="review"),
    path("<int:pk>/review/delete/", review_views.delete_review, name="review_delete"),
]
