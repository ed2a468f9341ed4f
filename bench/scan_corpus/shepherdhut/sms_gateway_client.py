"""Sends booking confirmations and changeover reminders by SMS."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("shepherdhut.sms")


@dataclass(frozen=True)
class SmsSettings:
    api_url: str
    api_key: str = field(repr=False)
    sender_id: str = "HutStays"

    @classmethod
    def from_env(cls) -> "SmsSettings":
        return cls(
            api_url=os.environ.get("SMS_API_URL", "https://api.sms-gateway.example/v2"),
            api_key=os.environ["SMS_API_KEY"],
            sender_id=os.environ.get("SMS_SENDER_ID", "HutStays"),
        )


class SmsGateway:
    def __init__(self, settings: SmsSettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.api_url,
            headers={"Authorization": f"Bearer {settings.api_key}"},
            timeout=10.0,
        )

    def send(self, to: str, body: str) -> str:
        resp = self._client.post(
            "/messages",
            json={"from": self._settings.sender_id, "to": to, "body": body[:612]},
        )
        resp.raise_for_status()
        message_id = resp.json()["id"]
        log.info("sms %s queued to ...%s", message_id, to[-3:])
        return message_id

    def confirm_booking(self, phone: str, guest_name: str, hut_name: str, arrival: str) -> str:
        return self.send(
            phone,
            f"Hi {guest_name}, your stay at {hut_name} from {arrival} is confirmed. "
            "Arrival details follow on the morning you arrive.",
        )

    def remind_cleaner(self, phone: str, hut_name: str, day: str) -> str:
        return self.send(phone, f"Reminder: changeover at {hut_name} on {day}, 10am-3pm.")

    def close(self) -> None:
        self._client.close()
