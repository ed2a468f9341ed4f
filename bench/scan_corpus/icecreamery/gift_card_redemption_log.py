"""Audit logging for gift card redemptions at the till."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

audit = logging.getLogger("giftcards.audit")


def mask_code(code: str, visible: int = 4) -> str:
    compact = code.replace("-", "")
    return "*" * max(0, len(compact) - visible) + compact[-visible:]


@dataclass
class Redemption:
    card_code: str
    parlour_id: str
    till_id: str
    amount: Decimal
    remaining: Decimal
    cashier: str


class RedemptionAuditor:
    fields = ("parlour", "till", "cashier", "card", "amount", "remaining")

    def __init__(self, logger: logging.Logger = audit) -> None:
        self.logger = logger

    def _record(self, r: Redemption) -> dict[str, str]:
        return {
            "parlour": r.parlour_id,
            "till": r.till_id,
            "cashier": r.cashier,
            "card": mask_code(r.card_code),
            "amount": f"{r.amount:.2f}",
            "remaining": f"{r.remaining:.2f}",
        }

    def redeemed(self, r: Redemption) -> None:
        rec = self._record(r)
        self.logger.info(
            "gift card redeemed " + " ".join(f"{k}=%s" for k in self.fields),
            *(rec[k] for k in self.fields),
        )

    def declined(self, r: Redemption, reason: str) -> None:
        self.logger.warning("gift card declined card=%s parlour=%s reason=%s",
                            mask_code(r.card_code), r.parlour_id, reason)
