"""Password reset codes for the patient portal.

A six-digit code is texted to the phone number on file. The code is stored
only as a keyed digest and expires after ten minutes or five wrong tries.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg

from portal.sms import send_sms

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


@dataclass
class ResetChallenge:
    account_id: int
    code_digest: str
    expires_at: datetime
    attempts: int = 0


class ResetCodeService:
    def __init__(self, conninfo: str, digest_key: bytes | None = None) -> None:
        self._conninfo = conninfo
        self._key = digest_key or os.environ["RESET_CODE_DIGEST_KEY"].encode()

    @staticmethod
    def _new_code() -> str:
        return f"{random.randint(0, 999_999):06d}"

    def _digest(self, code: str) -> str:
        return hmac.new(self._key, code.encode(), hashlib.sha256).hexdigest()

    def start(self, account_id: int, phone: str) -> None:
        code = self._new_code()
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO reset_challenges (account_id, code_digest, expires_at, attempts) "
                "VALUES (%s, %s, %s, 0) "
                "ON CONFLICT (account_id) DO UPDATE SET code_digest = EXCLUDED.code_digest, "
                "expires_at = EXCLUDED.expires_at, attempts = 0",
                (account_id, self._digest(code), datetime.now(timezone.utc) + CODE_TTL),
            )
        send_sms(phone, f"Your clinic portal reset code is {code}. It expires in 10 minutes.")

    def confirm(self, account_id: int, code: str) -> bool:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT code_digest, expires_at, attempts FROM reset_challenges "
                "WHERE account_id = %s FOR UPDATE",
                (account_id,),
            ).fetchone()
            if row is None:
                return False
            challenge = ResetChallenge(account_id, row[0], row[1], row[2])
            if challenge.attempts >= MAX_ATTEMPTS or challenge.expires_at < datetime.now(timezone.utc):
                return False
            if hmac.compare_digest(self._digest(code), challenge.code_digest):
                conn.execute("DELETE FROM reset_challenges WHERE account_id = %s", (account_id,))
                return True
            conn.execute(
                "UPDATE reset_challenges SET attempts = attempts + 1 WHERE account_id = %s",
                (account_id,),
            )
            return False
