"""The API tests use the same personas as the page tests."""

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
