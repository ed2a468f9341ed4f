"""Sign-in credentials for landowners who manage permissive-route agreements online."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 64 * 1024 * 1024
KEY_LEN = 32


@dataclass
class StoredCredential:
    salt: bytes
    key: bytes
    n: int = SCRYPT_N

    def serialise(self) -> str:
        return "scrypt${}${}${}".format(
            self.n,
            base64.b64encode(self.salt).decode(),
            base64.b64encode(self.key).decode(),
        )

    @classmethod
    def parse(cls, text: str) -> "StoredCredential":
        scheme, n, salt, key = text.split("$")
        if scheme != "scrypt":
            raise ValueError("unsupported credential scheme")
        return cls(base64.b64decode(salt), base64.b64decode(key), int(n))


def _derive(password: str, salt: bytes, n: int = SCRYPT_N) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=SCRYPT_MAXMEM,
        dklen=KEY_LEN,
    )


def make_credential(password: str) -> str:
    salt = os.urandom(16)
    return StoredCredential(salt, _derive(password, salt)).serialise()


def check_credential(password: str, stored: str) -> tuple[bool, bool]:
    """Return (matches, needs_upgrade) for a landowner's stored credential."""
    cred = StoredCredential.parse(stored)
    candidate = _derive(password, cred.salt, cred.n)
    return hmac.compare_digest(candidate, cred.key), cred.n < SCRYPT_N


def login_landowner(repo, email: str, password: str):
    landowner = repo.by_email(email.strip().lower())
    if landowner is None or not landowner.portal_enabled:
        return None
    ok, upgrade = check_credential(password, landowner.credential)
    if not ok:
        return None
    if upgrade:
        repo.update_credential(landowner.id, make_credential(password))
    return landowner
