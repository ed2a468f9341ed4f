"""Password hashing for guardian accounts on the booking portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**17
    r: int = 8
    p: int = 1
    salt_len: int = 16
    dklen: int = 32

    @property
    def maxmem(self) -> int:
        return 256 * self.r * self.n


class GuardianPasswordHasher:
    """Encodes hashes as `scrypt$n$r$p$salt$hash` so parameters can be raised later."""

    def __init__(self, params: ScryptParams | None = None) -> None:
        self.params = params or ScryptParams()

    def _kdf(self, password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
        return hashlib.scrypt(
            password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
            maxmem=256 * r * n, dklen=self.params.dklen,
        )

    def hash(self, password: str) -> str:
        prm = self.params
        salt = os.urandom(prm.salt_len)
        dk = self._kdf(password, salt, prm.n, prm.r, prm.p)
        b64 = lambda b: base64.b64encode(b).decode()
        return f"scrypt${prm.n}${prm.r}${prm.p}${b64(salt)}${b64(dk)}"

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, n, r, p, salt_b64, dk_b64 = encoded.split("$")
        except ValueError:
            return False
        if scheme != "scrypt":
            return False
        dk = self._kdf(password, base64.b64decode(salt_b64), int(n), int(r), int(p))
        return hmac.compare_digest(dk, base64.b64decode(dk_b64))

    def needs_rehash(self, encoded: str) -> bool:
        parts = encoded.split("$")
        return len(parts) != 6 or int(parts[1]) < self.params.n
