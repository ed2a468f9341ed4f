"""Second-factor challenge for back-office operators approving toll adjustments."""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field

import redis

CHALLENGE_TTL = 300
MAX_ATTEMPTS = 5


@dataclass
class PendingChallenge:
    operator_id: str
    code: str
    issued_at: float = field(default_factory=time.time)
    attempts: int = 0

    def expired(self) -> bool:
        return time.time() - self.issued_at > CHALLENGE_TTL


class ChallengeStore:
    def __init__(self, client: redis.Redis) -> None:
        self.r = client

    def put(self, ch: PendingChallenge) -> None:
        key = f"mfa:{ch.operator_id}"
        self.r.hset(key, mapping={"code": ch.code, "issued_at": ch.issued_at, "attempts": ch.attempts})
        self.r.expire(key, CHALLENGE_TTL)

    def get(self, operator_id: str) -> PendingChallenge | None:
        raw = self.r.hgetall(f"mfa:{operator_id}")
        if not raw:
            return None
        return PendingChallenge(
            operator_id,
            raw[b"code"].decode(),
            float(raw[b"issued_at"]),
            int(raw[b"attempts"]),
        )

    def bump(self, operator_id: str) -> None:
        self.r.hincrby(f"mfa:{operator_id}", "attempts", 1)

    def drop(self, operator_id: str) -> None:
        self.r.delete(f"mfa:{operator_id}")


def issue(store: ChallengeStore, operator_id: str, send_sms) -> None:
    code = f"{secrets.randbelow(10**6):06d}"
    store.put(PendingChallenge(operator_id, code))
    send_sms(operator_id, f"Toll adjustment approval code: {code}")


def verify(store: ChallengeStore, operator_id: str, submitted: str) -> bool:
    pending = store.get(operator_id)
    if pending is None or pending.expired() or pending.attempts >= MAX_ATTEMPTS:
        return False
    if not secrets.compare_digest(pending.code, submitted.strip()):
        store.bump(operator_id)
        return False
    store.drop(operator_id)
    return True
