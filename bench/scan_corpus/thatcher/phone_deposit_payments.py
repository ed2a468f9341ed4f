"""Takes deposits over the phone for customers who cannot pay online.

Some of our older customers prefer to ring the office. The clerk keys the
card details into this form, which forwards them to the card processor and
records the deposit against the quote.
"""

import logging
import os
from dataclasses import asdict, dataclass

import requests

logger = logging.getLogger(__name__)

PROCESSOR_URL = "https://api.cardprocessor.example.com/v1/charges"


@dataclass
class PhonePayment:
    quote_ref: str
    amount_pence: int
    cardholder: str
    card_number: str
    expiry: str
    cvc: str
    postcode: str


class DepositTaker:
    def __init__(self, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.session.auth = (os.environ["CARD_PROCESSOR_KEY"], "")

    def charge(self, payment: PhonePayment) -> str:
        body = asdict(payment)
        logger.info("Submitting phone deposit for quote %s: %s", payment.quote_ref, body)
        resp = self.session.post(
            PROCESSOR_URL,
            json={
                "amount": payment.amount_pence,
                "currency": "gbp",
                "description": f"Deposit {payment.quote_ref}",
                "card": {
                    "number": payment.card_number,
                    "exp": payment.expiry,
                    "cvc": payment.cvc,
                    "name": payment.cardholder,
                    "address_postcode": payment.postcode,
                },
            },
            timeout=30,
        )
        resp.raise_for_status()
        charge_id = resp.json()["id"]
        logger.info("Deposit for quote %s accepted as %s", payment.quote_ref, charge_id)
        return charge_id
