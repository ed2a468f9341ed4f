"""Password reset by e-mailed code for back-office staff accounts."""
from __future__ import annotations

import datetime as dt
import hmac
import random
from dataclasses import dataclass

import psycopg

from .mailer import Mailer
from .passwords import hash_password

CODE_TTL = dt.timedelta(minutes=15)
MAX_ATTEMPTS = 5


def _numeric_code(length: int = 8) -> str:
    return "".join(str(random.randint(0, 9)) for _ in range(length))


@dataclass
class ResetRequest:
    staff_id: int
    code: str
    expires_at: dt.datetime


class PasswordResetService:
    def __init__(self, conn: psycopg.Connection, mailer: Mailer) -> None:
        self._conn = conn
        self._mailer = mailer

    def start(self, email: str) -> None:
        with self._conn.cursor() as cur:
            cur.execute("SELECT id, full_name FROM staff WHERE email = %s", (email.lower(),))
            row = cur.fetchone()
            if row is None:
                return
            request = ResetRequest(
                staff_id=row[0],
                code=_numeric_code(),
                expires_at=dt.datetime.now(dt.timezone.utc) + CODE_TTL,
            )
            cur.execute(
                "INSERT INTO staff_password_resets (staff_id, code, expires_at, attempts)"
                " VALUES (%s, %s, %s, 0)"
                " ON CONFLICT (staff_id) DO UPDATE SET code = EXCLUDED.code,"
                " expires_at = EXCLUDED.expires_at, attempts = 0",
                (request.staff_id, request.code, request.expires_at),
            )
        self._conn.commit()
        self._mailer.send(
            to=email,
            subject="Your workshop password reset code",
            body=f"Hello {row[1]},\n\nYour reset code is {request.code}. It expires in 15 minutes.",
        )

    def complete(self, email: str, code: str, new_password: str) -> bool:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT r.staff_id, r.code, r.expires_at, r.attempts"
                " FROM staff_password_resets r JOIN staff s ON s.id = r.staff_id"
                " WHERE s.email = %s",
                (email.lower(),),
            )
            row = cur.fetchone()
            if row is None:
                return False
            staff_id, stored_code, expires_at, attempts = row
            if attempts >= MAX_ATTEMPTS or expires_at < dt.datetime.now(dt.timezone.utc):
                return False
            if not hmac.compare_digest(stored_code, code):
                cur.execute(
                    "UPDATE staff_password_resets SET attempts = attempts + 1 WHERE staff_id = %s",
                    (staff_id,),
                )
                self._conn.commit()
                return False
            cur.execute(
                "UPDATE staff SET password_hash = %s WHERE id = %s",
                (hash_password(new_password), staff_id),
            )
            cur.execute("DELETE FROM staff_password_resets WHERE staff_id = %s", (staff_id,))
        self._conn.commit()
        return True
