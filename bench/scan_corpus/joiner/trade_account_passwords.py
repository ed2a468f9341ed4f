"""Password storage for trade partner logins (builders, architects).

Trade partners sign in to the ordering site to place repeat orders for
sash windows and stair parts. Hashes are scrypt, stored as
"scrypt$n$r$p$salt$hash" so parameters can be raised later.
"""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**15
    r: int = 8
    p: int = 1
    dklen: int = 64

    @property
    def maxmem(self) -> int:
        return 128 * self.n * self.r * 2


CURRENT = ScryptParams()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _derive(password: str, salt: bytes, params: ScryptParams) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        dklen=params.dklen,
        maxmem=params.maxmem,
    )


def hash_password(password: str, params: ScryptParams = CURRENT) -> str:
    salt = secrets.token_bytes(16)
    derived = _derive(password, salt, params)
    return f"scrypt${params.n}${params.r}${params.p}${_b64(salt)}${_b64(derived)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(hash_b64)
    params = ScryptParams(n=int(n), r=int(r), p=int(p), dklen=len(expected))
    derived = _derive(password, base64.b64decode(salt_b64), params)
    return hmac.compare_digest(derived, expected)


def needs_rehash(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) != 6 or int(parts[1]) < CURRENT.n
