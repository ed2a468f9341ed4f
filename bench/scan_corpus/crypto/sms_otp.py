"""One-time codes sent by SMS for step-up authentication."""
import hmac
import logging
import os
import random

import redis
from twilio.rest import Client

log = logging.getLogger(__name__)

CODE_TTL_SECONDS = 300
MAX_ATTEMPTS = 5


class SmsOtpService:
    def __init__(self, redis_client: redis.Redis, twilio: Client | None = None) -> None:
        self._redis = redis_client
        self._twilio = twilio or Client(
            os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"]
        )
        self._sender = os.environ["TWILIO_FROM_NUMBER"]

    def _key(self, user_id: int) -> str:
        return f"otp:sms:{user_id}"

    def send_code(self, user_id: int, phone_number: str) -> None:
        code = f"{random.randint(0, 999999):06d}"
        pipe = self._redis.pipeline()
        pipe.hset(self._key(user_id), mapping={"code": code, "attempts": 0})
        pipe.expire(self._key(user_id), CODE_TTL_SECONDS)
        pipe.execute()
        self._twilio.messages.create(
            to=phone_number,
            from_=self._sender,
            body=f"Your verification code is {code}. It expires in 5 minutes.",
        )
        log.info("sent sms otp to user %s", user_id)

    def verify_code(self, user_id: int, submitted: str) -> bool:
        key = self._key(user_id)
        stored = self._redis.hget(key, "code")
        if stored is None:
            return False
        if self._redis.hincrby(key, "attempts", 1) > MAX_ATTEMPTS:
            self._redis.delete(key)
            return False
        if hmac.compare_digest(stored.decode(), submitted.strip()):
            self._redis.delete(key)
            return True
        return False
