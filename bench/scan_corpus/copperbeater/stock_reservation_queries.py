"""Reserve copper sheet stock against a commission's cutting list."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable


@dataclass
class CutLine:
    sku: str
    sheets: int


class InsufficientStock(Exception):
    def __init__(self, shortages: dict[str, int]):
        super().__init__(", ".join(f"{k}: short {v}" for k, v in shortages.items()))
        self.shortages = shortages


def _placeholders(n: int) -> str:
    return ",".join("?" * n)


def available(conn: sqlite3.Connection, skus: Iterable[str]) -> dict[str, int]:
    skus = list(dict.fromkeys(skus))
    if not skus:
        return {}
    sql = (
        "SELECT s.sku, s.qty - COALESCE(SUM(r.sheets), 0) "
        "FROM sheet_stock s LEFT JOIN reservations r ON r.sku = s.sku AND r.released = 0 "
        f"WHERE s.sku IN ({_placeholders(len(skus))}) GROUP BY s.sku, s.qty"
    )
    return {sku: qty for sku, qty in conn.execute(sql, skus)}


def reserve(conn: sqlite3.Connection, commission_ref: str, lines: list[CutLine]) -> None:
    free = available(conn, (line.sku for line in lines))
    shortages = {
        line.sku: line.sheets - free.get(line.sku, 0)
        for line in lines
        if line.sheets > free.get(line.sku, 0)
    }
    if shortages:
        raise InsufficientStock(shortages)
    with conn:
        conn.executemany(
            "INSERT INTO reservations (commission_ref, sku, sheets, released) VALUES (?, ?, ?, 0)",
            [(commission_ref, line.sku, line.sheets) for line in lines],
        )


def release(conn: sqlite3.Connection, commission_ref: str, skus: list[str] | None = None) -> int:
    sql = "UPDATE reservations SET released = 1 WHERE commission_ref = ?"
    params: list = [commission_ref]
    if skus:
        sql += f" AND sku IN ({_placeholders(len(skus))})"
        params.extend(skus)
    with conn:
        return conn.execute(sql, params).rowcount
