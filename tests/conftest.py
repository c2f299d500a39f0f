"""Shared test set-up. Web personas live in tests/web/conftest.py.

Under CI (`CI=true`) nothing may silently skip: a PostgreSQL test without a database or a
browser test without Chromium is a broken CI machine, not an optional extra, so every skip is
reported as a failure there. Locally the same tests skip with a reason, so a developer without
PostgreSQL or Chromium can still run the suite.
"""

from __future__ import annotations

from collections.abc import Generator

import pytest
from django.conf import settings
from pytest_django.fixtures import Settings as SettingsFixture

from legendary.lib.env import env_bool


def running_in_ci() -> bool:
    """True when the suite runs in CI, where skipped tests count as failures."""
    return env_bool("CI", False)


def using_postgres() -> bool:
    """True when the test database is PostgreSQL (DATABASE_URL points at one)."""
    return bool(settings.DATABASES["default"]["ENGINE"].endswith("postgresql"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip `postgres`-marked tests unless the database really is PostgreSQL."""
    if using_postgres():
        return
    reason = "needs PostgreSQL: set DATABASE_URL=postgres://... (see .ci/run)"
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Under CI, turn every skip into a failure that keeps the skip's reason."""
    report = yield
    if report.skipped and running_in_ci() and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, which allows no skips: {reason}"
    return report


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: SettingsFixture) -> None:
    """Hash test passwords with a fast hasher: the real one is slow on purpose (~0.5 s each)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
