"""Refunds for cancelled or overpaid boat licences via the payment provider."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

logger = logging.getLogger("licensing.refunds")


@dataclass(frozen=True)
class RefundSettings:
    api_url: str
    merchant_id: str
    api_key: str = field(repr=False)
    max_refund: Decimal = Decimal("1500.00")

    @classmethod
    def from_env(cls) -> "RefundSettings":
        return cls(
            api_url=os.environ["PAYMENT_API_URL"],
            merchant_id=os.environ["PAYMENT_MERCHANT_ID"],
            api_key=os.environ["PAYMENT_API_KEY"],
        )


class RefundError(RuntimeError):
    pass


class RefundClient:
    def __init__(self, settings: RefundSettings) -> None:
        self.settings = settings
        self.http = httpx.Client(
            base_url=settings.api_url,
            auth=(settings.merchant_id, settings.api_key),
            timeout=20.0,
        )
        logger.info("refund client configured: %s", settings)

    def refund(self, charge_id: str, amount: Decimal, reason: str) -> str:
        if amount <= 0 or amount > self.settings.max_refund:
            raise RefundError(f"refund amount {amount} outside permitted range")
        resp = self.http.post(
            f"/charges/{charge_id}/refunds",
            json={"amount_minor": int(amount * 100), "reason": reason[:140]},
        )
        if resp.status_code >= 400:
            logger.error("refund rejected charge=%s status=%s", charge_id, resp.status_code)
            raise RefundError(resp.text[:200])
        refund_id = resp.json()["refund_id"]
        logger.info("refund %s issued for charge %s amount=%s", refund_id, charge_id, amount)
        return refund_id


def refund_pro_rata(charge_id: str, paid: Decimal, months_unused: int) -> str:
    amount = (paid * Decimal(months_unused) / Decimal(12)).quantize(Decimal("0.01"))
    return RefundClient(RefundSettings.from_env()).refund(charge_id, amount, "pro-rata cancellation")
