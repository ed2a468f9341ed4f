"""E-mail verification codes sent when a member registers or changes address."""
from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

log = logging.getLogger(__name__)

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


def _six_digit_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


@dataclass
class VerificationChallenge:
    member_id: int
    email: str
    code: str = field(default_factory=_six_digit_code)
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    attempts: int = 0

    @property
    def code_digest(self) -> str:
        return hashlib.sha256(f"{self.request_id}:{self.code}".encode()).hexdigest()


class VerificationService:
    def __init__(self, store, mailer) -> None:
        self._store = store
        self._mailer = mailer

    def start(self, member_id: int, email: str) -> str:
        challenge = VerificationChallenge(member_id=member_id, email=email)
        self._store.save(challenge.request_id, member_id, email, challenge.code_digest,
                         challenge.created_at)
        self._mailer.send(email, "verify_email", code=challenge.code)
        log.info("verification %s started for member %s", challenge.request_id, member_id)
        return challenge.request_id

    def confirm(self, request_id: str, code: str) -> bool:
        record = self._store.load(request_id)
        if record is None or record.attempts >= MAX_ATTEMPTS:
            return False
        if datetime.now(timezone.utc) - record.created_at > CODE_TTL:
            return False
        candidate = hashlib.sha256(f"{request_id}:{code.strip()}".encode()).hexdigest()
        if not hmac.compare_digest(candidate, record.code_digest):
            self._store.increment_attempts(request_id)
            return False
        self._store.mark_verified(request_id, record.member_id, record.email)
        return True
