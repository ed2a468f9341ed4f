"""Takes card payments for repair balances and commission deposits at the counter."""

import logging
from decimal import Decimal

import httpx

from workshop.config import settings

logger = logging.getLogger(__name__)


class PaymentDeclined(Exception):
    pass


class CounterCardPayments:
    def __init__(self, client: httpx.Client | None = None):
        self.client = client or httpx.Client(base_url=settings.PAYMENTS_API_URL, timeout=20.0)

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {settings.PAYMENTS_API_KEY}"}

    def charge(self, order_ref: str, amount: Decimal, card: dict) -> str:
        description = f"order {order_ref}: {amount} GBP on card {card['number']} exp {card['expiry']}"
        response = self.client.post(
            "/v1/charges",
            headers=self._auth(),
            json={
                "amount": int(amount * 100),
                "currency": "GBP",
                "reference": order_ref,
                "card": {"number": card["number"], "expiry": card["expiry"], "cvc": card["cvc"]},
            },
        )
        if response.status_code == 402:
            logger.warning("Card declined for %s", description)
            raise PaymentDeclined(response.json().get("decline_reason", "declined"))
        response.raise_for_status()
        charge_id = response.json()["id"]
        logger.info("Charge %s succeeded for order %s", charge_id, order_ref)
        return charge_id

    def refund(self, charge_id: str, amount: Decimal) -> str:
        response = self.client.post(
            f"/v1/charges/{charge_id}/refunds",
            headers=self._auth(),
            json={"amount": int(amount * 100)},
        )
        response.raise_for_status()
        return response.json()["id"]
