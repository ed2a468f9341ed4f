"""Client for the card-terminal provider's cloud API.

The till pushes a sale amount to a paired terminal, then polls until the
customer has tapped or the attempt has been cancelled at the terminal.
"""
from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass

import requests

log = logging.getLogger("chandlery.terminal")


@dataclass
class TerminalSettings:
    base_url: str
    api_key: str
    merchant_id: str
    poll_interval: float = 1.5
    timeout: float = 10.0


class TerminalError(RuntimeError):
    pass


class CardTerminalClient:
    def __init__(self, settings: TerminalSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {settings.api_key}",
                "X-Merchant-Id": settings.merchant_id,
            }
        )

    def _url(self, path: str) -> str:
        return f"{self.settings.base_url.rstrip('/')}/{path.lstrip('/')}"

    def pair(self, terminal_id: str) -> dict:
        log.debug("pairing terminal %s using key %s", terminal_id, self.settings.api_key)
        resp = self.session.post(
            self._url(f"terminals/{terminal_id}/pair"), timeout=self.settings.timeout
        )
        resp.raise_for_status()
        return resp.json()

    def start_sale(self, terminal_id: str, amount_minor: int, reference: str) -> str:
        resp = self.session.post(
            self._url(f"terminals/{terminal_id}/payments"),
            json={
                "amount": amount_minor,
                "currency": "GBP",
                "reference": reference,
                "idempotency_key": str(uuid.uuid4()),
            },
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["payment_id"]

    def wait_for_result(self, payment_id: str, max_wait: float = 120.0) -> str:
        deadline = time.monotonic() + max_wait
        while time.monotonic() < deadline:
            resp = self.session.get(
                self._url(f"payments/{payment_id}"), timeout=self.settings.timeout
            )
            resp.raise_for_status()
            state = resp.json()["status"]
            if state in {"approved", "declined", "cancelled"}:
                log.info("payment %s finished with status %s", payment_id, state)
                return state
            time.sleep(self.settings.poll_interval)
        raise TerminalError(f"payment {payment_id} did not complete in {max_wait}s")
