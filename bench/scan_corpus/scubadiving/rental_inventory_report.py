"""Equipment rental inventory report for the shop manager.

Lists BCDs, regulators, wetsuits, computers and torches with their service
due date, filtered by type and sortable by any of the report columns.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

SORT_COLUMNS = {
    "type": "item_type",
    "size": "size_label",
    "service_due": "service_due",
    "rentals": "rental_count",
    "serial": "serial_no",
}
ITEM_TYPES = {"bcd", "regulator", "wetsuit", "computer", "torch", "fins", "mask"}


@dataclass
class RentalItem:
    serial_no: str
    item_type: str
    size_label: str
    service_due: date
    rental_count: int
    available: bool


def inventory(conn: sqlite3.Connection, item_type: str | None = None,
              sort: str = "service_due", descending: bool = False,
              only_available: bool = False) -> list[RentalItem]:
    column = SORT_COLUMNS.get(sort, "service_due")
    direction = "DESC" if descending else "ASC"
    clauses, params = [], []
    if item_type:
        if item_type not in ITEM_TYPES:
            raise ValueError(f"unknown item type {item_type!r}")
        clauses.append("item_type = ?")
        params.append(item_type)
    if only_available:
        clauses.append("checked_out_to IS NULL")
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = (
        "SELECT serial_no, item_type, size_label, service_due, rental_count, "
        "checked_out_to IS NULL AS available "
        f"FROM rental_items {where} ORDER BY {column} {direction}, serial_no"
    )
    rows = conn.execute(sql, params).fetchall()
    return [
        RentalItem(r[0], r[1], r[2], date.fromisoformat(r[3]), int(r[4]), bool(r[5]))
        for r in rows
    ]


def overdue_service(conn: sqlite3.Connection, today: date | None = None) -> list[RentalItem]:
    today = today or date.today()
    return [i for i in inventory(conn, sort="service_due") if i.service_due < today]
