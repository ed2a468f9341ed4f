"""Client for the SMS gateway used for delivery notifications."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

import requests

E164 = re.compile(r"^\+[1-9]\d{6,14}$")


@dataclass
class SmsResult:
    message_id: str
    segments: int


class SmsGateway:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, sender: str | None = None):
        self.base_url = (base_url or os.environ["SMS_GATEWAY_URL"]).rstrip("/")
        self.sender = sender or os.environ.get("SMS_SENDER_ID", "Deliveries")
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Key {api_key or os.environ['SMS_GATEWAY_API_KEY']}"

    def send(self, to: str, text: str) -> SmsResult:
        if not E164.match(to):
            raise ValueError("recipient must be in E.164 format")
        resp = self._session.post(
            f"{self.base_url}/v1/messages",
            json={"from": self.sender, "to": to, "text": text[:640]},
            timeout=10,
        )
        resp.raise_for_status()
        data = resp.json()
        return SmsResult(message_id=data["id"], segments=data.get("segments", 1))
