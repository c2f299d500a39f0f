"""`legendary token create / list / revoke`: an administrator on the server hands a script a
token; only the token goes to stdout, it works on the API, and it can be listed and revoked."""

from __future__ import annotations

import pytest
from click.testing import CliRunner, Result
from django.test import Client

from legendary.api.models import ApiToken
from legendary.cli import main
from legendary.people.models import Person, Role
from legendary.people.services import create_organisation, create_person

pytestmark = pytest.mark.django_db


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def reporting_user() -> str:
    """A QA analyst's account, the kind a nightly BI export runs as."""
    shop = create_organisation("Garden Gate", "garden-gate")
    create_person(shop, "Bea Reports", role=Role.ANALYST, with_login=True, username="bea")
    return "bea"


def test_create_prints_only_a_working_token_on_stdout(reporting_user: str) -> None:
    result = run("token", "create", "--user", reporting_user, "--name", "BI export", "--days", "30")
    assert result.exit_code == 0, result.output
    secret = result.stdout.strip()
    assert secret.startswith("lgd_")
    assert "\n" not in secret
    assert "BI export" in result.stderr
    answer = Client(headers={"Authorization": f"Bearer {secret}"}).get("/api/me")
    assert answer.json()["name"] == "Bea Reports"


def test_create_refuses_an_unknown_user_or_a_lifetime_over_the_maximum(
    reporting_user: str,
) -> None:
    unknown = run("token", "create", "--user", "nobody", "--name", "x")
    assert unknown.exit_code == 2
    assert "no account 'nobody'" in unknown.stderr
    forever = run("token", "create", "--user", reporting_user, "--name", "x", "--days", "0")
    assert forever.exit_code == 2
    assert "1 to 365 days" in forever.stderr
    assert not ApiToken.objects.exists()


def test_list_shows_prefixes_and_revoke_stops_the_token(reporting_user: str) -> None:
    secret = run("token", "create", "--user", reporting_user, "--name", "BI export").stdout.strip()
    listed = run("token", "list")
    assert secret[:12] + "…" in listed.stdout
    assert secret not in listed.stdout
    assert "active" in listed.stdout
    revoked = run("token", "revoke", secret[:12] + "…")
    assert revoked.exit_code == 0, revoked.output
    assert Client(headers={"Authorization": f"Bearer {secret}"}).get("/api/me").status_code == 401
    assert "revoked" in run("token", "list", "--user", reporting_user).stdout
    assert run("token", "revoke", "lgd_notthere").exit_code == 2


def test_create_refuses_a_person_switched_off_while_their_account_is_still_on(
    reporting_user: str,
) -> None:
    # An admin may deactivate the person record alone (the people page does); the API then
    # refuses their tokens, so the command must not print one that is dead on arrival.
    Person.objects.filter(user__username=reporting_user).update(active=False)
    refused = run("token", "create", "--user", reporting_user, "--name", "BI export")
    assert refused.exit_code == 2
    assert "deactivated" in refused.stderr
    assert not ApiToken.objects.exists()
