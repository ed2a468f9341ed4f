"""Search over the marquee and furniture stock register.

Used by the planners' screen: filter frames, roof panels, walls, flooring and
furniture by category and depot, and see how many are free on a date.
"""
from __future__ import annotations

import os
from datetime import date
from typing import Any, Dict, List, Optional

import psycopg
from psycopg.rows import dict_row
from fastapi import Depends, FastAPI, Query

app = FastAPI(title="Stock register")


def get_conn():
    with psycopg.connect(os.environ["STOCK_DB_DSN"], row_factory=dict_row) as conn:
        yield conn


def _stock_filter(category: Optional[str], depot: Optional[str]) -> str:
    clauses = ["s.retired = false"]
    if category:
        clauses.append(f"s.category = '{category}'")
    if depot:
        clauses.append(f"s.depot = '{depot}'")
    return " AND ".join(clauses)


def search_stock(conn, on_date: date, category: Optional[str], depot: Optional[str]) -> List[Dict[str, Any]]:
    sql = (
        "SELECT s.sku, s.description, s.category, s.depot, s.quantity,"
        " s.quantity - COALESCE(SUM(a.quantity), 0) AS free"
        " FROM stock_items s"
        " LEFT JOIN allocations a ON a.sku = s.sku AND %(on_date)s BETWEEN a.out_date AND a.back_date"
        f" WHERE {_stock_filter(category, depot)}"
        " GROUP BY s.sku ORDER BY s.category, s.sku"
    )
    with conn.cursor() as cur:
        cur.execute(sql, {"on_date": on_date})
        return cur.fetchall()


@app.get("/stock")
def stock(
    on_date: date,
    category: Optional[str] = Query(None, max_length=40),
    depot: Optional[str] = Query(None, max_length=40),
    conn=Depends(get_conn),
):
    rows = search_stock(conn, on_date, category, depot)
    return {"date": on_date.isoformat(), "count": len(rows), "items": rows}


@app.get("/stock/{sku}")
def stock_item(sku: str, conn=Depends(get_conn)):
    with conn.cursor() as cur:
        cur.execute(
            "SELECT sku, description, category, depot, quantity FROM stock_items WHERE sku = %s",
            (sku,),
        )
        row = cur.fetchone()
    return row or {}
