"""Client portal accounts: registration and sign-in.

Clients register with the email used at their consultation and can then
see their treatment plan, aftercare notes and deposit receipts.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import bcrypt
import psycopg


@dataclass(frozen=True)
class PortalAuthSettings:
    bcrypt_rounds: int = 12
    min_length: int = 10


SETTINGS = PortalAuthSettings()


class PortalAccounts:
    def __init__(self, conninfo: str, settings: PortalAuthSettings = SETTINGS) -> None:
        self._conninfo = conninfo
        self._settings = settings

    def _hash(self, password: str) -> str:
        encoded = password.encode("utf-8")
        if len(encoded) > 72:
            raise ValueError("password is too long")
        salt = bcrypt.gensalt(rounds=self._settings.bcrypt_rounds)
        return bcrypt.hashpw(encoded, salt).decode("ascii")

    def register(self, client_id: int, email: str, password: str) -> None:
        if len(password) < self._settings.min_length:
            raise ValueError("password too short")
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO portal_accounts (client_id, email, password_hash) VALUES (%s, %s, %s)",
                (client_id, email.strip().lower(), self._hash(password)),
            )

    def sign_in(self, email: str, password: str) -> Optional[int]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT client_id, password_hash FROM portal_accounts WHERE email = %s",
                (email.strip().lower(),),
            ).fetchone()
        if row is None:
            return None
        client_id, stored = row
        if not bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii")):
            return None
        return int(client_id)

    def change_password(self, client_id: int, old: str, new: str) -> bool:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT password_hash FROM portal_accounts WHERE client_id = %s", (client_id,)
            ).fetchone()
            if row is None or not bcrypt.checkpw(old.encode("utf-8"), row[0].encode("ascii")):
                return False
            if len(new) < self._settings.min_length:
                raise ValueError("password too short")
            conn.execute(
                "UPDATE portal_accounts SET password_hash = %s WHERE client_id = %s",
                (self._hash(new), client_id),
            )
        return True
