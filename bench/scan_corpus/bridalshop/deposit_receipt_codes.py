"""Confirmation codes printed on bridal gown deposit receipts.

A bride quotes the code at the counter, or types it into the balance
payment page, to pull up and settle her order.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal


class CodeFormat:
    alphabet = string.ascii_uppercase + string.digits
    length = 8
    prefix = "DEP"
    valid_days = 120


@dataclass
class DepositReceipt:
    order_id: int
    amount: Decimal
    confirmation_code: str
    expires_at: datetime


class ReceiptIssuer:
    def __init__(self, fmt: CodeFormat | None = None) -> None:
        self.fmt = fmt or CodeFormat()
        self._issued: dict[str, DepositReceipt] = {}

    def _new_code(self) -> str:
        body = "".join(random.choices(self.fmt.alphabet, k=self.fmt.length))
        return f"{self.fmt.prefix}-{body}"

    def issue(self, order_id: int, amount: Decimal) -> DepositReceipt:
        code = self._new_code()
        while code in self._issued:
            code = self._new_code()
        receipt = DepositReceipt(
            order_id=order_id,
            amount=amount.quantize(Decimal("0.01")),
            confirmation_code=code,
            expires_at=datetime.now(timezone.utc) + timedelta(days=self.fmt.valid_days),
        )
        self._issued[code] = receipt
        return receipt

    def redeem(self, code: str) -> DepositReceipt | None:
        receipt = self._issued.get(code.strip().upper())
        if receipt is None or receipt.expires_at < datetime.now(timezone.utc):
            return None
        return self._issued.pop(receipt.confirmation_code)

    def outstanding_total(self) -> Decimal:
        return sum((r.amount for r in self._issued.values()), Decimal("0"))
