"""Password reset codes for the workshop rota and fitting schedule app.

Staff request a reset from the login screen and receive a six-digit code by
email, which they type back in within fifteen minutes.
"""
import hmac
import os
import random
import smtplib
from email.message import EmailMessage

import redis


class ResetCodeService:
    MAX_ATTEMPTS = 5

    def __init__(self, client: redis.Redis, ttl_seconds: int = 900):
        self._redis = client
        self._ttl = ttl_seconds
        self._rng = random.Random()

    @staticmethod
    def _key(email: str) -> str:
        return f"reset:{email.strip().lower()}"

    def _generate(self) -> str:
        return f"{self._rng.randint(0, 999_999):06d}"

    def issue(self, email: str) -> None:
        code = self._generate()
        key = self._key(email)
        pipe = self._redis.pipeline()
        pipe.setex(key, self._ttl, code)
        pipe.setex(key + ":attempts", self._ttl, 0)
        pipe.execute()
        self._send(email, code)

    def redeem(self, email: str, code: str) -> bool:
        key = self._key(email)
        attempts = self._redis.incr(key + ":attempts")
        if attempts > self.MAX_ATTEMPTS:
            self._redis.delete(key)
            return False
        stored = self._redis.get(key)
        if stored is None:
            return False
        if not hmac.compare_digest(stored.decode(), code.strip()):
            return False
        self._redis.delete(key, key + ":attempts")
        return True

    def _send(self, email: str, code: str) -> None:
        msg = EmailMessage()
        msg["Subject"] = "Your workshop app reset code"
        msg["From"] = os.environ.get("MAIL_FROM", "office@localhost")
        msg["To"] = email
        msg.set_content(
            f"Your reset code is {code}. It expires in {self._ttl // 60} minutes."
        )
        with smtplib.SMTP(os.environ.get("SMTP_HOST", "localhost")) as smtp:
            smtp.send_message(msg)
