"""The demo password opens doors only in demo mode, and only for someone at this machine.

`legendary demo` prints one shared password for its demo accounts. Printed passwords leak,
so this backend refuses that password everywhere else: when the site is not in demo mode
(LEGENDARY_DEMO unset, as under `legendary serve`), and when the request does not come from
127.0.0.1 / ::1 (someone on the network reaching a demo that was exposed by mistake). Every
other password goes through Django's ordinary model backend unchanged.
"""

from __future__ import annotations

from typing import Any

from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import User
from django.http import HttpRequest

from legendary.demo.organisation import DEMO_PASSWORD

LOOPBACK_ADDRESSES = frozenset({"127.0.0.1", "::1"})


def demo_password_allowed(request: HttpRequest | None) -> bool:
    """True when the demo password may be used: demo mode, and a request from this machine."""
    if not getattr(settings, "DEMO_MODE", False) or request is None:
        return False
    return request.META.get("REMOTE_ADDR", "") in LOOPBACK_ADDRESSES


class DemoAwareModelBackend(ModelBackend):
    """Django's ModelBackend, except that the demo password only works where it is meant to."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> User | None:
        if password == DEMO_PASSWORD and not demo_password_allowed(request):
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)

    async def aauthenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> User | None:
        # ModelBackend's own async path would skip the rule above; route it through it.
        check = sync_to_async(self.authenticate)
        return await check(request, username=username, password=password, **kwargs)
