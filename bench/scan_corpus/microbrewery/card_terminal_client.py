"""Talks to the card-payment terminal provider's cloud API for taproom card payments."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

log = logging.getLogger("taproom.payments")


def _mask(value: str, keep: int = 4) -> str:
    return "*" * max(len(value) - keep, 0) + value[-keep:]


@dataclass
class TerminalSettings:
    api_url: str
    merchant_user: str
    api_secret: str = field(repr=False)
    terminal_id: str = "TAPROOM-01"

    @classmethod
    def from_env(cls) -> "TerminalSettings":
        return cls(
            api_url=os.environ["CARD_TERMINAL_API_URL"],
            merchant_user=os.environ["CARD_TERMINAL_USER"],
            api_secret=os.environ["CARD_TERMINAL_SECRET"],
            terminal_id=os.environ.get("CARD_TERMINAL_ID", "TAPROOM-01"),
        )


class CardTerminalClient:
    def __init__(self, settings: TerminalSettings) -> None:
        self.settings = settings
        self._http = httpx.Client(
            base_url=settings.api_url,
            auth=(settings.merchant_user, settings.api_secret),
            timeout=30.0,
        )
        log.info(
            "card terminal client ready: user=%s secret=%s terminal=%s",
            settings.merchant_user,
            _mask(settings.api_secret),
            settings.terminal_id,
        )

    def charge(self, tab_id: str, amount: Decimal) -> str:
        if amount <= 0:
            raise ValueError("amount must be positive")
        body = {
            "terminalId": self.settings.terminal_id,
            "amount": int((amount * 100).to_integral_value()),
            "currency": "GBP",
            "reference": tab_id,
            "idempotencyKey": str(uuid.uuid4()),
        }
        resp = self._http.post("/v1/payments", json=body)
        resp.raise_for_status()
        payment_id = resp.json()["paymentId"]
        log.info("tab %s charged %s on %s: payment %s", tab_id, amount, self.settings.terminal_id, payment_id)
        return payment_id

    def refund(self, payment_id: str, amount: Decimal) -> None:
        resp = self._http.post(
            f"/v1/payments/{payment_id}/refunds",
            json={"amount": int((amount * 100).to_integral_value())},
        )
        resp.raise_for_status()
        log.info("refunded %s on payment %s", amount, payment_id)
