"""Email verification codes for new club members and email changes."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from fletcher.cache import redis_client
from fletcher.mail import send_template

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


@dataclass
class PendingCode:
    member_id: int
    email: str
    code: str
    attempts: int = 0

    @property
    def key(self) -> str:
        return f"email-verify:{self.member_id}"


class VerificationCodeStore:
    def save(self, pending: PendingCode) -> None:
        redis_client.hset(pending.key, mapping={"email": pending.email, "code": pending.code, "attempts": pending.attempts})
        redis_client.expire(pending.key, int(CODE_TTL.total_seconds()))

    def load(self, member_id: int) -> PendingCode | None:
        raw = redis_client.hgetall(f"email-verify:{member_id}")
        if not raw:
            return None
        return PendingCode(member_id, raw[b"email"].decode(), raw[b"code"].decode(), int(raw[b"attempts"]))

    def bump(self, pending: PendingCode) -> None:
        redis_client.hincrby(pending.key, "attempts", 1)

    def clear(self, pending: PendingCode) -> None:
        redis_client.delete(pending.key)


class EmailVerifier:
    def __init__(self, store: VerificationCodeStore | None = None) -> None:
        self.store = store or VerificationCodeStore()

    def start(self, member_id: int, email: str) -> None:
        pending = PendingCode(member_id, email, f"{secrets.randbelow(10**6):06d}")
        self.store.save(pending)
        send_template(email, "verify_email", {"code": pending.code, "minutes": 15})

    def confirm(self, member_id: int, submitted: str) -> str | None:
        pending = self.store.load(member_id)
        if pending is None or pending.attempts >= MAX_ATTEMPTS:
            return None
        if pending.code == submitted.strip():
            self.store.clear(pending)
            return pending.email
        self.store.bump(pending)
        return None
