"""Client for the SMS provider used for booking reminders and waiver links."""
from __future__ import annotations

import logging
import os

import requests

log = logging.getLogger(__name__)


class SmsGateway:
    AUTH_HEADER = "X-Api-Key"
    API_KEY_ENV = "SMS_API_KEY"
    DEFAULT_SENDER = "ESCAPEHQ"

    def __init__(self, base_url: str, sender_id: str = DEFAULT_SENDER, api_key: str | None = None):
        key = api_key or os.environ.get(self.API_KEY_ENV)
        if not key:
            raise RuntimeError(f"set {self.API_KEY_ENV} or pass api_key")
        self.base_url = base_url.rstrip("/")
        self.sender_id = sender_id
        self._session = requests.Session()
        self._session.headers[self.AUTH_HEADER] = key

    def send(self, phone: str, body: str) -> str:
        resp = self._session.post(
            f"{self.base_url}/v2/messages",
            json={"to": phone, "from": self.sender_id, "body": body},
            timeout=10,
        )
        resp.raise_for_status()
        msg_id = resp.json()["id"]
        log.info("sms queued id=%s", msg_id)
        return msg_id

    def send_waiver_link(self, phone: str, player: str, link: str) -> str:
        return self.send(phone, f"Hi {player}, please sign your waiver before your game: {link}")
