"""Sends certification renewal reminders to volunteer lifeguards over SMS."""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from datetime import date
from typing import Iterable

import httpx

log = logging.getLogger("volunteers.sms")


@dataclass
class SmsGatewayConfig:
    endpoint: str
    account_sid: str
    auth_token: str
    sender: str

    @classmethod
    def from_env(cls) -> "SmsGatewayConfig":
        return cls(
            endpoint=os.environ["SMS_GATEWAY_URL"],
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            auth_token=os.environ["SMS_AUTH_TOKEN"],
            sender=os.environ.get("SMS_SENDER", "LIFEGUARD"),
        )


class ReminderSender:
    def __init__(self, config: SmsGatewayConfig) -> None:
        self.config = config
        self._client = httpx.Client(
            base_url=config.endpoint,
            auth=(config.account_sid, config.auth_token),
            timeout=10,
        )
        log.info("sms gateway ready %s", {**asdict(config), "client": "httpx"})

    def remind(self, phone: str, name: str, cert: str, expires: date) -> bool:
        body = f"Hi {name}, your {cert} certification expires {expires:%d %b %Y}. Book a requal at the main tower."
        resp = self._client.post("/messages", data={"from": self.config.sender, "to": phone, "body": body})
        if resp.status_code >= 400:
            log.warning("reminder for %s failed with status %s", cert, resp.status_code)
            return False
        return True

    def remind_all(self, volunteers: Iterable[dict]) -> int:
        sent = 0
        for v in volunteers:
            sent += self.remind(v["phone"], v["first_name"], v["cert"], v["expires"])
        return sent
