"""People tests may use the web personas (`world`) where a page is involved."""

from web.conftest import fast_passwords, world  # noqa: F401  (fixtures are found by name)
