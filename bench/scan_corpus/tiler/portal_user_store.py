"""Customer portal accounts.

Homeowners get a login after accepting a quote so they can follow progress
photos, approve tile selections and pay stage invoices.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


@dataclass
class PortalUserStore:
    engine: Engine
    settings: HashSettings = field(default_factory=HashSettings)

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.algorithm, password.encode("utf-8"), salt, iterations
        )

    def _encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.settings.salt_bytes)
        key = self._derive(password, salt, self.settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            self.settings.iterations,
            base64.b64encode(salt).decode(),
            base64.b64encode(key).decode(),
        )

    def create(self, email: str, full_name: str, password: str, job_ref: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO portal_users (email, full_name, password, job_ref) "
                    "VALUES (:email, :full_name, :password, :job_ref)"
                ),
                {
                    "email": email.strip().lower(),
                    "full_name": full_name,
                    "password": self._encode(password),
                    "job_ref": job_ref,
                },
            )

    def verify(self, email: str, password: str) -> bool:
        with self.engine.connect() as conn:
            stored = conn.execute(
                text("SELECT password FROM portal_users WHERE email = :email"),
                {"email": email.strip().lower()},
            ).scalar_one_or_none()
        if not stored:
            return False
        _scheme, iterations, salt_b64, key_b64 = stored.split("$")
        candidate = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(key_b64))
