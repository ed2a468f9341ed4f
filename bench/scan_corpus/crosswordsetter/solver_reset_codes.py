"""Password reset codes for solver accounts on the puzzle site.

A solver who forgets their password asks for a short code by e-mail, then
types it into the app together with a new password.
"""
from __future__ import annotations

import hashlib
import hmac
import random
import sqlite3
import string
from datetime import datetime, timedelta, timezone

RESET_TTL = timedelta(minutes=20)
CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8


def _digest(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode("utf-8")).hexdigest()


class ResetCodeService:
    def __init__(self, db_path: str, mailer) -> None:
        self._db_path = db_path
        self._mailer = mailer

    def _conn(self) -> sqlite3.Connection:
        return sqlite3.connect(self._db_path)

    def issue(self, email: str) -> None:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT id FROM solvers WHERE email = ?", (email.lower(),)
            ).fetchone()
            if row is None:
                return
            code = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
            expires = datetime.now(timezone.utc) + RESET_TTL
            conn.execute(
                "INSERT INTO reset_codes (solver_id, code_hash, expires_at, used) "
                "VALUES (?, ?, ?, 0)",
                (row[0], _digest(code), expires.isoformat()),
            )
        self._mailer.send(
            to=email,
            subject="Your Daily Cryptic reset code",
            body=f"Your reset code is {code}. It expires in 20 minutes.",
        )

    def redeem(self, email: str, code: str) -> int | None:
        with self._conn() as conn:
            row = conn.execute(
                "SELECT r.id, r.solver_id, r.code_hash, r.expires_at "
                "FROM reset_codes r JOIN solvers s ON s.id = r.solver_id "
                "WHERE s.email = ? AND r.used = 0 ORDER BY r.id DESC LIMIT 1",
                (email.lower(),),
            ).fetchone()
            if row is None:
                return None
            reset_id, solver_id, stored, expires_at = row
            if datetime.fromisoformat(expires_at) < datetime.now(timezone.utc):
                return None
            if not hmac.compare_digest(stored, _digest(code)):
                return None
            conn.execute("UPDATE reset_codes SET used = 1 WHERE id = ?", (reset_id,))
        return solver_id
