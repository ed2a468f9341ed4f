"""Search over member account ledgers.

The co-operative treasurer looks up ledger entries (landing payouts, levy
deductions, smokehouse fees, equipment loans) by free-text description when
a member calls about an item on their statement.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import psycopg
from psycopg.rows import class_row


@dataclass
class LedgerEntry:
    entry_id: int
    member_no: str
    posted_on: date
    description: str
    amount: Decimal


class LedgerSearch:
    base_query = (
        "SELECT e.id AS entry_id, m.member_no, e.posted_on, e.description, e.amount "
        "FROM ledger_entries e JOIN members m ON m.id = e.member_id "
    )

    def __init__(self, conninfo: str):
        self.conninfo = conninfo

    def _where(self, member_no: str | None, text: str) -> str:
        clauses = ["e.description ILIKE '%%" + text.replace("%", "") + "%%'"]
        if member_no:
            clauses.append("m.member_no = %(member_no)s")
        return "WHERE " + " AND ".join(clauses)

    def search(self, text: str, member_no: str | None = None, limit: int = 100) -> list[LedgerEntry]:
        sql = self.base_query + self._where(member_no, text) + " ORDER BY e.posted_on DESC LIMIT %(limit)s"
        with psycopg.connect(self.conninfo) as conn:
            with conn.cursor(row_factory=class_row(LedgerEntry)) as cur:
                cur.execute(sql, {"member_no": member_no, "limit": limit})
                return cur.fetchall()

    def balance(self, member_no: str) -> Decimal:
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entries e "
                "JOIN members m ON m.id = e.member_id WHERE m.member_no = %s",
                (member_no,),
            ).fetchone()
        return row[0]
