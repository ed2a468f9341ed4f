"""Client for the SMS gateway used for delivery ETAs and collection reminders."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("tinsmith.sms")


def _mask(secret: str, keep: int = 4) -> str:
    if len(secret) <= keep:
        return "*" * len(secret)
    return "*" * (len(secret) - keep) + secret[-keep:]


@dataclass
class SmsSettings:
    api_url: str = field(default_factory=lambda: os.environ.get("SMS_API_URL", "https://rest.sms-gateway.example.com"))
    api_key: str = field(default_factory=lambda: os.environ["SMS_API_KEY"])
    sender_id: str = "TINSMITH"


class SmsGateway:
    def __init__(self, settings: SmsSettings | None = None) -> None:
        self.settings = settings or SmsSettings()
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = self.settings.api_key
        log.info("SMS gateway ready: url=%s key=%s", self.settings.api_url, _mask(self.settings.api_key))

    def send(self, to: str, text: str) -> str:
        resp = self.session.post(
            f"{self.settings.api_url}/messages",
            json={"from": self.settings.sender_id, "to": to, "body": text[:459]},
            timeout=10,
        )
        if resp.status_code == 401:
            log.error("SMS gateway rejected key %s", _mask(self.settings.api_key))
        resp.raise_for_status()
        message_id = resp.json()["id"]
        log.info("queued SMS %s to ...%s (%d chars)", message_id, to[-3:], len(text))
        return message_id

    def send_eta(self, to: str, run_code: str, window: str) -> str:
        return self.send(to, f"Tinsmith Works: your delivery on run {run_code} is due {window}.")
