"""Day-pass checkout at the lobby kiosk: charges the card terminal and records the sale."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("kiosk.checkout")

TERMINAL_API = os.environ.get("CARD_TERMINAL_API", "https://terminal.summitwalls.example/v1")


def _mask(value: str, keep: int = 4) -> str:
    if not value:
        return ""
    return "*" * max(len(value) - keep, 0) + value[-keep:]


@dataclass
class Checkout:
    kiosk_id: str
    product: str
    amount: Decimal
    waiver_id: int


class DayPassCheckout:
    def __init__(self, kiosk_id: str) -> None:
        self.kiosk_id = kiosk_id
        self._api_key = os.environ["CARD_TERMINAL_API_KEY"]
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {self._api_key}"

    def charge(self, sale: Checkout) -> dict:
        resp = self.http.post(
            f"{TERMINAL_API}/payments",
            json={
                "terminal": sale.kiosk_id,
                "amount_minor": int(sale.amount * 100),
                "currency": "GBP",
                "reference": f"daypass-{sale.waiver_id}",
            },
            timeout=60,
        )
        if resp.status_code == 401:
            log.error("card terminal rejected API key %s for kiosk %s",
                      _mask(self._api_key), sale.kiosk_id)
            raise PermissionError("card terminal authentication failed")
        resp.raise_for_status()
        result = resp.json()
        log.info(
            "kiosk %s charged %s for %s (card %s, auth %s)",
            sale.kiosk_id,
            sale.amount,
            sale.product,
            _mask(result.get("card_last4", ""), keep=4),
            result.get("auth_code"),
        )
        return result

    def refund(self, payment_id: str, amount: Decimal) -> dict:
        resp = self.http.post(
            f"{TERMINAL_API}/payments/{payment_id}/refunds",
            json={"amount_minor": int(amount * 100)},
            timeout=60,
        )
        resp.raise_for_status()
        log.info("refunded %s on payment %s", amount, payment_id)
        return resp.json()
