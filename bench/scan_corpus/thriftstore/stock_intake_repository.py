"""Recording donated bags as they arrive at the back door.

Used by the intake tablet app; everything is stored in the shop's local
SQLite database and pushed to head office by the nightly sync.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import List, Optional


@dataclass
class DonatedBag:
    bag_ref: str
    shop_code: str
    donor_id: Optional[int]
    gift_aid: bool
    category: str
    notes: str = ""


class StockIntakeRepository:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path, detect_types=sqlite3.PARSE_DECLTYPES)
        self._conn.row_factory = sqlite3.Row

    def record_bag(self, bag: DonatedBag) -> int:
        with self._conn:
            cur = self._conn.execute(
                "INSERT INTO donated_bags (bag_ref, shop_code, donor_id, gift_aid, category, "
                "notes, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    bag.bag_ref,
                    bag.shop_code,
                    bag.donor_id,
                    int(bag.gift_aid),
                    bag.category,
                    bag.notes,
                    datetime.now(timezone.utc),
                ),
            )
        return cur.lastrowid

    def find_by_ref(self, bag_ref: str) -> Optional[sqlite3.Row]:
        return self._conn.execute(
            "SELECT * FROM donated_bags WHERE bag_ref = ?", (bag_ref,)
        ).fetchone()

    def search(self, shop_code: str, text: str, limit: int = 50) -> List[sqlite3.Row]:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return self._conn.execute(
            "SELECT id, bag_ref, category, notes, received_at FROM donated_bags "
            "WHERE shop_code = ? AND (notes LIKE ? ESCAPE '\\' OR category LIKE ? ESCAPE '\\') "
            "ORDER BY received_at DESC LIMIT ?",
            (shop_code, pattern, pattern, min(limit, 200)),
        ).fetchall()

    def mark_sorted(self, bag_ids: List[int], sorter: str) -> int:
        with self._conn:
            cur = self._conn.executemany(
                "UPDATE donated_bags SET sorted_by = ?, sorted_at = ? WHERE id = ?",
                [(sorter, datetime.now(timezone.utc), bag_id) for bag_id in bag_ids],
            )
        return cur.rowcount

    def close(self) -> None:
        self._conn.close()
