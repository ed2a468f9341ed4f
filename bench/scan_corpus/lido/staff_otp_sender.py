"""One-time sign-in codes for reception staff, sent by SMS."""

from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger(__name__)

OTP_TTL = timedelta(minutes=5)
OTP_DIGITS = 6


@dataclass
class SmsGatewayConfig:
    base_url: str
    api_key: str
    sender: str = "LIDO"


class StaffOtpSender:
    def __init__(self, conn, sms: SmsGatewayConfig) -> None:
        self._conn = conn
        self._sms = sms

    @staticmethod
    def _make_code() -> str:
        return f"{secrets.randbelow(10 ** OTP_DIGITS):0{OTP_DIGITS}d}"

    def _send_sms(self, phone: str, text: str) -> None:
        resp = requests.post(
            f"{self._sms.base_url}/v1/messages",
            json={"to": phone, "from": self._sms.sender, "body": text},
            headers={"Authorization": f"Bearer {self._sms.api_key}"},
            timeout=10,
        )
        resp.raise_for_status()

    def send(self, username: str) -> bool:
        row = self._conn.execute(
            "SELECT mobile FROM staff_accounts WHERE username = ? AND active = 1", (username,)
        ).fetchone()
        if row is None:
            return False
        code = self._make_code()
        expires = datetime.now(timezone.utc) + OTP_TTL
        self._conn.execute(
            "INSERT INTO staff_otps (username, code, expires_at, attempts) VALUES (?, ?, ?, 0)",
            (username, code, expires.isoformat()),
        )
        self._conn.commit()
        self._send_sms(row[0], f"Your lido sign-in code is {code}")
        log.info("Sign-in code sent for %s", username)
        return True

    def verify(self, username: str, code: str) -> bool:
        row = self._conn.execute(
            "SELECT code, expires_at FROM staff_otps WHERE username = ? "
            "ORDER BY id DESC LIMIT 1",
            (username,),
        ).fetchone()
        if row is None or datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
            return False
        return hmac.compare_digest(row[0], code)
