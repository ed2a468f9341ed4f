"""Monthly arrears report for sewerage and trade effluent billing accounts."""
from __future__ import annotations

import csv
import sqlite3
import sys
from dataclasses import dataclass, field
from enum import Enum


class Column(str, Enum):
    TARIFF = "tariff_code"
    DISTRICT = "district"
    CUSTOMER_TYPE = "customer_type"


@dataclass
class ArrearsQuery:
    min_days_overdue: int = 60
    clauses: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)

    def filter(self, column: Column, value: str) -> "ArrearsQuery":
        self.clauses.append(f"a.{Column(column).value} = ?")
        self.params.append(value)
        return self

    def build(self) -> tuple[str, list]:
        where = ["julianday('now') - julianday(i.due_date) >= ?", "i.paid_at IS NULL", *self.clauses]
        sql = (
            "SELECT a.account_no, a.customer_name, a.district, SUM(i.amount_cents) AS owed_cents, "
            "MIN(i.due_date) AS oldest_due FROM invoices i JOIN accounts a ON a.id = i.account_id "
            f"WHERE {' AND '.join(where)} GROUP BY a.account_no ORDER BY owed_cents DESC"
        )
        return sql, [self.min_days_overdue, *self.params]


def run(db_path: str, district: str | None, tariff: str | None, days: int) -> None:
    query = ArrearsQuery(min_days_overdue=days)
    if district:
        query.filter(Column.DISTRICT, district)
    if tariff:
        query.filter(Column.TARIFF, tariff)
    sql, params = query.build()
    with sqlite3.connect(db_path) as conn:
        writer = csv.writer(sys.stdout)
        writer.writerow(["account_no", "customer_name", "district", "owed_cents", "oldest_due"])
        writer.writerows(conn.execute(sql, params))


if __name__ == "__main__":
    import argparse

    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("db")
    p.add_argument("--district")
    p.add_argument("--tariff")
    p.add_argument("--days", type=int, default=60)
    a = p.parse_args()
    run(a.db, a.district, a.tariff, a.days)
