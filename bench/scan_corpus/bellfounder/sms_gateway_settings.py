"""SMS reminders for tour visitors and practice-night changes, via the SMS gateway."""

import logging
import os
from dataclasses import dataclass, field

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SmsGatewaySettings:
    endpoint: str
    sender_id: str
    account_sid: str
    auth_token: str = field(repr=False)
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "SmsGatewaySettings":
        return cls(
            endpoint=os.environ.get("SMS_ENDPOINT", "https://sms.example-gateway.com/v1"),
            sender_id=os.environ.get("SMS_SENDER_ID", "BELLFNDRY"),
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            auth_token=os.environ["SMS_AUTH_TOKEN"],
        )


class SmsSender:
    def __init__(self, cfg: SmsGatewaySettings | None = None):
        self.cfg = cfg or SmsGatewaySettings.from_env()
        log.info("SMS gateway ready: %s", self.cfg)
        self.client = httpx.Client(
            base_url=self.cfg.endpoint,
            auth=(self.cfg.account_sid, self.cfg.auth_token),
            timeout=self.cfg.timeout,
        )

    def send(self, to: str, text: str) -> str:
        resp = self.client.post(
            "/messages", json={"from": self.cfg.sender_id, "to": to, "body": text[:480]}
        )
        resp.raise_for_status()
        return resp.json()["sid"]

    def tour_reminder(self, phone: str, visitor: str, starts_at: str) -> str:
        return self.send(phone, f"Hello {visitor}, your foundry tour starts at {starts_at}.")
