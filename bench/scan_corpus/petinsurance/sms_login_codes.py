"""One-time sign-in codes for the customer mobile app (SMS login)."""
import hmac
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .sms import SmsGateway
from .store import OtpStore

log = logging.getLogger(__name__)

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


@dataclass
class IssuedCode:
    phone: str
    expires_at: datetime


class LoginCodeService:
    def __init__(self, gateway: SmsGateway, store: OtpStore):
        self.gateway = gateway
        self.store = store

    def issue(self, phone: str) -> IssuedCode:
        code = f"{random.randint(0, 999999):06d}"
        expires = datetime.now(timezone.utc) + CODE_TTL
        self.store.save(phone, code, expires, attempts_left=MAX_ATTEMPTS)
        self.gateway.send(phone, f"Your PawProtect sign-in code is {code}")
        log.info("login code issued for phone ending %s", phone[-4:])
        return IssuedCode(phone=phone, expires_at=expires)

    def verify(self, phone: str, submitted: str) -> bool:
        record = self.store.get(phone)
        if record is None or record.expires_at < datetime.now(timezone.utc):
            return False
        if record.attempts_left <= 0:
            log.warning("too many attempts for phone ending %s", phone[-4:])
            return False
        if hmac.compare_digest(record.code, submitted.strip()):
            self.store.delete(phone)
            return True
        self.store.decrement_attempts(phone)
        return False
