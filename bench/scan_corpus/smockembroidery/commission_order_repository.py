"""Repository for commission orders placed with individual makers.

Used by the maker dashboard to list their commission queue, filtered by
status, and to move orders along the workflow.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine


@dataclass(frozen=True)
class CommissionOrder:
    id: int
    customer_name: str
    garment: str
    status: str
    due_date: date
    quote_pence: int


class CommissionOrderRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def _select(self, conn: Connection, where: str, params: dict) -> list[CommissionOrder]:
        sql = text(
            "SELECT id, customer_name, garment, status, due_date, quote_pence "
            "FROM commission_orders WHERE " + where + " ORDER BY due_date"
        )
        return [CommissionOrder(*row) for row in conn.execute(sql, params)]

    def queue_for_maker(self, maker_id: int, status: str | None = None) -> list[CommissionOrder]:
        where = "maker_id = :maker_id"
        if status:
            where += " AND status = '{}'".format(status)
        with self._engine.connect() as conn:
            return self._select(conn, where, {"maker_id": maker_id})

    def get(self, maker_id: int, order_id: int) -> CommissionOrder | None:
        with self._engine.connect() as conn:
            rows = self._select(
                conn, "maker_id = :maker_id AND id = :order_id",
                {"maker_id": maker_id, "order_id": order_id},
            )
        return rows[0] if rows else None

    def advance(self, maker_id: int, order_id: int, new_status: str) -> bool:
        with self._engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE commission_orders SET status = :status "
                    "WHERE id = :order_id AND maker_id = :maker_id"
                ),
                {"status": new_status, "order_id": order_id, "maker_id": maker_id},
            )
        return result.rowcount == 1


def dashboard_queue(repo: CommissionOrderRepository, maker_id: int, query_args: dict) -> list[dict]:
    orders = repo.queue_for_maker(maker_id, status=query_args.get("status"))
    return [o.__dict__ for o in orders]
