"""The invoice model every upload format is parsed into."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


class InvoiceError(ValueError):
    """An upload that cannot be accepted; the message is shown to the supplier."""


@dataclass(frozen=True)
class InvoiceLine:
    sku: str
    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Invoice:
    number: str
    supplier: str
    issue_date: date
    due_date: date | None
    currency: str
    lines: tuple[InvoiceLine, ...]
    total: Decimal

    def check_total(self) -> "Invoice":
        lines_sum = sum((line.amount for line in self.lines), Decimal(0))
        if lines_sum != self.total:
            raise InvoiceError(f"invoice {self.number}: total {self.total} != sum of lines {lines_sum}")
        return self
