"""Take card payments over the phone for deposits on reupholstery jobs.

Office staff key the card into the back-office screen while the customer is
on the phone; we pass it to the acquirer's server-to-server API.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("payments.moto")

ACQUIRER_URL = os.environ.get("ACQUIRER_API_URL", "https://api.acquirer.example.com/v2")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


@dataclass
class DepositRequest:
    job_reference: str
    amount: Decimal
    card: CardDetails


class MotoPayments:
    def __init__(self, client: httpx.Client | None = None) -> None:
        self.client = client or httpx.Client(
            base_url=ACQUIRER_URL,
            headers={"Authorization": f"Bearer {os.environ['ACQUIRER_API_KEY']}"},
            timeout=20.0,
        )

    def take_deposit(self, req: DepositRequest) -> str:
        card = req.card
        log.info("Deposit %s for job %s: card %s exp %02d/%d", req.amount, req.job_reference,
                 card.number, card.expiry_month, card.expiry_year)
        response = self.client.post(
            "/payments",
            json={
                "amount": int(req.amount * 100),
                "currency": "GBP",
                "reference": req.job_reference,
                "channel": "moto",
                "card": {
                    "number": req.card.number,
                    "exp_month": req.card.expiry_month,
                    "exp_year": req.card.expiry_year,
                    "cvc": req.card.cvc,
                    "name": req.card.holder,
                },
            },
        )
        response.raise_for_status()
        payment_id = response.json()["id"]
        log.info("Deposit for job %s accepted as %s", req.job_reference, payment_id)
        return payment_id
