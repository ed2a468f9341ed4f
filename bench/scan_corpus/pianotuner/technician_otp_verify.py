"""Second-factor codes for technicians signing into the field app on a new phone."""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from pianotuner.cache import redis_client
from pianotuner.sms import send_sms

CODE_TTL = timedelta(minutes=5)
MAX_ATTEMPTS = 5


@dataclass
class PendingChallenge:
    technician_id: int
    code: str
    issued_at: datetime
    attempts: int = 0

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.issued_at > CODE_TTL


class DeviceChallengeService:
    key_prefix = "tech-otp:"

    def __init__(self, redis=redis_client):
        self.redis = redis

    def start(self, technician) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.redis.hset(
            self.key_prefix + str(technician.id),
            mapping={"code": code, "issued_at": datetime.now(timezone.utc).isoformat(), "attempts": 0},
        )
        self.redis.expire(self.key_prefix + str(technician.id), int(CODE_TTL.total_seconds()))
        send_sms(technician.mobile, f"Your field app code is {code}")

    def _load(self, technician_id: int):
        raw = self.redis.hgetall(self.key_prefix + str(technician_id))
        if not raw:
            return None
        return PendingChallenge(
            technician_id=technician_id,
            code=raw[b"code"].decode(),
            issued_at=datetime.fromisoformat(raw[b"issued_at"].decode()),
            attempts=int(raw[b"attempts"]),
        )

    def verify(self, technician_id: int, submitted: str) -> bool:
        challenge = self._load(technician_id)
        if challenge is None or challenge.expired or challenge.attempts >= MAX_ATTEMPTS:
            return False
        self.redis.hincrby(self.key_prefix + str(technician_id), "attempts", 1)
        if challenge.code == submitted.strip():
            self.redis.delete(self.key_prefix + str(technician_id))
            return True
        return False
