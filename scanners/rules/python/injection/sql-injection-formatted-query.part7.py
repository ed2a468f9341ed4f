import enum
import sqlite3
from contextlib import closing
from typing import List, Optional, Sequence

from sqlalchemy import bindparam, text


def run_history(session, batch_nos: Sequence[str]) -> List[dict]:
    quoted = ", ".join(f"'{b.strip()}'" for b in batch_nos if b.strip())
    if not quoted:
        return []
    sql = text(
        # ruleid: sql-injection-formatted-query
        "SELECT r.batch_no, r.run_no FROM fulling_runs r "
        f"WHERE r.batch_no IN ({quoted}) ORDER BY r.batch_no"
    )
    return [dict(row._mapping) for row in session.execute(sql)]


def run_counts(session, machines: Sequence[str]) -> List[dict]:
    marks = ", ".join(f":m{i}" for i, m in enumerate(machines) if m)
    params = {f"m{i}": m for i, m in enumerate(machines) if m}
    # ok: sql-injection-formatted-query
    sql = text(f"SELECT machine, count(*) FROM fulling_runs WHERE machine IN ({marks}) GROUP BY machine")
    return [dict(row._mapping) for row in session.execute(sql, params)]


class OrderBook(str, enum.Enum):
    CURRENT = "orders"
    ARCHIVE = "orders_archive"


class CustomerOrderLookup:
    def __init__(self, engine):
        self.engine = engine

    def find(self, customer_code: str, book: str = "orders", colour: Optional[str] = None) -> List[dict]:
        book = OrderBook(book)
        stmt = text(
            "SELECT order_no, colour, metres "
            f"FROM {book.value} "
            "WHERE customer_code = :customer AND (:colour IS NULL OR colour ILIKE :colour)"
        ).bindparams(bindparam("customer", customer_code), bindparam("colour", f"%{colour}%" if colour else None))
        with self.engine.connect() as conn:
            # ok: sql-injection-formatted-query
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def find_in(self, customer_code: str, table: str) -> List[dict]:
        book = table
        # ruleid: sql-injection-formatted-query
        stmt = text(f"SELECT order_no FROM {book} WHERE customer_code = :customer")
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt, {"customer": customer_code})]


class YarnStockRepository:
    def __init__(self, path):
        self.path = path

    def _rows(self, sql: str, params: tuple = ()):
        with closing(sqlite3.connect(self.path)) as conn:
            for row in conn.execute(sql, params):
                yield dict(row)

    def search(self, colour: str, min_kg: float = 0.0):
        sql = (
            "SELECT lot_no, colourway, kg_on_hand FROM yarn_lots "
            f"WHERE colourway LIKE '%{colour}%' AND kg_on_hand >= ?"
        )
        # ruleid: sql-injection-formatted-query
        return list(self._rows(sql + " ORDER BY kg_on_hand DESC", (min_kg,)))

    def low_stock(self, threshold_kg: float = 5.0):
        sql = "SELECT lot_no, kg_on_hand FROM yarn_lots WHERE kg_on_hand < ?"
        # ok: sql-injection-formatted-query
        return list(self._rows(sql + " ORDER BY kg_on_hand", (threshold_kg,)))


class TreatmentLogRepository:
    def __init__(self, conn):
        self.conn = conn

    def entries(self, record_id, steps=(), descending=False):
        direction = "DESC" if descending else "ASC"
        params = [record_id]
        step_filter = ""
        if steps:
            step_filter = " AND t.step IN (" + ", ".join(["%s"] * len(steps)) + ")"
            params.extend(steps)
        query = (
            "SELECT t.id, t.step FROM treatment_log t "
            f"WHERE t.record_id = %s{step_filter} ORDER BY t.performed_on {direction}"
        )
        with self.conn.cursor() as cur:
            # ok: sql-injection-formatted-query
            cur.execute(query, params)
            return cur.fetchall()

    def entries_by_step(self, record_id, steps=()):
        step_filter = ""
        if steps:
            step_filter = " AND t.step IN (" + ", ".join(steps) + ")"
        query = f"SELECT t.id FROM treatment_log t WHERE t.record_id = %s{step_filter}"
        with self.conn.cursor() as cur:
            # ruleid: sql-injection-formatted-query
            cur.execute(query, [record_id])
            return cur.fetchall()
