"""Email reset codes for pupil, parent and tutor accounts."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg

RESET_CODE_DIGITS = 8
RESET_TTL = timedelta(minutes=20)
MAX_TRIES = 5


@dataclass
class ResetRequest:
    account_id: int
    code: str
    expires_at: datetime


def _code_fingerprint(code: str) -> str:
    return hashlib.sha256(code.encode("ascii")).hexdigest()


class PasswordResetCodes:
    def __init__(self, conn: psycopg.Connection):
        self._conn = conn

    @staticmethod
    def new_code() -> str:
        return f"{secrets.randbelow(10 ** RESET_CODE_DIGITS):0{RESET_CODE_DIGITS}d}"

    def start(self, account_id: int) -> ResetRequest:
        code = self.new_code()
        expires = datetime.now(timezone.utc) + RESET_TTL
        with self._conn.transaction():
            self._conn.execute(
                "DELETE FROM password_resets WHERE account_id = %s", (account_id,)
            )
            self._conn.execute(
                "INSERT INTO password_resets (account_id, code_sha256, expires_at, tries) "
                "VALUES (%s, %s, %s, 0)",
                (account_id, _code_fingerprint(code), expires),
            )
        return ResetRequest(account_id, code, expires)

    def confirm(self, account_id: int, submitted: str) -> bool:
        with self._conn.transaction():
            row = self._conn.execute(
                "UPDATE password_resets SET tries = tries + 1 "
                "WHERE account_id = %s AND expires_at > now() "
                "RETURNING code_sha256, tries",
                (account_id,),
            ).fetchone()
            if row is None or row[1] > MAX_TRIES:
                return False
            ok = hmac.compare_digest(row[0], _code_fingerprint(submitted.strip()))
            if ok:
                self._conn.execute(
                    "DELETE FROM password_resets WHERE account_id = %s", (account_id,)
                )
            return ok
