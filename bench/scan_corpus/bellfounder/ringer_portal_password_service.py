"""Async password hashing for the ringers' portal (FastAPI backend)."""

import asyncio
import base64
import hashlib
import hmac
import secrets

from bellfounder.config import load_config

_CONFIG = load_config()
KDF_SETTINGS = {
    "hash_name": _CONFIG.get("kdf_hash", "sha256"),
    "iterations": int(_CONFIG.get("kdf_iterations", 650_000)),
    "salt_len": 16,
}


def _kdf(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(
        KDF_SETTINGS["hash_name"], password.encode("utf-8"), salt, KDF_SETTINGS["iterations"]
    )


def _encode(salt: bytes, derived: bytes) -> str:
    return "$".join(
        [
            "pbkdf2",
            KDF_SETTINGS["hash_name"],
            str(KDF_SETTINGS["iterations"]),
            base64.b64encode(salt).decode(),
            base64.b64encode(derived).decode(),
        ]
    )


async def hash_password(password: str) -> str:
    salt = secrets.token_bytes(KDF_SETTINGS["salt_len"])
    derived = await asyncio.to_thread(_kdf, password, salt)
    return _encode(salt, derived)


async def verify_password(password: str, encoded: str) -> bool:
    scheme, hash_name, iterations, salt_b64, derived_b64 = encoded.split("$")
    if scheme != "pbkdf2":
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(derived_b64)
    derived = await asyncio.to_thread(
        hashlib.pbkdf2_hmac, hash_name, password.encode("utf-8"), salt, int(iterations)
    )
    return hmac.compare_digest(derived, expected)


def needs_rehash(encoded: str) -> bool:
    _, hash_name, iterations, _, _ = encoded.split("$")
    return hash_name != KDF_SETTINGS["hash_name"] or int(iterations) < KDF_SETTINGS["iterations"]
