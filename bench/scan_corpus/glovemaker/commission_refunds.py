"""Refund deposits on cancelled bespoke glove commissions."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

import httpx

log = logging.getLogger("studio.refunds")

REFUNDS_URL = "https://api.payments-gateway.com/v1/refunds"


@dataclass
class DepositRecord:
    commission_ref: str
    charge_id: str
    amount: Decimal
    card_number: str
    customer_email: str


def masked_card(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"**** **** **** {digits[-4:]}" if len(digits) >= 4 else "****"


class RefundService:
    def __init__(self, client: Optional[httpx.Client] = None):
        self.client = client or httpx.Client(timeout=30.0)
        self.api_key = os.environ["PAYMENT_GATEWAY_KEY"]

    def refund(self, deposit: DepositRecord, reason: str, partial: Optional[Decimal] = None) -> str:
        amount = partial if partial is not None else deposit.amount
        if amount > deposit.amount:
            raise ValueError("refund larger than deposit")
        resp = self.client.post(
            REFUNDS_URL,
            headers={"Authorization": f"Bearer {self.api_key}"},
            json={"charge": deposit.charge_id, "amount": str(amount), "reason": reason},
        )
        if resp.status_code >= 400:
            log.error(
                "refund failed for %s on card %s: HTTP %s",
                deposit.commission_ref,
                masked_card(deposit.card_number),
                resp.status_code,
            )
            resp.raise_for_status()
        refund_id = resp.json()["id"]
        log.info(
            "refunded %s on %s to card %s (refund %s)",
            amount,
            deposit.commission_ref,
            masked_card(deposit.card_number),
            refund_id,
        )
        return refund_id
