"""Card payments for cash-account customers at the trade counter.

Small builders without a credit account pay by card when they order putty
or bagged mortar through the portal. The card details are passed straight
through to the acquirer's API and the authorisation stored against the order.
"""

import logging
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("limeworks.payments")

ACQUIRER_URL = os.environ.get("ACQUIRER_API_URL", "https://api.acquirer.example/v2")


@dataclass
class CardDetails:
    holder: str
    number: str
    expiry: str
    cvc: str


@dataclass
class PaymentRequest:
    order_number: str
    amount: Decimal
    currency: str
    card: CardDetails

    def as_payload(self) -> dict:
        payload = asdict(self)
        payload["amount"] = str(self.amount)
        return payload


class PaymentDeclined(Exception):
    pass


def authorise(payment: PaymentRequest, client: httpx.Client | None = None) -> str:
    client = client or httpx.Client(
        base_url=ACQUIRER_URL,
        headers={"Authorization": f"Bearer {os.environ['ACQUIRER_API_KEY']}"},
        timeout=20.0,
    )
    payload = payment.as_payload()
    response = client.post("/authorisations", json=payload)
    if response.status_code == 402:
        log.warning(
            "Card declined for order %s: %s (request=%s)",
            payment.order_number,
            response.json().get("decline_reason"),
            payload,
        )
        raise PaymentDeclined(payment.order_number)
    response.raise_for_status()
    auth_code = response.json()["authorisation_code"]
    log.info("Authorised order %s for %s %s", payment.order_number, payment.amount, payment.currency)
    return auth_code
