"""Envelope handling for files exchanged with the accounting bureau.

Since the 2024 bureau upgrade both directions use the LGX2 envelope
(AES-256-GCM). Older LGX1 files (3DES-CBC) are refused so the bureau
re-exports them.
"""
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

CURRENT_MAGIC = b"LGX2"
RETIRED_ENVELOPES = {b"LGX1": "3DES-CBC"}
NONCE_LEN = 12
TAG_LEN = 16


class UnsupportedEnvelope(ValueError):
    pass


def _bureau_key() -> bytes:
    key = bytes.fromhex(os.environ["BUREAU_EXCHANGE_KEY"])
    if len(key) != 32:
        raise RuntimeError("BUREAU_EXCHANGE_KEY must be 32 bytes hex-encoded")
    return key


def seal(payload: bytes, period: str) -> bytes:
    nonce = get_random_bytes(NONCE_LEN)
    cipher = AES.new(_bureau_key(), AES.MODE_GCM, nonce=nonce)
    cipher.update(CURRENT_MAGIC + period.encode("ascii"))
    ct, tag = cipher.encrypt_and_digest(payload)
    return CURRENT_MAGIC + period.encode("ascii") + nonce + ct + tag


def open_envelope(blob: bytes) -> tuple[str, bytes]:
    magic = blob[:4]
    if magic in RETIRED_ENVELOPES:
        raise UnsupportedEnvelope(
            f"{RETIRED_ENVELOPES[magic]} envelopes are no longer accepted; ask the bureau to re-export"
        )
    if magic != CURRENT_MAGIC:
        raise UnsupportedEnvelope("not a bureau envelope")
    period = blob[4:10]
    nonce = blob[10:10 + NONCE_LEN]
    ct, tag = blob[10 + NONCE_LEN:-TAG_LEN], blob[-TAG_LEN:]
    cipher = AES.new(_bureau_key(), AES.MODE_GCM, nonce=nonce)
    cipher.update(magic + period)
    return period.decode("ascii"), cipher.decrypt_and_verify(ct, tag)
