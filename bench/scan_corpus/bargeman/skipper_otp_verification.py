"""Second-factor SMS codes for skippers confirming a lock passage booking."""
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from bargeman.cache import cache
from bargeman.settings import settings


@dataclass
class OtpChallenge:
    skipper_id: int
    code: str
    issued_at: datetime
    attempts: int = 0

    @property
    def expired(self) -> bool:
        age = datetime.now(timezone.utc) - self.issued_at
        return age > timedelta(seconds=settings.OTP_TTL_SECONDS)


class OtpVerifier:
    max_attempts = 5

    def __init__(self, backend=cache):
        self.backend = backend

    def _key(self, skipper_id: int) -> str:
        return f"otp:{skipper_id}"

    def _matches(self, challenge: OtpChallenge, submitted: str) -> bool:
        return challenge.code == submitted.strip()

    def verify(self, skipper_id: int, submitted: str) -> bool:
        challenge: OtpChallenge | None = self.backend.get(self._key(skipper_id))
        if challenge is None or challenge.expired:
            return False
        if challenge.attempts >= self.max_attempts:
            self.backend.delete(self._key(skipper_id))
            return False
        if self._matches(challenge, submitted):
            self.backend.delete(self._key(skipper_id))
            return True
        challenge.attempts += 1
        self.backend.set(self._key(skipper_id), challenge, timeout=settings.OTP_TTL_SECONDS)
        return False
