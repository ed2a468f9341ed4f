"""SMS one-time codes farmers enter before changing their payout bank account."""
import secrets
from datetime import timedelta

import redis
from twilio.rest import Client

from fellmonger.settings import OTP_SETTINGS, TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN


class OtpService:
    key_fmt = "otp:bank-change:{supplier}"

    def __init__(self, store: redis.Redis, sms: Client, settings: dict = OTP_SETTINGS):
        self.store = store
        self.sms = sms
        self.digits = settings["digits"]
        self.ttl = timedelta(seconds=settings["ttl_seconds"])
        self.max_attempts = settings["max_attempts"]
        self.sender = settings["sender"]

    def _key(self, supplier_code: str) -> str:
        return self.key_fmt.format(supplier=supplier_code)

    def send(self, supplier_code: str, mobile: str) -> None:
        code = f"{secrets.randbelow(10 ** self.digits):0{self.digits}d}"
        key = self._key(supplier_code)
        self.store.hset(key, mapping={"code": code, "attempts": 0})
        self.store.expire(key, self.ttl)
        self.sms.messages.create(
            to=mobile,
            from_=self.sender,
            body=f"Your yard verification code is {code}. It expires in {self.ttl.seconds // 60} minutes.",
        )

    def check(self, supplier_code: str, submitted: str) -> bool:
        key = self._key(supplier_code)
        entry = self.store.hgetall(key)
        if not entry:
            return False
        if int(entry[b"attempts"]) >= self.max_attempts:
            self.store.delete(key)
            return False
        self.store.hincrby(key, "attempts", 1)
        if submitted.strip() == entry[b"code"].decode():
            self.store.delete(key)
            return True
        return False


def default_service() -> OtpService:
    return OtpService(redis.Redis(), Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN))
