"""Refund framing deposits when a customer cancels before work starts."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

import requests

log = logging.getLogger("framer.payments.refunds")

GATEWAY_REFUNDS = "https://gateway.cardpay.example/v1/refunds"


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"**** **** **** {digits[-4:]}" if len(digits) >= 12 else "****"


@dataclass
class DepositRecord:
    quote_ref: str
    charge_id: str
    amount: Decimal
    card_number: str
    customer_name: str


def refund_deposit(record: DepositRecord, reason: str, amount: Optional[Decimal] = None) -> str:
    value = amount if amount is not None else record.amount
    log.info(
        "refunding %s for quote %s to card %s (%s): %s",
        value, record.quote_ref, mask_pan(record.card_number), record.customer_name, reason,
    )
    resp = requests.post(
        GATEWAY_REFUNDS,
        json={"charge_id": record.charge_id, "amount": int(value * 100), "reason": reason},
        auth=(os.environ["CARDPAY_MERCHANT_ID"], os.environ["CARDPAY_API_KEY"]),
        timeout=20,
    )
    if resp.status_code >= 400:
        log.error(
            "refund for quote %s rejected: %s %s",
            record.quote_ref, resp.status_code, resp.json().get("error_code", "unknown"),
        )
        resp.raise_for_status()
    refund_id = resp.json()["refund_id"]
    log.info("refund %s issued for quote %s", refund_id, record.quote_ref)
    return refund_id


def cancel_quote(record: DepositRecord, days_since_intake: int) -> str:
    if days_since_intake <= 2:
        return refund_deposit(record, "cancelled within cooling-off period")
    keep = (record.amount * Decimal("0.25")).quantize(Decimal("0.01"))
    return refund_deposit(record, "cancelled after materials ordered", record.amount - keep)
