"""The demo password: accepted in demo mode from this machine, refused everywhere else."""

from __future__ import annotations

import pytest
from django.contrib.auth import authenticate
from django.test import RequestFactory

from legendary.demo.organisation import DEMO_PASSWORD
from legendary.people.services import create_organisation, create_person

pytestmark = pytest.mark.django_db

REAL_PASSWORD = "a-long-and-private-passphrase"


@pytest.fixture
def accounts() -> None:
    shop = create_organisation("Harbour & Pine", "harbour-and-pine")
    create_person(
        shop, "Jordan Demo", with_login=True, username="frontline", password=DEMO_PASSWORD
    )
    create_person(shop, "Rae Real", with_login=True, username="rae", password=REAL_PASSWORD)


def request_from(address: str):
    return RequestFactory().post("/login/", REMOTE_ADDR=address)


@pytest.mark.parametrize("address", ["127.0.0.1", "::1"])
def test_demo_mode_on_this_machine_accepts_the_demo_password(accounts, settings, address):
    settings.DEMO_MODE = True

    user = authenticate(request_from(address), username="frontline", password=DEMO_PASSWORD)

    assert user is not None
    assert user.get_username() == "frontline"


def test_demo_mode_refuses_the_demo_password_from_the_network(accounts, settings):
    settings.DEMO_MODE = True

    assert (
        authenticate(request_from("192.168.1.20"), username="frontline", password=DEMO_PASSWORD)
        is None
    )


def test_outside_demo_mode_the_demo_password_opens_nothing(accounts, settings):
    settings.DEMO_MODE = False

    assert (
        authenticate(request_from("127.0.0.1"), username="frontline", password=DEMO_PASSWORD)
        is None
    )


def test_real_passwords_work_with_or_without_demo_mode(accounts, settings):
    for demo_mode in (False, True):
        settings.DEMO_MODE = demo_mode
        user = authenticate(request_from("10.0.0.7"), username="rae", password=REAL_PASSWORD)
        assert user is not None


def test_a_wrong_password_is_still_wrong(accounts, settings):
    settings.DEMO_MODE = True

    assert authenticate(request_from("127.0.0.1"), username="rae", password=DEMO_PASSWORD) is None


def test_the_async_login_path_keeps_the_same_rule(accounts, settings):
    from asgiref.sync import async_to_sync
    from django.contrib.auth import aauthenticate

    settings.DEMO_MODE = False
    login = async_to_sync(aauthenticate)

    assert login(request_from("127.0.0.1"), username="frontline", password=DEMO_PASSWORD) is None
    assert login(request_from("127.0.0.1"), username="rae", password=REAL_PASSWORD) is not None
