"""Culture tests use the web personas."""

import pytest
from django.core.cache import cache

from web.conftest import (  # noqa: F401  (fixtures are found by name)
    admin,
    analyst,
    colleague,
    fast_passwords,
    frontline,
    indirect_report,
    leader,
    manager,
    outsider,
    world,
)


@pytest.fixture(autouse=True)
def fresh_cache() -> None:
    """Survey tables are cached per campaign; each test starts from an empty cache."""
    cache.clear()
