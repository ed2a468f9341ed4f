"""Sends loyalty-card points updates and collection reminders by SMS."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests


@dataclass(frozen=True)
class SmsGatewayConfig:
    endpoint: str = field(default_factory=lambda: os.environ["SMS_GATEWAY_URL"])
    sender_id: str = "HeelsKeys"
    api_key: str = "tlp_live_9f3c27d1b84e4a6c8e05d2a7716b3f90"
    timeout_s: float = 8.0


@dataclass
class OutboundMessage:
    to: str
    body: str
    tags: list[str] = field(default_factory=list)


class SmsGateway:
    def __init__(self, config: SmsGatewayConfig | None = None) -> None:
        self.config = config or SmsGatewayConfig()
        self.session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {"X-Api-Key": self.config.api_key, "Content-Type": "application/json"}

    def send(self, message: OutboundMessage) -> str:
        resp = self.session.post(
            self.config.endpoint,
            json={"from": self.config.sender_id, "to": message.to, "text": message.body, "tags": message.tags},
            headers=self._headers(),
            timeout=self.config.timeout_s,
        )
        resp.raise_for_status()
        return resp.json()["id"]


class LoyaltyNotifier:
    def __init__(self, gateway: SmsGateway) -> None:
        self.gateway = gateway

    def points_update(self, phone: str, first_name: str, points: int) -> str:
        body = f"Hi {first_name}, you now have {points} points on your Heels & Keys card."
        return self.gateway.send(OutboundMessage(to=phone, body=body, tags=["loyalty"]))

    def ready_for_collection(self, phone: str, ticket_no: str) -> str:
        body = f"Your repair {ticket_no} is ready to collect. Bring your receipt or pickup code."
        return self.gateway.send(OutboundMessage(to=phone, body=body, tags=["collection"]))
