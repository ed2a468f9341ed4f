"""Queries behind the accounts 'Invoices' screen.

The table can be sorted by any visible column and filtered by status and
client; totals are shown in the footer.
"""
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import List, Optional

SORTABLE = {
    "number": "i.number",
    "client": "c.name",
    "issued": "i.issued_on",
    "due": "i.due_on",
    "total": "i.total_inc_vat",
}
STATUSES = {"draft", "sent", "part_paid", "paid", "overdue", "void"}


@dataclass
class LedgerFilter:
    status: Optional[str] = None
    client_id: Optional[int] = None
    sort: str = "issued"
    descending: bool = True


class InvoiceLedger:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def list(self, flt: LedgerFilter, limit: int = 100, offset: int = 0) -> List[sqlite3.Row]:
        where, params = ["1 = 1"], []
        if flt.status:
            if flt.status not in STATUSES:
                raise ValueError(f"unknown status {flt.status}")
            where.append("i.status = ?")
            params.append(flt.status)
        if flt.client_id is not None:
            where.append("i.client_id = ?")
            params.append(flt.client_id)

        order_col = SORTABLE.get(flt.sort, SORTABLE["issued"])
        order_dir = "DESC" if flt.descending else "ASC"
        sql = (
            "SELECT i.id, i.number, c.name AS client, i.issued_on, i.due_on, "
            "       i.total_inc_vat, i.status "
            "  FROM invoices i JOIN clients c ON c.id = i.client_id "
            f" WHERE {' AND '.join(where)} "
            f" ORDER BY {order_col} {order_dir} LIMIT ? OFFSET ?"
        )
        return self.conn.execute(sql, (*params, limit, offset)).fetchall()

    def outstanding_total(self, client_id: Optional[int] = None) -> Decimal:
        sql = "SELECT COALESCE(SUM(total_inc_vat - paid_amount), 0) FROM invoices WHERE status IN ('sent', 'part_paid', 'overdue')"
        params: tuple = ()
        if client_id is not None:
            sql += " AND client_id = ?"
            params = (client_id,)
        (total,) = self.conn.execute(sql, params).fetchone()
        return Decimal(str(total))
