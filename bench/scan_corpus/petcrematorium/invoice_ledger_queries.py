"""Invoice ledger for partner clinics billed monthly for cremations and pickups."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine

OUTSTANDING_SQL = text(
    """
    SELECT i.number, i.issued_on, i.due_on, i.total, i.paid_total
    FROM clinic_invoices i
    JOIN clinics c ON c.id = i.clinic_id
    WHERE c.code = :clinic_code
      AND i.total > i.paid_total
      AND i.issued_on BETWEEN :start AND :end
    ORDER BY i.due_on
    """
)

BY_NUMBERS_SQL = text(
    "SELECT number, total, paid_total FROM clinic_invoices WHERE number IN :numbers"
).bindparams(bindparam("numbers", expanding=True))


@dataclass(frozen=True)
class InvoiceLine:
    number: str
    issued_on: date
    due_on: date
    total: Decimal
    paid_total: Decimal

    @property
    def balance(self) -> Decimal:
        return self.total - self.paid_total


class InvoiceLedger:
    def __init__(self, engine: Engine):
        self.engine = engine

    def outstanding(self, clinic_code: str, start: date, end: date) -> list[InvoiceLine]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                OUTSTANDING_SQL, {"clinic_code": clinic_code, "start": start, "end": end}
            ).all()
        return [InvoiceLine(*row) for row in rows]

    def balances(self, numbers: list[str]) -> dict[str, Decimal]:
        if not numbers:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(BY_NUMBERS_SQL, {"numbers": numbers}).all()
        return {r.number: r.total - r.paid_total for r in rows}

    def record_payment(self, number: str, amount: Decimal, reference: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE clinic_invoices SET paid_total = paid_total + :amt WHERE number = :n"),
                {"amt": amount, "n": number},
            )
            conn.execute(
                text(
                    "INSERT INTO invoice_payments (invoice_number, amount, reference) "
                    "VALUES (:n, :amt, :ref)"
                ),
                {"n": number, "amt": amount, "ref": reference},
            )
