import enum
from enum import Enum

import psycopg
from fastapi import APIRouter, Query
from pydantic import BaseModel

router = APIRouter()

SORTABLE = {"sku": "p.sku", "on_hand": "s.on_hand"}


class Direction(str, Enum):
    asc = "asc"
    desc = "desc"


class Grouping(enum.Enum):
    depot = "s.depot"
    supplier = "p.supplier"


class Paging(BaseModel):
    value: str = "10"


def stock_query(sort: str, direction: Direction) -> str:
    column = SORTABLE.get(sort, SORTABLE["sku"])
    # ok: sql-injection-formatted-query
    return f"SELECT p.sku FROM parts p JOIN stock s ON s.sku = p.sku ORDER BY {column} {direction.value.upper()}"


@router.get("/reports/stock/grouped")
async def grouped(dsn: str, grouping: Grouping = Grouping.depot):
    with psycopg.connect(dsn) as conn:
        # ok: sql-injection-formatted-query
        return conn.execute(f"SELECT {grouping.value}, count(*) FROM stock s GROUP BY {grouping.value}").fetchall()


def plain_query(sort: str, direction: str) -> str:
    column = SORTABLE.get(sort, SORTABLE["sku"])
    # ruleid: sql-injection-formatted-query
    return f"SELECT p.sku FROM parts p ORDER BY {column} {direction.upper()}"


def paged_query(paging: Paging) -> str:
    # ruleid: sql-injection-formatted-query
    return f"SELECT p.sku FROM parts p LIMIT {paging.value}"


@router.get("/reports/stock/by")
def by_column(dsn: str, direction: Direction, column: str = Query("p.sku")):
    with psycopg.connect(dsn) as conn:
        # ruleid: sql-injection-formatted-query
        return conn.execute(f"SELECT p.sku FROM parts p ORDER BY {column} {direction.value}").fetchall()


class StockKind(enum.Enum):
    PAPER = "paper_stock"
    ENVELOPE = "envelope_stock"


class Resolution(Enum):
    MINUTE = "readings_1m"
    HOUR = "readings_1h"


def pick_resolution(span: float) -> Resolution:
    return Resolution.MINUTE if span < 3600 else Resolution.HOUR


def low_stock(conn, kind: StockKind, supplier: str):
    table = kind.value
    sql = f"SELECT sku, on_hand FROM {table} WHERE on_hand <= reorder_at"
    # ok: sql-injection-formatted-query
    return conn.execute(sql + " AND supplier = ?", (supplier,)).fetchall()


def series(conn, vat_id: str, span: float):
    table = pick_resolution(span).value
    sql = f"SELECT bucket, temp_c FROM {table} WHERE vat_id = ?"
    # ok: sql-injection-formatted-query
    return conn.execute(sql, (vat_id,)).fetchall()


def by_name(conn, kind_name: str):
    # ok: sql-injection-formatted-query
    return conn.execute(f"SELECT sku FROM {StockKind[kind_name.upper()].value}").fetchall()


def by_value(conn, raw: str):
    table = StockKind(raw).value
    # ok: sql-injection-formatted-query
    return conn.execute(f"SELECT sku FROM {table}").fetchall()


def pick_table(span: float) -> str:
    return "readings_1m" if span < 3600 else "readings_1h"


def series_by_kind(conn, kind: str, span: float):
    table = kind.value
    # ruleid: sql-injection-formatted-query
    return conn.execute(f"SELECT bucket FROM {table}").fetchall()
