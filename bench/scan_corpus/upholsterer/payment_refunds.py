"""Refunds for cancelled jobs and overpaid balances."""
import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("payments.refunds")


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"{'*' * max(len(digits) - 4, 0)}{digits[-4:]}"


@dataclass
class OriginalPayment:
    provider_id: str
    job_reference: str
    amount: Decimal
    card_number: str
    card_brand: str


class RefundService:
    def __init__(self, api_base: str | None = None) -> None:
        self.api_base = api_base or os.environ["PAYMENTS_API_URL"]
        self.http = requests.Session()
        self.http.auth = (os.environ["PAYMENTS_SECRET_KEY"], "")

    def refund(self, payment: OriginalPayment, amount: Decimal, reason: str) -> str:
        if amount <= 0 or amount > payment.amount:
            raise ValueError(f"Refund of {amount} is outside 0..{payment.amount}")
        log.info(
            "Refunding %s of %s for job %s to %s card %s (%s)",
            amount, payment.amount, payment.job_reference,
            payment.card_brand, mask_pan(payment.card_number), reason,
        )
        resp = self.http.post(
            f"{self.api_base}/refunds",
            data={
                "payment_intent": payment.provider_id,
                "amount": int(amount * 100),
                "reason": "requested_by_customer",
                "metadata[job_reference]": payment.job_reference,
                "metadata[note]": reason[:200],
            },
            timeout=20,
        )
        if not resp.ok:
            log.error("Refund for job %s rejected: %s %s",
                      payment.job_reference, resp.status_code, resp.json().get("error", {}).get("code"))
            resp.raise_for_status()
        return resp.json()["id"]
