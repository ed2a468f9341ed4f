"""Credential storage for the vet practice portal.

Practice staff log in to record visits, treatments and withholding periods.
Parameters are kept on a settings object so they can be raised over time;
``needs_rehash`` lets login upgrade old hashes in place.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Pbkdf2Settings:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_len: int = 16


DEFAULTS = Pbkdf2Settings()


class VetPortalCredentials:
    def __init__(self, settings: Pbkdf2Settings = DEFAULTS):
        self.settings = settings

    def _derive(self, password: str, salt: bytes, iterations: int, digest: str) -> bytes:
        return hashlib.pbkdf2_hmac(digest, password.encode("utf-8"), salt, iterations)

    def hash(self, password: str) -> str:
        s = self.settings
        salt = secrets.token_bytes(s.salt_len)
        dk = self._derive(password, salt, s.iterations, s.digest)
        return "$".join(
            [
                f"pbkdf2-{s.digest}",
                str(s.iterations),
                base64.urlsafe_b64encode(salt).decode(),
                base64.urlsafe_b64encode(dk).decode(),
            ]
        )

    def verify(self, password: str, stored: str) -> bool:
        try:
            scheme, iterations, salt_b64, dk_b64 = stored.split("$")
        except ValueError:
            return False
        digest = scheme.removeprefix("pbkdf2-")
        candidate = self._derive(
            password, base64.urlsafe_b64decode(salt_b64), int(iterations), digest
        )
        return hmac.compare_digest(candidate, base64.urlsafe_b64decode(dk_b64))

    def needs_rehash(self, stored: str) -> bool:
        scheme, iterations, _salt, _dk = stored.split("$")
        return (
            scheme != f"pbkdf2-{self.settings.digest}"
            or int(iterations) < self.settings.iterations
        )


def login(conn, creds: VetPortalCredentials, username: str, password: str) -> int | None:
    row = conn.execute(
        "SELECT id, password_hash FROM vet_users WHERE username = %s AND active",
        (username,),
    ).fetchone()
    if row is None or not creds.verify(password, row[1]):
        return None
    if creds.needs_rehash(row[1]):
        conn.execute(
            "UPDATE vet_users SET password_hash = %s WHERE id = %s",
            (creds.hash(password), row[0]),
        )
    return row[0]
