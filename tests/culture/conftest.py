"""Culture tests use the web personas (through the survey tests' conftest) and its factories."""

from assessments.conftest import (  # noqa: F401  (fixtures are found by name)
    admin,
    analyst,
    colleague,
    fast_passwords,
    fresh_cache,
    frontline,
    indirect_report,
    leader,
    manager,
    outsider,
    world,
)
