"""Queries over the customer stage-payment ledger for the accounts office."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

FILTERABLE = ("customer_name", "hull_number", "stage", "status")


class PaymentLedger:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    def search(self, filters: dict[str, str], since: date | None = None) -> list[dict]:
        conditions = []
        params: list = []
        for column, value in filters.items():
            if column not in FILTERABLE:
                raise ValueError(f"cannot filter on {column!r}")
            conditions.append(sql.SQL("{} = %s").format(sql.Identifier(column)))
            params.append(value)
        if since is not None:
            conditions.append(sql.SQL("paid_on >= %s"))
            params.append(since)
        where = sql.SQL(" AND ").join(conditions) if conditions else sql.SQL("TRUE")
        query = sql.SQL(
            "SELECT invoice_number, customer_name, hull_number, stage, amount, status, paid_on "
            "FROM stage_payments WHERE {} ORDER BY invoice_number"
        ).format(where)
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            return conn.execute(query, params).fetchall()

    def outstanding_for(self, customer_name: str) -> Decimal:
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "SELECT COALESCE(SUM(amount), 0) FROM stage_payments "
                "WHERE customer_name = %s AND status = 'open'",
                (customer_name,),
            ).fetchone()
        return row[0]

    def record_payment(self, invoice_number: str, amount: Decimal, paid_on: date) -> bool:
        with psycopg.connect(self.conninfo) as conn:
            cur = conn.execute(
                "UPDATE stage_payments SET status = 'paid', paid_on = %s "
                "WHERE invoice_number = %s AND amount = %s AND status = 'open'",
                (paid_on, invoice_number, amount),
            )
            return cur.rowcount == 1
