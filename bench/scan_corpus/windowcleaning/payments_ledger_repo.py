"""Customer payment ledger: cash, card and direct debit receipts against cleans."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import List, Optional

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine


@dataclass
class LedgerLine:
    entry_id: int
    posted_on: date
    kind: str
    amount_pence: int
    reference: Optional[str]


class PaymentsLedger:
    KINDS = ("clean", "cash", "card", "direct_debit", "refund", "adjustment")

    def __init__(self, engine: Engine):
        self._engine = engine

    def statement(self, account_ref: str, start: date, end: date,
                  kinds: Optional[List[str]] = None) -> List[LedgerLine]:
        stmt = text(
            "SELECT l.id, l.posted_on, l.kind, l.amount_pence, l.reference "
            "FROM ledger l JOIN customers c ON c.id = l.customer_id "
            "WHERE c.account_ref = :ref AND l.posted_on BETWEEN :start AND :end "
            "AND l.kind IN :kinds ORDER BY l.posted_on, l.id"
        ).bindparams(bindparam("kinds", expanding=True))
        with self._engine.connect() as conn:
            rows = conn.execute(
                stmt,
                {"ref": account_ref, "start": start, "end": end, "kinds": list(kinds or self.KINDS)},
            ).all()
        return [LedgerLine(*r) for r in rows]

    def balance(self, account_ref: str) -> int:
        with self._engine.connect() as conn:
            total = conn.execute(
                text(
                    "SELECT COALESCE(SUM(l.amount_pence), 0) FROM ledger l "
                    "JOIN customers c ON c.id = l.customer_id WHERE c.account_ref = :ref"
                ),
                {"ref": account_ref},
            ).scalar_one()
        return int(total)

    def record_payment(self, account_ref: str, kind: str, amount_pence: int,
                       reference: Optional[str] = None) -> int:
        if kind not in self.KINDS:
            raise ValueError(f"Unknown ledger kind {kind!r}")
        with self._engine.begin() as conn:
            return conn.execute(
                text(
                    "INSERT INTO ledger (customer_id, posted_on, kind, amount_pence, reference) "
                    "SELECT id, CURRENT_DATE, :kind, :amount, :reference FROM customers "
                    "WHERE account_ref = :ref RETURNING id"
                ),
                {"kind": kind, "amount": -abs(amount_pence), "reference": reference, "ref": account_ref},
            ).scalar_one()
