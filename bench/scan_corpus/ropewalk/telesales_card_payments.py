"""Telephone (MOTO) card payments taken by the telesales team.

Sales staff key card details from a phone order into the back-office form;
the payment is authorised through the acquirer's gateway and the order is
released to production once the authorisation comes back.
"""
import logging
import os
from dataclasses import asdict, dataclass
from decimal import Decimal

import requests

logger = logging.getLogger(__name__)

GATEWAY_URL = "https://gateway.cardstream-payments.com/v1/moto/authorise"


class PaymentDeclined(Exception):
    pass


@dataclass
class CardDetails:
    pan: str
    expiry_month: int
    expiry_year: int
    cvc: str
    cardholder: str


@dataclass
class MotoPayment:
    order_no: str
    amount: Decimal
    currency: str
    card: CardDetails

    def to_gateway(self) -> dict:
        body = asdict(self)
        body["amount"] = str(self.amount)
        body["merchant_id"] = os.environ["GATEWAY_MERCHANT_ID"]
        return body


def authorise(payment: MotoPayment) -> str:
    body = payment.to_gateway()
    logger.info("Submitting MOTO authorisation for order %s: %s", payment.order_no, body)
    resp = requests.post(
        GATEWAY_URL,
        json=body,
        auth=(os.environ["GATEWAY_MERCHANT_ID"], os.environ["GATEWAY_API_KEY"]),
        timeout=30,
    )
    resp.raise_for_status()
    result = resp.json()
    if result.get("status") != "authorised":
        logger.warning("Authorisation declined for order %s: %s", payment.order_no, result.get("reason"))
        raise PaymentDeclined(result.get("reason", "declined"))
    return result["authorisation_code"]
