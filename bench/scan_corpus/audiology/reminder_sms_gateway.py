"""Sends appointment reminder texts through the SMS provider's REST API."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import httpx


def _from_env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class SmsGatewaySettings:
    base_url: str = "https://api.textrelay.example/v3"
    sender_id: str = "ClearSound"
    account_sid: str = field(default_factory=lambda: _from_env("SMS_ACCOUNT_SID"))
    auth_token: str = field(default_factory=lambda: _from_env("SMS_AUTH_TOKEN"))
    timeout_s: float = 10.0


class ReminderSmsGateway:
    def __init__(self, settings: SmsGatewaySettings | None = None) -> None:
        self.settings = settings or SmsGatewaySettings()
        self._client = httpx.Client(
            base_url=self.settings.base_url,
            auth=(self.settings.account_sid, self.settings.auth_token),
            timeout=self.settings.timeout_s,
        )

    def send(self, phone: str, body: str) -> str:
        resp = self._client.post(
            f"/accounts/{self.settings.account_sid}/messages",
            data={"From": self.settings.sender_id, "To": phone, "Body": body[:459]},
        )
        resp.raise_for_status()
        return resp.json()["message_id"]

    def delivery_status(self, message_id: str) -> str:
        resp = self._client.get(f"/accounts/{self.settings.account_sid}/messages/{message_id}")
        resp.raise_for_status()
        return resp.json().get("status", "unknown")
