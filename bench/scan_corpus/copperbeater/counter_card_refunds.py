"""Refunds for trade-counter card sales (returned sheet, cancelled tinning)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("copperbeater.refunds")

PROCESSOR_BASE = "https://api.cardprocessor.example/v2"


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"**** **** **** {digits[-4:]}" if len(digits) >= 4 else "****"


@dataclass
class CounterSale:
    receipt_no: str
    charge_id: str
    card_number: str
    amount: Decimal


class RefundService:
    def __init__(self, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.session.auth = (os.environ["CARD_PROCESSOR_SECRET_KEY"], "")

    def refund(self, sale: CounterSale, amount: Decimal | None = None, reason: str = "") -> str:
        amount = sale.amount if amount is None else amount
        if amount <= 0 or amount > sale.amount:
            raise ValueError(f"refund of {amount} not valid for sale {sale.receipt_no}")
        log.info("refunding £%s on receipt %s (card %s) reason=%r",
                 amount, sale.receipt_no, mask_pan(sale.card_number), reason)
        resp = self.session.post(
            f"{PROCESSOR_BASE}/refunds",
            data={
                "charge": sale.charge_id,
                "amount": int(amount * 100),
                "metadata[receipt_no]": sale.receipt_no,
            },
            timeout=30,
        )
        if resp.status_code >= 400:
            log.error("refund for receipt %s rejected: HTTP %s %s",
                      sale.receipt_no, resp.status_code, resp.json().get("error", {}).get("code"))
            resp.raise_for_status()
        refund_id = resp.json()["id"]
        log.info("refund %s issued for receipt %s", refund_id, sale.receipt_no)
        return refund_id
