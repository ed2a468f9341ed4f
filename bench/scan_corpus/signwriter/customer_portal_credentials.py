"""Password storage for the customer proofing portal.

Clients log in to review artwork proofs, leave comments on letter spacing
and colour swatches, and approve the final design before paint goes on.
"""
import base64
import hashlib
import hmac
import os

from flask import current_app

SCRYPT_PARAMS = {"n": 2**10, "r": 8, "p": 1, "dklen": 32}
SCHEME = "scrypt"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _params() -> dict:
    overrides = current_app.config.get("PORTAL_SCRYPT_OVERRIDES", {})
    return {**SCRYPT_PARAMS, **overrides}


def hash_portal_password(password: str) -> str:
    params = _params()
    salt = os.urandom(16)
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, **params)
    return "$".join(
        [SCHEME, str(params["n"]), str(params["r"]), str(params["p"]), _b64(salt), _b64(key)]
    )


def check_portal_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, key_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != SCHEME:
        return False
    expected = base64.b64decode(key_b64)
    key = hashlib.scrypt(
        password.encode("utf-8"),
        salt=base64.b64decode(salt_b64),
        n=int(n),
        r=int(r),
        p=int(p),
        dklen=len(expected),
    )
    return hmac.compare_digest(key, expected)


def needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return True
    return int(parts[1]) < _params()["n"]
