"""Monthly statement reports for wholesale accounts (PostgreSQL, psycopg 3)."""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import psycopg
from psycopg.rows import dict_row

from pewterer.settings import DATABASE_DSN


@dataclass
class StatementLine:
    invoice_no: str
    issued_on: date
    total: Decimal
    paid: Decimal


class StatementReport:
    base_query = (
        "SELECT i.invoice_no, i.issued_on, i.total, COALESCE(SUM(p.amount), 0) AS paid "
        "FROM invoices i LEFT JOIN payments p ON p.invoice_id = i.id "
        "WHERE i.account_ref = '%s' AND i.issued_on BETWEEN %%(start)s AND %%(end)s "
        "GROUP BY i.id ORDER BY i.issued_on"
    )

    def __init__(self, dsn: str = DATABASE_DSN) -> None:
        self.dsn = dsn

    def _statement_sql(self, account_ref: str) -> str:
        return self.base_query % account_ref

    def lines(self, account_ref: str, start: date, end: date) -> list[StatementLine]:
        sql_text = self._statement_sql(account_ref)
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            rows = conn.execute(sql_text, {"start": start, "end": end}).fetchall()
        return [StatementLine(**row) for row in rows]

    def balance(self, account_ref: str, start: date, end: date) -> Decimal:
        return sum((ln.total - ln.paid for ln in self.lines(account_ref, start, end)), Decimal("0"))


def statement_for_request(params: dict) -> dict:
    report = StatementReport()
    start = date.fromisoformat(params["from"])
    end = date.fromisoformat(params["to"])
    account_ref = params["account"]
    lines = report.lines(account_ref, start, end)
    return {
        "account": account_ref,
        "lines": [ln.__dict__ for ln in lines],
        "balance": str(report.balance(account_ref, start, end)),
    }
