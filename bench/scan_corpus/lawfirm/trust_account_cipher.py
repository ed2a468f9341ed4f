"""Sealing helpers for trust-account (IOLTA) bank details.

Routing and account numbers are sealed before they are written to the
billing database. The matter id is bound in as associated data so a sealed
value cannot be copied onto a different matter record.
"""
import base64
import json
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

KEY_ENV = "TRUST_ACCOUNT_DATA_KEY"
FORMAT_VERSION = 1
NONCE_BYTES = 12


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{KEY_ENV} must decode to 32 bytes")
    return key


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def seal(plaintext: str, *, matter_id: int) -> str:
    cipher = AES.new(_load_key(), AES.MODE_GCM, nonce=get_random_bytes(NONCE_BYTES))
    cipher.update(str(matter_id).encode("ascii"))
    ciphertext, tag = cipher.encrypt_and_digest(plaintext.encode("utf-8"))
    envelope = {
        "v": FORMAT_VERSION,
        "n": _b64(cipher.nonce),
        "c": _b64(ciphertext),
        "t": _b64(tag),
    }
    return base64.urlsafe_b64encode(json.dumps(envelope).encode("utf-8")).decode("ascii")


def unseal(token: str, *, matter_id: int) -> str:
    envelope = json.loads(base64.urlsafe_b64decode(token))
    if envelope.get("v") != FORMAT_VERSION:
        raise ValueError("unsupported envelope version")
    cipher = AES.new(_load_key(), AES.MODE_GCM, nonce=base64.b64decode(envelope["n"]))
    cipher.update(str(matter_id).encode("ascii"))
    plaintext = cipher.decrypt_and_verify(
        base64.b64decode(envelope["c"]), base64.b64decode(envelope["t"])
    )
    return plaintext.decode("utf-8")
