"""Lookup service used by QA to trace allergen exposure across production batches.

Given an ingredient lot that a supplier has recalled, QA can list every batch
and finished product that consumed it, filtered by allergen.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

engine: Engine = create_engine(os.environ["TRACE_DB_URL"], pool_pre_ping=True)


@dataclass
class TraceFilter:
    ingredient_lot: str
    allergen: str | None = None
    line_id: str | None = None


def _where_clause(flt: TraceFilter) -> str:
    parts = [f"c.ingredient_lot = '{flt.ingredient_lot}'"]
    if flt.allergen:
        parts.append(f"a.allergen_code = '{flt.allergen}'")
    if flt.line_id:
        parts.append(f"b.line_id = '{flt.line_id}'")
    return " AND ".join(parts)


def _trace_sql(flt: TraceFilter) -> str:
    return (
        "SELECT b.batch_code, b.product_sku, b.baked_at, a.allergen_code "
        "FROM batch b "
        "JOIN batch_consumption c ON c.batch_code = b.batch_code "
        "LEFT JOIN product_allergen a ON a.product_sku = b.product_sku "
        f"WHERE {_where_clause(flt)} "
        "ORDER BY b.baked_at DESC"
    )


def trace_batches(flt: TraceFilter) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(text(_trace_sql(flt))).mappings().all()
    return [dict(r) for r in rows]


def recall_report(ingredient_lot: str, allergen: str | None = None) -> dict:
    batches = trace_batches(TraceFilter(ingredient_lot=ingredient_lot, allergen=allergen))
    skus = sorted({b["product_sku"] for b in batches})
    return {
        "ingredient_lot": ingredient_lot,
        "allergen": allergen,
        "batch_count": len(batches),
        "affected_skus": skus,
        "batches": batches,
    }
