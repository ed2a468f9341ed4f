"""Sends session reminders and cancellation alerts to members by SMS."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("seaswim.sms")


def _mask(secret: str) -> str:
    return f"...{secret[-4:]}" if len(secret) > 8 else "****"


@dataclass
class SmsSettings:
    base_url: str = field(default_factory=lambda: os.environ.get("SMS_API_URL", "https://api.sms.example.com/v1"))
    api_token: str = field(default_factory=lambda: os.environ["SMS_API_TOKEN"])
    sender_id: str = "SEASWIM"


class SmsGateway:
    def __init__(self, settings: SmsSettings | None = None) -> None:
        self.settings = settings or SmsSettings()
        self._client = httpx.Client(
            base_url=self.settings.base_url,
            headers={"Authorization": f"Bearer {self.settings.api_token}"},
            timeout=10.0,
        )
        log.info(
            "SMS gateway ready at %s using token %s",
            self.settings.base_url, _mask(self.settings.api_token),
        )

    def send(self, to_number: str, body: str) -> str:
        resp = self._client.post(
            "/messages", json={"from": self.settings.sender_id, "to": to_number, "text": body}
        )
        if resp.status_code >= 400:
            log.error("SMS to %s failed with HTTP %s", to_number[-4:], resp.status_code)
            resp.raise_for_status()
        message_id = resp.json()["id"]
        log.debug("Queued SMS %s", message_id)
        return message_id

    def session_cancelled(self, to_number: str, beach: str, when: str, reason: str) -> str:
        return self.send(
            to_number,
            f"Today's {when} swim at {beach} is cancelled ({reason}). Sorry - see you next time!",
        )

    def close(self) -> None:
        self._client.close()
