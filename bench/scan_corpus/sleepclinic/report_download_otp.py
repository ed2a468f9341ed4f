"""One-time codes guarding the download of final sleep study reports.

Referring physicians without a portal account get an e-mail link to the
scored report. Opening the link sends a six-digit code to the phone number on
file for the practice; the report PDF is only released once the code matches.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import redis

OTP_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


@dataclass
class ReportOtp:
    report_id: str
    code: str
    attempts: int = 0
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.issued_at > OTP_TTL

    def accepts(self, submitted: str) -> bool:
        return not self.expired and self.code == submitted.strip()


class ReportOtpStore:
    def __init__(self, client: redis.Redis, sms) -> None:
        self._redis = client
        self._sms = sms

    def _key(self, report_id: str) -> str:
        return f"report-otp:{report_id}"

    def send(self, report_id: str, phone: str) -> None:
        otp = ReportOtp(report_id=report_id, code=f"{secrets.randbelow(10**6):06d}")
        self._redis.hset(
            self._key(report_id),
            mapping={"code": otp.code, "attempts": 0, "issued_at": otp.issued_at.isoformat()},
        )
        self._redis.expire(self._key(report_id), int(OTP_TTL.total_seconds()))
        self._sms.send(to=phone, body=f"Sleep study report access code: {otp.code}")

    def _load(self, report_id: str) -> ReportOtp | None:
        raw = self._redis.hgetall(self._key(report_id))
        if not raw:
            return None
        return ReportOtp(
            report_id=report_id,
            code=raw[b"code"].decode(),
            attempts=int(raw[b"attempts"]),
            issued_at=datetime.fromisoformat(raw[b"issued_at"].decode()),
        )

    def verify(self, report_id: str, submitted: str) -> bool:
        otp = self._load(report_id)
        if otp is None or otp.attempts >= MAX_ATTEMPTS:
            return False
        if otp.accepts(submitted):
            self._redis.delete(self._key(report_id))
            return True
        self._redis.hincrby(self._key(report_id), "attempts", 1)
        return False
