"""Appointment reminder texts sent through the SMS gateway provider.

Reminders go out 24 hours before each treatment with the therapist name and
a link to complete the health questionnaire if it is still outstanding.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx

logger = logging.getLogger("spa.reminders.sms")


@dataclass
class GatewayConfig:
    base_url: str = field(default_factory=lambda: os.environ["SMS_GATEWAY_URL"])
    sender_id: str = "SerenitySpa"
    timeout: float = 10.0


def _auth_headers() -> dict[str, str]:
    return {
        "Authorization": f"Bearer {os.environ['SMS_GATEWAY_TOKEN']}",
        "Content-Type": "application/json",
    }


class SmsReminderClient:
    def __init__(self, config: GatewayConfig | None = None) -> None:
        self.config = config or GatewayConfig()
        self.http = httpx.Client(timeout=self.config.timeout)

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = _auth_headers()
        logger.debug("SMS gateway request %s headers=%s payload=%s", url, headers, payload)
        response = self.http.post(url, json=payload, headers=headers)
        response.raise_for_status()
        return response.json()

    def send_reminder(self, phone: str, client_name: str, treatment: str, starts_at: str) -> str:
        body = (
            f"Hi {client_name}, a reminder of your {treatment} tomorrow at {starts_at}. "
            "Reply C to cancel."
        )
        result = self._post(
            "/messages",
            {"to": phone, "from": self.config.sender_id, "body": body},
        )
        logger.info("reminder queued id=%s", result.get("id"))
        return result["id"]
