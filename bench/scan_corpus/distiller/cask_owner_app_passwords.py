"""Password storage for the cask owners' mobile app backend.

The app backend runs separately from the main portal and keeps its own
credential table, hashed with scrypt from the standard library.
"""
import base64
import hashlib
import hmac
import secrets
from typing import NamedTuple


class ScryptParams(NamedTuple):
    n: int = 2 ** 17
    r: int = 8
    p: int = 1
    dklen: int = 64

    @property
    def maxmem(self) -> int:
        return 256 * self.r * self.n


PARAMS = ScryptParams()


def hash_password(password: str, params: ScryptParams = PARAMS) -> str:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(
        password.encode(), salt=salt, n=params.n, r=params.r, p=params.p,
        maxmem=params.maxmem, dklen=params.dklen,
    )
    return "scrypt${}${}${}${}${}".format(
        params.n, params.r, params.p,
        base64.b64encode(salt).decode(), base64.b64encode(key).decode(),
    )


def verify_password(password: str, stored: str) -> bool:
    _, n, r, p, salt_b64, key_b64 = stored.split("$")
    params = ScryptParams(int(n), int(r), int(p))
    candidate = hashlib.scrypt(
        password.encode(), salt=base64.b64decode(salt_b64),
        n=params.n, r=params.r, p=params.p,
        maxmem=params.maxmem, dklen=params.dklen,
    )
    return hmac.compare_digest(candidate, base64.b64decode(key_b64))


def needs_rehash(stored: str) -> bool:
    return int(stored.split("$")[1]) < PARAMS.n
