"""The CARE engine is plain Python: importing every module of it never imports Django."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# Walks the package so that modules added later are covered without touching this test.
IMPORT_EVERYTHING = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    import legendary.care
    names = [m.name for m in pkgutil.walk_packages(legendary.care.__path__, "legendary.care.")]
    for name in names:
        importlib.import_module(name)
    leaked = sorted(m for m in sys.modules if m == "django" or m.startswith("django."))
    assert not leaked, f"legendary.care imported Django: {leaked[:5]}"
    print(len(names))
    """
)


def test_importing_every_care_module_leaves_django_unimported() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # the walk really found the package's modules (formats, redact, model, ...)
    assert int(result.stdout.strip()) >= 10
