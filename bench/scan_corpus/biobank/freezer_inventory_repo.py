"""Data access for the freezer inventory (SQLite on the freezer-room kiosk)."""
import sqlite3
from dataclasses import dataclass

SORTABLE = {
    "barcode": "a.barcode",
    "received": "a.received_at",
    "volume": "a.volume_ul",
    "position": "b.rack, b.box, a.position",
}


@dataclass
class AliquotQuery:
    freezer: str
    sample_type: str | None = None
    sort: str = "position"
    descending: bool = False
    limit: int = 200


class FreezerInventoryRepo:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def _statement(self, q: AliquotQuery) -> tuple[str, list]:
        order_by = SORTABLE.get(q.sort, SORTABLE["position"])
        direction = "DESC" if q.descending else "ASC"
        where = ["b.freezer = ?"]
        params: list = [q.freezer]
        if q.sample_type:
            where.append("a.sample_type = ?")
            params.append(q.sample_type)
        params.append(min(max(int(q.limit), 1), 1000))
        sql = (
            "SELECT a.barcode, a.sample_type, a.volume_ul, b.rack, b.box, a.position "
            "FROM aliquot a JOIN box b ON b.id = a.box_id "
            f"WHERE {' AND '.join(where)} ORDER BY {order_by} {direction} LIMIT ?"
        )
        return sql, params

    def aliquots(self, q: AliquotQuery) -> list[dict]:
        sql, params = self._statement(q)
        return [dict(r) for r in self.conn.execute(sql, params)]
