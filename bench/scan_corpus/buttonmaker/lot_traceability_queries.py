"""Traceability queries: which customer orders used which raw-material batches.

Used when a horn or shell supplier recalls a batch and we must tell every
fashion house whose buttons came from it.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Dict, List, Sequence


@dataclass
class AffectedOrder:
    order_ref: str
    house_code: str
    article_no: str
    batch_no: str
    shipped_on: str | None


class TraceabilityRepo:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def orders_for_batches(self, batch_numbers: Sequence[str]) -> List[AffectedOrder]:
        batches = list(dict.fromkeys(b.strip() for b in batch_numbers if b.strip()))
        if not batches:
            return []
        placeholders = ",".join("?" * len(batches))
        rows = self.conn.execute(
            "SELECT o.order_ref, o.house_code, u.article_no, u.batch_no, o.shipped_on "
            "FROM material_usage u JOIN orders o ON o.id = u.order_id "
            f"WHERE u.batch_no IN ({placeholders}) ORDER BY o.house_code, o.order_ref",
            batches,
        ).fetchall()
        return [AffectedOrder(**dict(r)) for r in rows]

    def houses_to_notify(self, batch_numbers: Sequence[str]) -> Dict[str, List[str]]:
        out: Dict[str, List[str]] = {}
        for order in self.orders_for_batches(batch_numbers):
            out.setdefault(order.house_code, []).append(order.order_ref)
        return out


if __name__ == "__main__":
    import sys

    repo = TraceabilityRepo(sys.argv[1])
    for house, refs in repo.houses_to_notify(sys.argv[2:]).items():
        print(f"{house}: {', '.join(refs)}")
