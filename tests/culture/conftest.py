"""Culture tests use the web personas."""

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
