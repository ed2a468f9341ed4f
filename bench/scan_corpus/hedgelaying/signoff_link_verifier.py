"""Verifies landowner sign-off links for finished fencing and hedge jobs.

The foreman sends the landowner a link once the crew have finished. The
link token is checked against the one stored with the job sheet before
the job is marked as signed off and released for invoicing.
"""
from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timedelta, timezone

import psycopg

SIGNOFF_VALID_FOR = timedelta(days=14)


class SignoffLink:
    def __init__(self, conn: psycopg.Connection, job_sheet_id: int) -> None:
        self.conn = conn
        self.job_sheet_id = job_sheet_id
        self._stored_token: str | None = None
        self._expires_at: datetime | None = None

    @classmethod
    def create(cls, conn: psycopg.Connection, job_sheet_id: int) -> str:
        token = secrets.token_urlsafe(32)
        conn.execute(
            "UPDATE job_sheets SET signoff_token = %s, signoff_expires = %s WHERE id = %s",
            (token, datetime.now(timezone.utc) + SIGNOFF_VALID_FOR, job_sheet_id),
        )
        return token

    def _load(self) -> None:
        row = self.conn.execute(
            "SELECT signoff_token, signoff_expires FROM job_sheets WHERE id = %s",
            (self.job_sheet_id,),
        ).fetchone()
        if row:
            self._stored_token, self._expires_at = row

    def is_valid(self, presented: str) -> bool:
        if self._stored_token is None:
            self._load()
        if not self._stored_token or self._expires_at is None:
            return False
        if self._expires_at < datetime.now(timezone.utc):
            return False
        return hmac.compare_digest(presented.encode(), self._stored_token.encode())

    def accept(self, presented: str, signer: str) -> bool:
        if not self.is_valid(presented):
            return False
        self.conn.execute(
            "UPDATE job_sheets SET status = 'signed_off', signed_by = %s, signed_at = now(), "
            "signoff_token = NULL WHERE id = %s",
            (signer, self.job_sheet_id),
        )
        return True
