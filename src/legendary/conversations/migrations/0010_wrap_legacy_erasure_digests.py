# Written by hand on 2026-11-24.

import hashlib
import secrets

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

# Frozen copy of erasure.SCRYPT_COST as it stood when this migration was written.
SCRYPT_COST = {"n": 2**11, "r": 8, "p": 1}


def wrap_plain_digests(apps: StateApps, _schema_editor: BaseDatabaseSchemaEditor) -> None:
    """Rows written before the ErasureKey hold a plain SHA-256 of the organisation, source
    and id: every short numeric id can be tried against them in seconds. The id cannot be
    recovered from a digest, so they cannot be re-keyed; but the digest itself can be put
    through the keyed scrypt, after which each guess costs what it costs at a keyed row."""
    ErasedCustomer = apps.get_model("conversations", "ErasedCustomer")
    rows = list(ErasedCustomer.objects.filter(keyed=False))
    if not rows:
        return
    ErasureKey = apps.get_model("conversations", "ErasureKey")
    key = ErasureKey.objects.order_by("pk").first()
    if key is None:  # as erasure_salt() makes it on first use
        key, _ = ErasureKey.objects.get_or_create(pk=1, defaults={"salt": secrets.token_hex(32)})
    salt = bytes.fromhex(key.salt)
    for row in rows:
        row.digest = hashlib.scrypt(row.digest.encode(), salt=salt, dklen=32, **SCRYPT_COST).hex()
    ErasedCustomer.objects.bulk_update(rows, ["digest"])


class Migration(migrations.Migration):
    dependencies = [
        ("conversations", "0009_review"),
    ]

    # No way back: the old code would compare the wrapped digests with plain SHA-256 ones,
    # match none, and let erased customers' conversations back in with the next import.
    operations = [migrations.RunPython(wrap_plain_digests)]
