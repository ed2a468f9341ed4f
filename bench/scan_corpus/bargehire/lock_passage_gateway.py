"""Lock passage slot booking against the waterways authority gateway.

Staffed flights of locks on the river sections must be booked in advance.
The authority exposes a small JSON-over-HTTPS gateway; this module books and
cancels passage slots for our hire boats.
"""
from __future__ import annotations

import json
import os
import ssl
import urllib.request
from dataclasses import asdict, dataclass
from datetime import datetime

GATEWAY_URL = os.environ.get("LOCK_GATEWAY_URL", "https://locks.example-waterways.org/api/v2")


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.load_cert_chain(
        certfile=os.environ["LOCK_GATEWAY_CLIENT_CERT"],
        keyfile=os.environ["LOCK_GATEWAY_CLIENT_KEY"],
    )
    return ctx


@dataclass
class PassageRequest:
    lock_flight: str
    boat_name: str
    boat_length_m: float
    direction: str
    earliest: datetime
    booking_ref: str


class LockGatewayClient:
    def __init__(self, base_url: str = GATEWAY_URL) -> None:
        self._base = base_url.rstrip("/")
        self._ctx = _tls_context()

    def _call(self, method: str, path: str, payload: dict | None = None) -> dict:
        body = json.dumps(payload, default=str).encode() if payload is not None else None
        req = urllib.request.Request(
            f"{self._base}{path}",
            data=body,
            method=method,
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )
        with urllib.request.urlopen(req, context=self._ctx, timeout=15) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else {}

    def book(self, passage: PassageRequest) -> str:
        if passage.direction not in ("upstream", "downstream"):
            raise ValueError("direction must be upstream or downstream")
        result = self._call("POST", f"/flights/{passage.lock_flight}/slots", asdict(passage))
        return result["slot_id"]

    def cancel(self, lock_flight: str, slot_id: str) -> None:
        self._call("DELETE", f"/flights/{lock_flight}/slots/{slot_id}")

    def open_slots(self, lock_flight: str, day: str) -> list[dict]:
        return self._call("GET", f"/flights/{lock_flight}/slots?day={day}").get("slots", [])
