"""Takes card payments for telephone orders keyed in at the workshop office."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("payments.moto")

GATEWAY_URL = os.environ.get("CARD_GATEWAY_URL", "https://gateway.cardstream.com/direct/")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvv: str
    holder: str

    @property
    def last4(self) -> str:
        return self.number[-4:]


class DeclinedError(Exception):
    pass


class MotoPayments:
    def __init__(self, merchant_id: str | None = None, api_key: str | None = None):
        self.merchant_id = merchant_id or os.environ["GATEWAY_MERCHANT_ID"]
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key or os.environ['GATEWAY_API_KEY']}"

    def charge(self, order_ref: str, amount: Decimal, card: CardDetails) -> str:
        payload = {
            "merchantID": self.merchant_id,
            "action": "SALE",
            "type": 2,  # mail order / telephone order
            "amount": int(amount * 100),
            "currencyCode": 826,
            "orderRef": order_ref,
            "cardNumber": card.number,
            "cardExpiryMonth": card.expiry_month,
            "cardExpiryYear": card.expiry_year % 100,
            "cardCVV": card.cvv,
            "customerName": card.holder,
        }
        resp = self.session.post(GATEWAY_URL, json=payload, timeout=30)
        resp.raise_for_status()
        result = resp.json()
        if result.get("responseCode") != 0:
            log.warning("card %s declined for order %s: %s", card.number, order_ref, result.get("responseMessage"))
            raise DeclinedError(result.get("responseMessage", "declined"))
        log.info("order %s charged %.2f on card ending %s", order_ref, amount, card.last4)
        return result["xref"]
