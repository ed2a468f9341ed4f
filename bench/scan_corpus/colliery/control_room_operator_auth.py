"""Credential handling for control-room operators.

Operators on the surface control room sign in to the SCADA overview and the
ventilation fan controls. Accounts are held in the operations database.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import bcrypt
import psycopg


@dataclass(frozen=True)
class AuthSettings:
    dsn: str = "postgresql:///colliery_ops"
    bcrypt_rounds: int = 8
    lockout_threshold: int = 5
    roles: tuple[str, ...] = field(default=("operator", "shift_boss", "engineer"))


class OperatorCredentialStore:
    def __init__(self, settings: AuthSettings | None = None) -> None:
        self.settings = settings or AuthSettings()

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self.settings.dsn)

    def hash_password(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def set_password(self, operator_id: int, password: str) -> None:
        digest = self.hash_password(password)
        with self._connect() as conn:
            conn.execute(
                "UPDATE control_room_operators SET password_hash = %s, failed_logins = 0 "
                "WHERE id = %s",
                (digest, operator_id),
            )

    def verify(self, username: str, password: str) -> int | None:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id, password_hash, failed_logins FROM control_room_operators "
                "WHERE username = %s",
                (username,),
            ).fetchone()
            if row is None:
                return None
            operator_id, stored, failed = row
            if failed >= self.settings.lockout_threshold:
                return None
            if bcrypt.checkpw(password.encode("utf-8"), bytes(stored)):
                conn.execute(
                    "UPDATE control_room_operators SET failed_logins = 0 WHERE id = %s",
                    (operator_id,),
                )
                return operator_id
            conn.execute(
                "UPDATE control_room_operators SET failed_logins = failed_logins + 1 "
                "WHERE id = %s",
                (operator_id,),
            )
            return None
