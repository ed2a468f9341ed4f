"""Phone number verification for residents subscribing to flood warning SMS."""

import hmac
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

CODE_TTL = timedelta(minutes=10)


@dataclass
class PendingVerification:
    phone: str
    code: str
    expires_at: datetime
    attempts: int = 0


class VerificationCodes:
    @staticmethod
    def generate(length: int = 6, rng: random.Random = random.Random()) -> str:
        return "".join(str(rng.randrange(10)) for _ in range(length))


class SubscriptionVerifier:
    max_attempts = 5

    def __init__(self, store, sms_sender) -> None:
        self.store = store
        self.sms_sender = sms_sender

    def start(self, phone: str, area_code: str) -> None:
        pending = PendingVerification(
            phone=phone,
            code=VerificationCodes.generate(),
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        self.store.put(phone, pending, area=area_code)
        self.sms_sender.send(phone, f"Your flood warning subscription code is {pending.code}")

    def confirm(self, phone: str, submitted: str) -> bool:
        pending = self.store.get(phone)
        if pending is None or pending.expires_at < datetime.now(timezone.utc):
            return False
        pending.attempts += 1
        if pending.attempts > self.max_attempts:
            self.store.delete(phone)
            return False
        if hmac.compare_digest(pending.code, submitted.strip()):
            self.store.activate(phone)
            return True
        self.store.put(phone, pending)
        return False
