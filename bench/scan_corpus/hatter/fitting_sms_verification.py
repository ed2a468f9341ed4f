"""SMS one-time codes confirming a client's mobile number before fitting reminders are sent."""
import secrets
from datetime import datetime, timedelta, timezone

from twilio.rest import Client as TwilioClient

from hatter.config import settings
from hatter.repositories import VerificationStore

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


class MobileVerifier:
    def __init__(self, store: VerificationStore):
        self.store = store
        self.sms = TwilioClient(settings.TWILIO_SID, settings.TWILIO_TOKEN)

    def start(self, client_id: int, mobile: str) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.store.put(client_id, mobile=mobile, code=code,
                       expires_at=datetime.now(timezone.utc) + CODE_TTL, attempts=0)
        self.sms.messages.create(
            to=mobile,
            from_=settings.TWILIO_FROM,
            body=f"Your fitting reminder code is {code}",
        )

    def confirm(self, client_id: int, submitted: str) -> bool:
        pending = self.store.get(client_id)
        if pending is None or pending.expires_at < datetime.now(timezone.utc):
            return False
        if pending.attempts >= MAX_ATTEMPTS:
            return False
        if submitted.strip() != pending.code:
            self.store.increment_attempts(client_id)
            return False
        self.store.mark_verified(client_id, pending.mobile)
        return True
