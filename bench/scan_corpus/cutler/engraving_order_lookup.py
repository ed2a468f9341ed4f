"""Fetch engraving requests for several orders at once (used by the packing-slip printer)."""
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, Iterable, List


@dataclass
class EngravingRequest:
    order_id: int
    side: str
    text: str
    font: str
    approved: bool


class EngravingRepository:
    def __init__(self, db_path: str):
        self.db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def for_orders(self, order_ids: Iterable[int]) -> Dict[int, List[EngravingRequest]]:
        ids = [int(i) for i in order_ids]
        if not ids:
            return {}
        placeholders = ",".join("?" * len(ids))
        sql = (
            "SELECT order_id, side, text, font, approved FROM engraving_requests "
            f"WHERE order_id IN ({placeholders}) ORDER BY order_id, side"
        )
        grouped: Dict[int, List[EngravingRequest]] = defaultdict(list)
        with self._connect() as conn:
            for row in conn.execute(sql, ids):
                grouped[row["order_id"]].append(
                    EngravingRequest(row["order_id"], row["side"], row["text"],
                                     row["font"], bool(row["approved"]))
                )
        return dict(grouped)


def packing_slip_lines(repo: EngravingRepository, order_ids: List[str]) -> List[str]:
    """order_ids arrive as strings from the printer queue message."""
    requests = repo.for_orders(order_ids)
    lines = []
    for oid in sorted(requests):
        for req in requests[oid]:
            status = "OK" if req.approved else "AWAITING PROOF"
            lines.append(f"#{oid} {req.side:<6} {req.font:<12} {req.text!r} [{status}]")
    return lines
