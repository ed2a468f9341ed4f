"""Client portal logins.

Homeowners and main contractors log in to follow their job: booked dates,
drying-time estimates for each room, photo reports and invoices.
"""
import logging
from dataclasses import dataclass
from typing import Optional

import bcrypt
import psycopg2
import psycopg2.extras

log = logging.getLogger("portal.auth")


@dataclass
class PortalSettings:
    dsn: str
    bcrypt_rounds: int = 8
    min_password_length: int = 10


class ClientLoginStore:
    def __init__(self, settings: PortalSettings):
        self.settings = settings
        self._conn = psycopg2.connect(settings.dsn)

    def _hash(self, password: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.settings.bcrypt_rounds)
        return bcrypt.hashpw(password.encode("utf-8"), salt)

    def create_login(self, client_id: int, email: str, password: str) -> None:
        if len(password) < self.settings.min_password_length:
            raise ValueError("password too short")
        hashed = self._hash(password).decode("ascii")
        with self._conn, self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO portal_logins (client_id, email, password_hash) "
                "VALUES (%s, %s, %s)",
                (client_id, email.strip().lower(), hashed),
            )
        log.info("portal login created for client %s", client_id)

    def verify(self, email: str, password: str) -> Optional[int]:
        with self._conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(
                "SELECT client_id, password_hash FROM portal_logins WHERE email = %s",
                (email.strip().lower(),),
            )
            row = cur.fetchone()
        if not row:
            return None
        if bcrypt.checkpw(password.encode("utf-8"), row["password_hash"].encode("ascii")):
            return row["client_id"]
        log.info("failed portal login for client %s", row["client_id"])
        return None
