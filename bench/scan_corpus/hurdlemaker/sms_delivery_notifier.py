"""Text messages to customers the evening before a delivery run."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import httpx

log = logging.getLogger(__name__)


@dataclass
class Drop:
    customer_name: str
    mobile: str
    window: str
    items: str


class SmsGatewayError(Exception):
    pass


class SmsNotifier:
    def __init__(self, base_url: str, api_key: str, sender_id: str = "HazelHurdl") -> None:
        self._api_key = api_key
        self._sender_id = sender_id
        self._client = httpx.Client(
            base_url=base_url,
            timeout=10.0,
            headers={"Authorization": f"Bearer {api_key}"},
        )

    @classmethod
    def from_env(cls) -> "SmsNotifier":
        return cls(os.environ["SMS_GATEWAY_URL"], os.environ["SMS_GATEWAY_KEY"])

    def _send(self, to: str, body: str) -> str:
        resp = self._client.post(
            "/v1/messages", json={"from": self._sender_id, "to": to, "body": body}
        )
        if resp.status_code in (401, 403):
            raise SmsGatewayError(
                f"SMS gateway refused credentials (key {self._api_key}): HTTP {resp.status_code}"
            )
        resp.raise_for_status()
        return resp.json()["id"]

    def notify_run(self, run_date: date, drops: list[Drop]) -> int:
        sent = 0
        for drop in drops:
            body = (
                f"Hi {drop.customer_name.split()[0]}, your {drop.items} will arrive "
                f"{run_date:%A %d %B} between {drop.window}. Reply STOP to opt out."
            )
            try:
                message_id = self._send(drop.mobile, body)
            except httpx.HTTPStatusError as exc:
                log.warning("could not text %s: HTTP %s", drop.customer_name, exc.response.status_code)
                continue
            log.info("delivery text %s queued for %s", message_id, drop.customer_name)
            sent += 1
        return sent

    def close(self) -> None:
        self._client.close()
