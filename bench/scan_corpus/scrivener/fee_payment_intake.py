"""Counter payments for certified copies and apostille fees.

Card details are forwarded to the acquirer's terminal API and never
stored; the office keeps only the acquirer's transaction id and the
last four digits for the receipt.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("scrivener.payments")

ACQUIRER_URL = os.environ.get("ACQUIRER_URL", "https://terminal.acquirer.example/v1/charges")


@dataclass
class CardPayment:
    receipt_no: str
    amount: Decimal
    currency: str
    pan: str
    expiry: str
    cvc: str
    holder: str

    @property
    def masked_pan(self) -> str:
        digits = self.pan.replace(" ", "")
        return f"{'*' * (len(digits) - 4)}{digits[-4:]}"


def charge(payment: CardPayment, session: requests.Session | None = None) -> str:
    http = session or requests.Session()
    response = http.post(
        ACQUIRER_URL,
        headers={"Authorization": f"Bearer {os.environ['ACQUIRER_API_KEY']}"},
        json={
            "amount": str(payment.amount),
            "currency": payment.currency,
            "card": {"number": payment.pan, "expiry": payment.expiry, "cvc": payment.cvc},
            "reference": payment.receipt_no,
        },
        timeout=30,
    )
    if response.status_code != 201:
        log.warning("charge declined for receipt %s card %s: HTTP %s",
                    payment.receipt_no, payment.masked_pan, response.status_code)
        raise RuntimeError(f"payment declined ({response.status_code})")
    txn = response.json()["transaction_id"]
    log.info("receipt %s paid %s %s with card %s, txn %s",
             payment.receipt_no, payment.amount, payment.currency, payment.masked_pan, txn)
    return txn


def receipt_lines(payment: CardPayment, txn: str) -> list[str]:
    return [
        f"Receipt {payment.receipt_no}",
        f"Amount: {payment.amount:.2f} {payment.currency}",
        f"Card: {payment.masked_pan}",
        f"Transaction: {txn}",
    ]
