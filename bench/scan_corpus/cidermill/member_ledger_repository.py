"""Member account ledger: juice credits, shop purchases and pressing fees."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class LedgerEntry:
    entry_id: int
    member_no: str
    kind: str
    amount: Decimal
    memo: str


class MemberLedgerRepository:
    ALLOWED_KINDS = ("pressing_fee", "juice_credit", "shop_purchase", "refund")

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._conn.row_factory = sqlite3.Row

    @staticmethod
    def _to_entry(row: sqlite3.Row) -> LedgerEntry:
        return LedgerEntry(
            entry_id=row["id"],
            member_no=row["member_no"],
            kind=row["kind"],
            amount=Decimal(row["amount"]),
            memo=row["memo"] or "",
        )

    def entries_for(self, member_no: str, kind: str | None = None) -> list[LedgerEntry]:
        sql = "SELECT id, member_no, kind, amount, memo FROM ledger WHERE member_no = '%s'" % member_no
        params: tuple = ()
        if kind is not None:
            if kind not in self.ALLOWED_KINDS:
                raise ValueError(f"unknown ledger kind {kind!r}")
            sql += " AND kind = ?"
            params = (kind,)
        sql += " ORDER BY id"
        return [self._to_entry(r) for r in self._conn.execute(sql, params)]

    def balance(self, member_no: str) -> Decimal:
        total = Decimal("0")
        for entry in self.entries_for(member_no):
            total += entry.amount
        return total

    def record(self, member_no: str, kind: str, amount: Decimal, memo: str = "") -> int:
        if kind not in self.ALLOWED_KINDS:
            raise ValueError(f"unknown ledger kind {kind!r}")
        with self._conn:
            cur = self._conn.execute(
                "INSERT INTO ledger (member_no, kind, amount, memo) VALUES (?, ?, ?, ?)",
                (member_no, kind, str(amount), memo),
            )
        return cur.lastrowid


def statement_lines(repo: MemberLedgerRepository, member_no: str) -> list[str]:
    lines = [f"Statement for member {member_no}"]
    for e in repo.entries_for(member_no):
        lines.append(f"{e.entry_id:>6}  {e.kind:<14} {e.amount:>10}  {e.memo}")
    lines.append(f"{'':>6}  {'balance':<14} {repo.balance(member_no):>10}")
    return lines
