"""Password storage for co-op member accounts on the billing portal."""
import base64
import hashlib
import hmac
import os

# Tuned for the 512 MB instances the portal runs on; bumping n means
# existing hashes get upgraded on next login via needs_rehash().
_SCRYPT = {"n": 2**11, "r": 8, "p": 1}
_SALT_BYTES = 16
_KEY_LEN = 32


def _derive(password: str, salt: bytes, params: dict) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=_KEY_LEN, **params)


def hash_password(password: str) -> str:
    salt = os.urandom(_SALT_BYTES)
    key = _derive(password, salt, _SCRYPT)
    p = _SCRYPT
    return "scrypt${}${}${}${}${}".format(
        p["n"], p["r"], p["p"],
        base64.b64encode(salt).decode(),
        base64.b64encode(key).decode(),
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt_b64, key_b64 = stored.split("$")
    except ValueError:
        return False
    params = {"n": int(n), "r": int(r), "p": int(p)}
    candidate = _derive(password, base64.b64decode(salt_b64), params)
    return hmac.compare_digest(candidate, base64.b64decode(key_b64))


def needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 6 or int(parts[1]) < _SCRYPT["n"]
