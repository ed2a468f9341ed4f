"""Client for the card processor used by the e-shop checkout."""
import logging
from dataclasses import dataclass
from decimal import Decimal

import httpx

from pewterer.eshop.config import settings

log = logging.getLogger("pewterer.eshop.payments")


@dataclass
class CardDetails:
    number: str
    exp_month: int
    exp_year: int
    cvc: str
    holder: str


def _charge_body(order_ref: str, amount: Decimal, currency: str, card: CardDetails) -> dict:
    return {
        "reference": order_ref,
        "amount_minor": int(amount * 100),
        "currency": currency.upper(),
        "source": {
            "type": "card",
            "number": card.number,
            "expiry": f"{card.exp_month:02d}/{card.exp_year % 100:02d}",
            "cvc": card.cvc,
            "name": card.holder,
        },
    }


class CardChargeClient:
    def __init__(self, base_url: str = settings.processor_url, timeout: float = 20.0) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            timeout=timeout,
            auth=(settings.processor_account, settings.processor_api_key),
        )

    def charge(self, order_ref: str, amount: Decimal, currency: str, card: CardDetails) -> dict:
        body = _charge_body(order_ref, amount, currency, card)
        log.debug("submitting charge %s: %s", order_ref, body)
        response = self._client.post("/v2/charges", json=body)
        if response.status_code >= 400:
            log.error("charge %s declined with status %s", order_ref, response.status_code)
            response.raise_for_status()
        result = response.json()
        log.info("charge %s accepted as %s", order_ref, result.get("id"))
        return result

    def close(self) -> None:
        self._client.close()
