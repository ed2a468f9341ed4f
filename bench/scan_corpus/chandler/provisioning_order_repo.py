"""Repository for provisioning orders raised by vessels and agents, used by
the order desk screens and the nightly picking run.
"""
import sqlite3
from dataclasses import dataclass
from datetime import date

SORT_COLUMNS = {
    "eta": "o.eta",
    "vessel": "v.name",
    "created": "o.created_at",
    "value": "o.total_amount",
}


@dataclass
class OrderRow:
    id: int
    reference: str
    vessel: str
    status: str
    eta: str
    total_amount: float


class ProvisioningOrderRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def list_for_port(
        self,
        port: str,
        sort: str = "eta",
        descending: bool = False,
        since: date | None = None,
        limit: int = 100,
    ) -> list[OrderRow]:
        column = SORT_COLUMNS.get(sort, "o.eta")
        direction = "DESC" if descending else "ASC"
        sql = (
            "SELECT o.id, o.reference, v.name, o.status, o.eta, o.total_amount "
            "FROM orders o JOIN vessels v ON v.id = o.vessel_id "
            "WHERE o.port_code = ?"
        )
        params: list = [port]
        if since is not None:
            sql += " AND o.eta >= ?"
            params.append(since.isoformat())
        sql += f" ORDER BY {column} {direction} LIMIT ?"
        params.append(int(limit))
        return [OrderRow(*row) for row in self.conn.execute(sql, params)]

    def by_reference(self, reference: str) -> OrderRow | None:
        row = self.conn.execute(
            "SELECT o.id, o.reference, v.name, o.status, o.eta, o.total_amount "
            "FROM orders o JOIN vessels v ON v.id = o.vessel_id WHERE o.reference = ?",
            (reference,),
        ).fetchone()
        return OrderRow(*row) if row else None

    def set_status(self, order_id: int, status: str) -> None:
        with self.conn:
            self.conn.execute("UPDATE orders SET status = ? WHERE id = ?", (status, order_id))
