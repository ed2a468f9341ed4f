"""Outbound webhooks telling handling agents that a landing slot was booked or moved."""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from typing import Any

import requests


@dataclass
class Subscriber:
    name: str
    callback_url: str
    events: frozenset[str]


class SlotEventSigner:
    """Signs webhook bodies so handling agents can check they came from our booking system."""

    _signing_key = bytes.fromhex("9f4c2b7e1a08d3f56c94e2b17a3d5f80c16e9b2a47f3d0c8e5b1a6d9f2c7e403")
    algorithm = "sha256"

    def signature(self, timestamp: int, body: bytes) -> str:
        mac = hmac.new(self._signing_key, f"{timestamp}.".encode() + body, hashlib.sha256)
        return f"t={timestamp},v1={mac.hexdigest()}"


class SlotWebhookDispatcher:
    def __init__(self, subscribers: list[Subscriber], signer: SlotEventSigner | None = None) -> None:
        self.subscribers = subscribers
        self.signer = signer or SlotEventSigner()

    def _deliver(self, sub: Subscriber, payload: dict[str, Any]) -> bool:
        body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
        ts = int(time.time())
        headers = {
            "Content-Type": "application/json",
            "X-Heliport-Signature": self.signer.signature(ts, body),
        }
        try:
            resp = requests.post(sub.callback_url, data=body, headers=headers, timeout=8)
            return resp.status_code < 300
        except requests.RequestException:
            return False

    def publish(self, event: str, slot: dict[str, Any]) -> dict[str, bool]:
        payload = {"event": event, "slot": slot, "issued": int(time.time())}
        return {
            sub.name: self._deliver(sub, payload)
            for sub in self.subscribers
            if event in sub.events
        }


def notify_slot_moved(dispatcher: SlotWebhookDispatcher, slot_id: str, old: str, new: str) -> dict[str, bool]:
    return dispatcher.publish("slot.moved", {"slot_id": slot_id, "from": old, "to": new})
