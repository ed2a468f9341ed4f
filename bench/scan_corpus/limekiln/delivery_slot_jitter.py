"""Pushes confirmed delivery slots to haulier systems with retry and jittered back-off."""
from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime

import requests

log = logging.getLogger("dispatch.push")


@dataclass
class SlotConfirmation:
    order_ref: str
    haulier_code: str
    depot: str
    slot_start: datetime
    tonnes: float

    def as_payload(self) -> dict:
        return {
            "order_ref": self.order_ref,
            "depot": self.depot,
            "slot_start": self.slot_start.isoformat(),
            "tonnes": round(self.tonnes, 2),
        }


class HaulierPusher:
    def __init__(self, endpoint: str, session: requests.Session | None = None,
                 attempts: int = 5, base_delay: float = 0.5, max_delay: float = 20.0) -> None:
        self.endpoint = endpoint
        self.session = session or requests.Session()
        self.attempts = attempts
        self.base_delay = base_delay
        self.max_delay = max_delay

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)

    def push(self, confirmation: SlotConfirmation) -> bool:
        for attempt in range(self.attempts):
            try:
                resp = self.session.post(
                    self.endpoint, json=confirmation.as_payload(), timeout=10
                )
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return True
                log.warning("haulier %s returned %s", confirmation.haulier_code, resp.status_code)
            except requests.ConnectionError as exc:
                log.warning("haulier %s unreachable: %s", confirmation.haulier_code, exc)
            delay = self._backoff(attempt)
            log.debug("retrying %s in %.2fs", confirmation.order_ref, delay)
            time.sleep(delay)
        return False


def push_all(pusher: HaulierPusher, confirmations: list[SlotConfirmation]) -> list[str]:
    """Push in a shuffled order so one slow haulier does not always go last."""
    pending = list(confirmations)
    random.shuffle(pending)
    return [c.order_ref for c in pending if not pusher.push(c)]
