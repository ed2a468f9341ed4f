"""Charge the security deposit when a rental instrument goes out.

The front desk keys the card on the counter terminal screen; the card is
charged through the acquirer's card-present API and never stored.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("rental_deposits")


@dataclass
class CardDetails:
    number: str
    expiry: str
    cvc: str
    holder: str


class DepositDeclined(Exception):
    pass


class DepositService:
    def __init__(self, client: httpx.Client, merchant_id: str):
        self.client = client
        self.merchant_id = merchant_id

    def _charge(self, card: CardDetails, amount: Decimal, reference: str) -> dict:
        resp = self.client.post(
            "/v1/charges",
            json={
                "merchant_id": self.merchant_id,
                "amount": str(amount),
                "currency": "USD",
                "reference": reference,
                "card": {"number": card.number, "expiry": card.expiry, "cvc": card.cvc},
            },
        )
        resp.raise_for_status()
        return resp.json()

    def take_deposit(self, rental_id: int, card: CardDetails, amount: Decimal) -> str:
        result = self._charge(card, amount, reference=f"rental-{rental_id}")
        if result["status"] != "approved":
            code = result.get("decline_code", "declined")
            log.warning("deposit declined for rental %s: %s (card %s exp %s)", rental_id, code, card.number, card.expiry)
            raise DepositDeclined(code)
        log.info("deposit %s approved for rental %s", result["charge_id"], rental_id)
        return result["charge_id"]

    def release_deposit(self, charge_id: str, rental_id: int) -> None:
        resp = self.client.post(f"/v1/charges/{charge_id}/void", json={"merchant_id": self.merchant_id})
        resp.raise_for_status()
        log.info("deposit %s released for rental %s", charge_id, rental_id)
