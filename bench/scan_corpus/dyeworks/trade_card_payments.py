"""Take card payments against trade-account invoices.

Small trade customers (sampling studios, craft dyers) settle invoices by
card through the payment provider. This module wraps the provider call.
"""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("trade.payments")

PROVIDER_URL = "https://api.payments-provider.example/v1/charges"


@dataclass
class CardDetails:
    number: str
    expiry: str
    cvc: str
    holder: str


class PaymentDeclined(Exception):
    pass


def _auth_headers() -> dict:
    return {"Authorization": f"Bearer {os.environ['PAYMENTS_SECRET_KEY']}"}


def charge_invoice(account_no: str, invoice_no: str, amount: Decimal, card: CardDetails) -> str:
    payload = {
        "amount": int(amount * 100),
        "currency": "GBP",
        "description": f"Invoice {invoice_no} ({account_no})",
        "card": {"number": card.number, "exp": card.expiry, "cvc": card.cvc, "name": card.holder},
    }
    resp = requests.post(PROVIDER_URL, json=payload, headers=_auth_headers(), timeout=30)
    body = resp.json()
    if resp.status_code != 200 or body.get("status") != "succeeded":
        log.warning("card %s declined on invoice %s: %s", card.number, invoice_no, body.get("decline_code"))
        raise PaymentDeclined(body.get("decline_code", "unknown"))
    log.info("invoice %s paid by card, charge %s", invoice_no, body["id"])
    return body["id"]


def settle(invoices, card: CardDetails, account_no: str) -> dict:
    results = {}
    for inv in invoices:
        try:
            results[inv.number] = charge_invoice(account_no, inv.number, inv.outstanding, card)
        except PaymentDeclined as exc:
            results[inv.number] = f"declined: {exc}"
            break
    return results
