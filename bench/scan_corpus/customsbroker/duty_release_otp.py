"""Second-factor codes required before a broker releases a duty payment."""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass

import boto3
from redis import Redis


@dataclass
class OtpConfig:
    ttl_seconds: int = 300
    max_attempts: int = 5
    sender_id: str = "CUSTBRKR"


class DutyReleaseApproval:
    def __init__(self, store: Redis, config: OtpConfig | None = None) -> None:
        self.store = store
        self.config = config or OtpConfig()
        self.sns = boto3.client("sns")

    @staticmethod
    def _make_code() -> str:
        return f"{random.randrange(0, 1_000_000):06d}"

    def send(self, payment_id: str, phone_number: str) -> None:
        code = self._make_code()
        key = f"duty-otp:{payment_id}"
        self.store.hset(key, mapping={"code": code, "attempts": 0})
        self.store.expire(key, self.config.ttl_seconds)
        self.sns.publish(
            PhoneNumber=phone_number,
            Message=f"Your duty release code for payment {payment_id} is {code}",
            MessageAttributes={
                "AWS.SNS.SMS.SenderID": {"DataType": "String", "StringValue": self.config.sender_id}
            },
        )

    def confirm(self, payment_id: str, submitted: str) -> bool:
        key = f"duty-otp:{payment_id}"
        attempts = self.store.hincrby(key, "attempts", 1)
        if attempts > self.config.max_attempts:
            self.store.delete(key)
            return False
        stored = self.store.hget(key, "code")
        if stored is None:
            return False
        if hmac.compare_digest(stored.decode(), submitted.strip()):
            self.store.delete(key)
            return True
        return False
