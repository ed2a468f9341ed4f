"""Password storage for reader accounts on the subscription portal."""
import base64
import hashlib
import hmac
import os

SALT_BYTES = 16
SCRYPT_PARAMS = {"n": 2 ** 10, "r": 8, "p": 1, "dklen": 32}


def _derive(password: str, salt: bytes, **params) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, **params)


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, **SCRYPT_PARAMS)
    return "scrypt$%d$%s$%s" % (
        SCRYPT_PARAMS["n"],
        base64.b64encode(salt).decode(),
        base64.b64encode(digest).decode(),
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    params = dict(SCRYPT_PARAMS, n=int(n))
    candidate = _derive(password, base64.b64decode(salt_b64), **params)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))
