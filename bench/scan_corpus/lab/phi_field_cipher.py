"""Field-level encryption for donor identifiers stored alongside biobank samples.

Donor IDs have to be searchable (the intake team looks samples up by the
hospital's donor number), so the ciphertext must be stable for a given input.
"""
import base64
import logging
import os
from functools import lru_cache

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

log = logging.getLogger(__name__)

KEY_ENV = "BIOBANK_FIELD_KEY"


@lru_cache(maxsize=1)
def _field_key() -> bytes:
    raw = os.environ.get(KEY_ENV)
    if not raw:
        raise RuntimeError(f"{KEY_ENV} is not configured")
    key = base64.b64decode(raw)
    if len(key) != 32:
        raise RuntimeError(f"{KEY_ENV} must decode to 32 bytes")
    return key


def _cipher():
    return AES.new(_field_key(), AES.MODE_ECB)


def encrypt_donor_id(donor_id: str) -> str:
    normalized = donor_id.strip().upper()
    ct = _cipher().encrypt(pad(normalized.encode("utf-8"), AES.block_size))
    return base64.urlsafe_b64encode(ct).decode("ascii")


def decrypt_donor_id(token: str) -> str:
    ct = base64.urlsafe_b64decode(token.encode("ascii"))
    return unpad(_cipher().decrypt(ct), AES.block_size).decode("utf-8")


def reencrypt_rows(rows, column="donor_id_enc"):
    """Helper used by the intake migration to normalise legacy plaintext values."""
    updated = 0
    for row in rows:
        value = row.get(column)
        if value and not value.endswith("="):
            row[column] = encrypt_donor_id(value)
            updated += 1
    log.info("re-encrypted %d donor identifiers", updated)
    return updated
