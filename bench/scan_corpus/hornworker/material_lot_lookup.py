"""Looks up several raw-material lots at once for the cutting list.

The cutting list for a batch of combs references lots by code; this module
fetches them in one round trip and reserves the chosen blanks.
"""
import sqlite3
from typing import Iterable

from hornworker.settings import STORE_DB


class LotRepository:
    def __init__(self, path: str = STORE_DB):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def fetch_many(self, lot_codes: Iterable[str]) -> list[sqlite3.Row]:
        codes = [c.strip() for c in lot_codes if c.strip()]
        if not codes:
            return []
        placeholders = ", ".join("?" for _ in codes)
        sql = (
            "SELECT lot_code, species, part, quantity, location "
            f"FROM material_lots WHERE lot_code IN ({placeholders})"
        )
        return self.conn.execute(sql, codes).fetchall()

    def reserve(self, lot_code: str, quantity: int, batch_ref: str) -> bool:
        cur = self.conn.execute(
            "UPDATE material_lots SET quantity = quantity - ? "
            "WHERE lot_code = ? AND quantity >= ?",
            (quantity, lot_code, quantity),
        )
        if cur.rowcount == 0:
            self.conn.rollback()
            return False
        self.conn.execute(
            "INSERT INTO reservations (lot_code, quantity, batch_ref) VALUES (?, ?, ?)",
            (lot_code, quantity, batch_ref),
        )
        self.conn.commit()
        return True


def cutting_list_rows(repo: LotRepository, lot_codes: list[str]) -> list[dict]:
    rows = {r["lot_code"]: dict(r) for r in repo.fetch_many(lot_codes)}
    return [rows.get(code, {"lot_code": code, "missing": True}) for code in lot_codes]
