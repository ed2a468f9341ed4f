"""Dispatch cut tickets to the clicker-press controllers on the shop floor.

Each press exposes a small HTTP API on the plant network.  Presses reboot or
drop off the network during die changes, so sends are retried with backoff.
"""
import logging
import random
import time
from dataclasses import dataclass
from typing import Sequence

import requests

log = logging.getLogger("cutting.dispatch")

MAX_ATTEMPTS = 5
BASE_DELAY = 0.5
MAX_DELAY = 20.0


@dataclass
class CutTicket:
    ticket_no: str
    hide_lot: str
    style_code: str
    die_ids: Sequence[str]
    quantity: int


def _backoff(attempt: int) -> float:
    ceiling = min(MAX_DELAY, BASE_DELAY * (2 ** attempt))
    return random.uniform(0, ceiling)


class PressDispatcher:
    def __init__(self, press_url: str, session: requests.Session = None):
        self.press_url = press_url.rstrip("/")
        self.session = session or requests.Session()

    def send(self, ticket: CutTicket) -> bool:
        body = {
            "ticket": ticket.ticket_no,
            "lot": ticket.hide_lot,
            "style": ticket.style_code,
            "dies": list(ticket.die_ids),
            "qty": ticket.quantity,
        }
        for attempt in range(MAX_ATTEMPTS):
            try:
                resp = self.session.post(f"{self.press_url}/jobs", json=body, timeout=5)
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return True
                log.warning("press %s returned %s", self.press_url, resp.status_code)
            except requests.ConnectionError as exc:
                log.warning("press %s unreachable: %s", self.press_url, exc)
            delay = _backoff(attempt)
            log.info("retrying ticket %s in %.1fs", ticket.ticket_no, delay)
            time.sleep(delay)
        return False

    def send_all(self, tickets: Sequence[CutTicket]) -> list:
        return [t.ticket_no for t in tickets if not self.send(t)]
