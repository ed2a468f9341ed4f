"""Queries over the log intake ledger.

Every lorry of roundwood is recorded against a weighbridge ticket, supplier,
felling licence and (optionally) FSC claim. These helpers back the intake
dashboard and the monthly supplier statements.
"""
from __future__ import annotations

import sqlite3
from datetime import date
from typing import Iterable, Sequence

INTAKE_COLUMNS = ("ticket_no", "supplier_code", "species", "net_tonnes", "fsc_claim", "received_on")


def _placeholders(n: int) -> str:
    return ", ".join("?" for _ in range(n))


def intake_for_suppliers(conn: sqlite3.Connection, suppliers: Sequence[str], start: date, end: date) -> list[sqlite3.Row]:
    if not suppliers:
        return []
    sql = (
        f"SELECT {', '.join(INTAKE_COLUMNS)} FROM log_intake "
        f"WHERE supplier_code IN ({_placeholders(len(suppliers))}) "
        "AND received_on BETWEEN ? AND ? ORDER BY received_on, ticket_no"
    )
    return conn.execute(sql, [*suppliers, start.isoformat(), end.isoformat()]).fetchall()


def monthly_tonnage(conn: sqlite3.Connection, year: int) -> Iterable[tuple[str, str, float]]:
    sql = """
        SELECT strftime('%m', received_on) AS month, species, SUM(net_tonnes)
        FROM log_intake
        WHERE strftime('%Y', received_on) = ?
        GROUP BY month, species
        ORDER BY month, species
    """
    yield from conn.execute(sql, (str(year),))


def mark_claim_rejected(conn: sqlite3.Connection, ticket_no: str, reason: str) -> None:
    with conn:
        conn.execute(
            "UPDATE log_intake SET fsc_claim = NULL, claim_note = ? WHERE ticket_no = ?",
            (reason, ticket_no),
        )
