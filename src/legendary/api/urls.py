from django.http import HttpRequest, JsonResponse
from django.urls import path, re_path, reverse
from django.views.decorators.csrf import csrf_exempt

from legendary.api.main import api


@csrf_exempt  # it changes nothing: a POST to a typo must get this answer, not a CSRF page
def no_such_endpoint(request: HttpRequest) -> JsonResponse:
    """A 404 in JSON for an address under /api/ that is no endpoint (a typo such as
    /api/scorecard): Django's HTML "Not Found" page broke a client's JSON parsing and
    did not say where the list of endpoints is."""
    docs = request.build_absolute_uri(reverse("api:openapi-view"))
    detail = f"There is no API endpoint at {request.path}; the endpoints are listed at {docs}."
    return JsonResponse({"detail": detail}, status=404)


# Last, so it only answers what no endpoint matched.
urlpatterns = [path("", api.urls), re_path(r"^.*$", no_such_endpoint)]
