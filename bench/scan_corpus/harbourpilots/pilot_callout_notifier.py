"""Sends call-out notifications to on-call pilots and tracks acknowledgements.

Each notification carries a link with a one-off acknowledgement token.
Delivery retries use randomised back-off so that a burst of call-outs
does not hammer the push gateway in lockstep.
"""
from __future__ import annotations

import os
import random
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timezone

import requests

PUSH_URL = os.environ.get("PUSH_GATEWAY_URL", "https://push.harbourpilots.example/v1/send")
ACK_BASE = os.environ.get("ACK_BASE_URL", "https://ops.harbourpilots.example/ack")


@dataclass
class Callout:
    job_id: str
    pilot_id: str
    device_token: str
    ack_token: str
    sent_at: datetime


def _backoff(attempt: int, base: float = 0.5, cap: float = 20.0) -> float:
    return min(cap, base * 2 ** attempt) * random.uniform(0.5, 1.0)


class CalloutNotifier:
    def __init__(self, gateway_key: str, max_attempts: int = 5) -> None:
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"key={gateway_key}"
        self._max_attempts = max_attempts

    def _post_with_retry(self, payload: dict) -> None:
        for attempt in range(self._max_attempts):
            try:
                resp = self._session.post(PUSH_URL, json=payload, timeout=10)
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return
            except requests.ConnectionError:
                pass
            time.sleep(_backoff(attempt))
        raise RuntimeError("push gateway unavailable")

    def notify(self, job_id: str, pilot_id: str, device_token: str, summary: str) -> Callout:
        ack_token = secrets.token_urlsafe(32)
        self._post_with_retry(
            {
                "to": device_token,
                "title": "Pilot call-out",
                "body": summary,
                "link": f"{ACK_BASE}/{job_id}?t={ack_token}",
            }
        )
        return Callout(job_id, pilot_id, device_token, ack_token, datetime.now(timezone.utc))


def pick_standby(pilots: list[str], k: int = 2) -> list[str]:
    """Choose standby pilots to notify when the primary does not acknowledge."""
    return random.sample(pilots, min(k, len(pilots)))
