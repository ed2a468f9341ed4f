"""Spend ledgers for restoration grants.

Each funder requires its own ledger layout, so spend lines are kept in a
table per funding stream. The reporting screen lets finance pick the
funder and a date range.
"""
from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import List


class Funder(str, enum.Enum):
    HERITAGE_FUND = "heritage_fund"
    COUNTY_COUNCIL = "county_council"
    FRIENDS = "friends_appeal"
    ENGLISH_HERITAGE = "eh_repair"


LEDGER_TABLES = {
    Funder.HERITAGE_FUND: "ledger_heritage_fund",
    Funder.COUNTY_COUNCIL: "ledger_county_council",
    Funder.FRIENDS: "ledger_friends_appeal",
    Funder.ENGLISH_HERITAGE: "ledger_eh_repair",
}


@dataclass
class SpendLine:
    spent_on: date
    supplier: str
    description: str
    amount: Decimal


def spend_lines(conn: sqlite3.Connection, funder: str, start: date, end: date,
                supplier: str | None = None) -> List[SpendLine]:
    table = LEDGER_TABLES[Funder(funder)]
    sql = f"SELECT spent_on, supplier, description, amount_pence FROM {table} WHERE spent_on BETWEEN ? AND ?"
    params: list = [start.isoformat(), end.isoformat()]
    if supplier:
        sql += " AND supplier = ?"
        params.append(supplier)
    sql += " ORDER BY spent_on"
    return [
        SpendLine(date.fromisoformat(r[0]), r[1], r[2], Decimal(r[3]) / 100)
        for r in conn.execute(sql, params)
    ]


def total_spend(conn: sqlite3.Connection, funder: str, start: date, end: date) -> Decimal:
    return sum((line.amount for line in spend_lines(conn, funder, start, end)), Decimal("0"))


def add_spend(conn: sqlite3.Connection, funder: str, line: SpendLine) -> None:
    table = LEDGER_TABLES[Funder(funder)]
    conn.execute(
        f"INSERT INTO {table} (spent_on, supplier, description, amount_pence) VALUES (?, ?, ?, ?)",
        (line.spent_on.isoformat(), line.supplier, line.description, int(line.amount * 100)),
    )
