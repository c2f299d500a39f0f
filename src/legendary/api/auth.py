"""How a request proves who it is: a personal API token (`Authorization: Bearer lgd_...`)
or the browser's session cookie (with Django's CSRF check on writes)."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer, django_auth

from legendary.api.models import ApiToken
from legendary.api.tokens import TokenRefused, check_token


def tokens_page(request: HttpRequest) -> str:
    """The absolute address of the page where a person creates their API tokens."""
    return request.build_absolute_uri(reverse("api_tokens"))


class TokenAuth(HttpBearer):
    """A personal API token in the Authorization header. The request then acts as the
    token's owner: `request.user` is set to them, so every endpoint applies exactly the
    visibility rules of the web pages. A token that is sent but refused is a 401 that says
    why, never a fall back to the session: a script must learn its token is dead."""

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken:
        try:
            found = check_token(token.strip())
        except TokenRefused as refused:
            fix = (
                f" Create a new token at {tokens_page(request)} and send it as "
                "'Authorization: Bearer <token>'."
                if refused.owner_can_fix
                else " Ask an administrator."
            )
            raise AuthenticationError(message=refused.reason + fix) from refused
        request.user = found.user
        return found


# The token first: a request that carries one is judged by it alone (and needs no CSRF
# token, which only guards the cookie a browser sends by itself).
API_AUTH = [TokenAuth(), django_auth]
