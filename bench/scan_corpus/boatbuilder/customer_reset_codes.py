"""Emailed reset codes for the customer build portal."""
from __future__ import annotations

import hmac
import secrets
import sqlite3
from datetime import datetime, timedelta, timezone

import requests

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


class ResetCodes:
    def __init__(self, db_path: str, mailer_url: str, mailer_key: str) -> None:
        self.db_path = db_path
        self.mailer_url = mailer_url
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {mailer_key}"

    @staticmethod
    def _generate() -> str:
        return f"{secrets.randbelow(1_000_000):06d}"

    def issue(self, email: str) -> None:
        code = self._generate()
        expires = datetime.now(timezone.utc) + CODE_TTL
        with sqlite3.connect(self.db_path) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO reset_codes (email, code, expires_at, attempts) "
                "VALUES (?, ?, ?, 0)",
                (email, code, expires.isoformat()),
            )
        resp = self._session.post(
            self.mailer_url,
            json={
                "to": email,
                "template": "portal-reset",
                "vars": {"code": code, "minutes": 15},
            },
            timeout=10,
        )
        resp.raise_for_status()

    def redeem(self, email: str, code: str) -> bool:
        now = datetime.now(timezone.utc).isoformat()
        with sqlite3.connect(self.db_path) as conn:
            row = conn.execute(
                "SELECT code, attempts FROM reset_codes WHERE email = ? AND expires_at > ?",
                (email, now),
            ).fetchone()
            if row is None or row[1] >= MAX_ATTEMPTS:
                return False
            conn.execute(
                "UPDATE reset_codes SET attempts = attempts + 1 WHERE email = ?", (email,)
            )
            if not hmac.compare_digest(row[0], code.strip()):
                return False
            conn.execute("DELETE FROM reset_codes WHERE email = ?", (email,))
        return True
