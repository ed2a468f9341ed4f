"""One-time codes for resetting a client portal password.

A six-digit code is sent by SMS to the phone number taken at the client's
consultation. Codes expire quickly and lock after a few wrong guesses.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class ResetPolicy:
    digits: int = 6
    ttl: timedelta = timedelta(minutes=10)
    max_attempts: int = 5


class ResetCodes:
    def __init__(self, engine: Engine, pepper: bytes, policy: ResetPolicy = ResetPolicy()) -> None:
        self._engine = engine
        self._pepper = pepper
        self._policy = policy

    def _generate(self) -> str:
        return str(secrets.randbelow(10 ** self._policy.digits)).zfill(self._policy.digits)

    def _mac(self, client_id: int, code: str) -> str:
        msg = f"{client_id}:{code}".encode("ascii")
        return hmac.new(self._pepper, msg, hashlib.sha256).hexdigest()

    def issue(self, client_id: int) -> str:
        code = self._generate()
        with self._engine.begin() as conn:
            conn.execute(text("DELETE FROM reset_codes WHERE client_id = :c"), {"c": client_id})
            conn.execute(
                text(
                    "INSERT INTO reset_codes (client_id, code_mac, expires_at, attempts) "
                    "VALUES (:c, :m, :e, 0)"
                ),
                {
                    "c": client_id,
                    "m": self._mac(client_id, code),
                    "e": datetime.now(timezone.utc) + self._policy.ttl,
                },
            )
        return code

    def check(self, client_id: int, code: str) -> bool:
        with self._engine.begin() as conn:
            row = conn.execute(
                text("SELECT code_mac, expires_at, attempts FROM reset_codes WHERE client_id = :c"),
                {"c": client_id},
            ).first()
            if row is None or row.attempts >= self._policy.max_attempts:
                return False
            if row.expires_at < datetime.now(timezone.utc):
                return False
            if hmac.compare_digest(row.code_mac, self._mac(client_id, code.strip())):
                conn.execute(text("DELETE FROM reset_codes WHERE client_id = :c"), {"c": client_id})
                return True
            conn.execute(
                text("UPDATE reset_codes SET attempts = attempts + 1 WHERE client_id = :c"),
                {"c": client_id},
            )
        return False
