"""CARE behaviour detectors, one module per quality plus breakers.

Importing this package registers every detector (see `base.registry()`).
"""

import importlib

# Each module registers its detectors on import; a module not written yet is simply absent.
for _name in ("committed", "attentive", "responsive", "empowered", "breakers"):
    try:
        importlib.import_module(f"legendary.care.behaviours.{_name}")
    except ModuleNotFoundError as exc:  # pragma: no cover - only while a module is missing
        if exc.name != f"legendary.care.behaviours.{_name}":
            raise
