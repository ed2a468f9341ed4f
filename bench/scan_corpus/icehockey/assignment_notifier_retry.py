"""Sends referee game assignments to the SMS gateway with retry and jitter."""
from __future__ import annotations

import logging
import os
import random
import time
import uuid
from dataclasses import dataclass

import requests

log = logging.getLogger("assignment_notifier")


@dataclass(frozen=True)
class GatewaySettings:
    url: str
    token: str
    max_attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    @classmethod
    def from_env(cls) -> "GatewaySettings":
        return cls(url=os.environ["SMS_GATEWAY_URL"], token=os.environ["SMS_GATEWAY_TOKEN"])


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    return random.uniform(0, min(cap, base * 2 ** attempt))


class AssignmentNotifier:
    def __init__(self, settings: GatewaySettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {settings.token}"

    def notify(self, phone: str, referee_name: str, game: dict) -> bool:
        message = (
            f"Hi {referee_name}, you are assigned to {game['home']} vs {game['away']} "
            f"at {game['rink']} on {game['starts_at']:%a %b %d %H:%M}. Reply Y to confirm."
        )
        idempotency_key = str(uuid.uuid4())
        for attempt in range(self._settings.max_attempts):
            try:
                response = self._session.post(
                    self._settings.url,
                    json={"to": phone, "body": message},
                    headers={"Idempotency-Key": idempotency_key},
                    timeout=10,
                )
                if response.status_code < 500 and response.status_code != 429:
                    response.raise_for_status()
                    return True
            except requests.ConnectionError:
                log.warning("SMS gateway unreachable (attempt %d)", attempt + 1)
            time.sleep(backoff_delay(attempt, self._settings.base_delay, self._settings.max_delay))
        log.error("Giving up on assignment SMS for game %s", game["id"])
        return False
