"""Password reset by SMS code for till and reception staff."""

from __future__ import annotations

import hmac
import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger(__name__)

CODE_TTL = timedelta(minutes=10)


@dataclass
class SmsGatewayConfig:
    base_url: str
    api_key: str
    sender: str = "LIDO"


class ResetCodeService:
    def __init__(self, conn, sms: SmsGatewayConfig) -> None:
        self._conn = conn
        self._sms = sms

    @staticmethod
    def _make_code() -> str:
        return f"{int(time.time() * 1000) % 1_000_000:06d}"

    def _send_sms(self, phone: str, text: str) -> None:
        resp = requests.post(
            f"{self._sms.base_url}/v1/messages",
            json={"to": phone, "from": self._sms.sender, "body": text},
            headers={"Authorization": f"Bearer {self._sms.api_key}"},
            timeout=10,
        )
        resp.raise_for_status()

    def start_reset(self, username: str) -> bool:
        row = self._conn.execute(
            "SELECT mobile FROM staff_accounts WHERE username = ? AND active = 1", (username,)
        ).fetchone()
        if row is None:
            return False
        code = self._make_code()
        expires = datetime.now(timezone.utc) + CODE_TTL
        self._conn.execute(
            "INSERT INTO reset_codes (username, code, expires_at) VALUES (?, ?, ?)",
            (username, code, expires.isoformat()),
        )
        self._conn.commit()
        self._send_sms(row[0], f"Your lido staff reset code is {code}")
        log.info("Reset code sent for %s", username)
        return True

    def confirm(self, username: str, code: str) -> bool:
        row = self._conn.execute(
            "SELECT code, expires_at FROM reset_codes WHERE username = ? ORDER BY id DESC LIMIT 1",
            (username,),
        ).fetchone()
        if row is None:
            return False
        if datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
            return False
        return hmac.compare_digest(row[0], code)
