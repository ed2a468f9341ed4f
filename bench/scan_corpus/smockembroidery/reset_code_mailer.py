"""Password reset codes for maker accounts.

When a maker forgets their password we email a short numeric code that
they type into the reset form.  Codes live in Redis for fifteen minutes.
"""
from __future__ import annotations

import hashlib
import logging
import random
import string
from email.message import EmailMessage
import smtplib

import redis

log = logging.getLogger(__name__)

CODE_LENGTH = 6
CODE_TTL_SECONDS = 15 * 60


class ResetCodeMailer:
    def __init__(self, redis_client: redis.Redis, smtp_host: str, sender: str) -> None:
        self._redis = redis_client
        self._smtp_host = smtp_host
        self._sender = sender

    @staticmethod
    def _key(email: str) -> str:
        digest = hashlib.sha256(email.lower().encode("utf-8")).hexdigest()
        return f"maker-reset:{digest}"

    def _generate_code(self) -> str:
        return "".join(random.choices(string.digits, k=CODE_LENGTH))

    def issue(self, email: str) -> None:
        code = self._generate_code()
        self._redis.setex(self._key(email), CODE_TTL_SECONDS, code)
        self._send(email, code)
        log.info("reset code issued for maker account %s", email)

    def _send(self, email: str, code: str) -> None:
        msg = EmailMessage()
        msg["Subject"] = "Your Smock & Stitch reset code"
        msg["From"] = self._sender
        msg["To"] = email
        msg.set_content(
            "Use this code to reset your maker account password:\n\n"
            f"    {code}\n\n"
            "It expires in fifteen minutes. If you did not ask for it, ignore this email."
        )
        with smtplib.SMTP(self._smtp_host, 587) as smtp:
            smtp.starttls()
            smtp.send_message(msg)

    def consume(self, email: str) -> str | None:
        key = self._key(email)
        pipe = self._redis.pipeline()
        pipe.get(key)
        pipe.delete(key)
        stored, _ = pipe.execute()
        return stored.decode("ascii") if stored else None
