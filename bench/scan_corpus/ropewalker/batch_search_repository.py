"""Search over production batches for the quality team's batch browser."""
from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

from ropewalker.config import settings


@dataclass
class BatchFilter:
    product_code: str | None = None
    line: str | None = None
    produced_from: date | None = None
    produced_to: date | None = None
    operator_note: str | None = None


def _conditions(flt: BatchFilter) -> tuple[list[str], list]:
    clauses: list[str] = ["b.deleted_at IS NULL"]
    params: list = []
    if flt.product_code:
        clauses.append("b.product_code = %s")
        params.append(flt.product_code)
    if flt.line:
        clauses.append("b.line_code = %s")
        params.append(flt.line)
    if flt.produced_from:
        clauses.append("b.produced_on >= %s")
        params.append(flt.produced_from)
    if flt.produced_to:
        clauses.append("b.produced_on <= %s")
        params.append(flt.produced_to)
    if flt.operator_note:
        clauses.append(f"b.operator_note ILIKE '%{flt.operator_note}%'")
    return clauses, params


def search_batches(flt: BatchFilter, limit: int = 100) -> list[dict]:
    clauses, params = _conditions(flt)
    query = (
        "SELECT b.code, b.product_code, b.line_code, b.produced_on, b.length_m, "
        "b.status FROM production_batches b WHERE "
        + " AND ".join(clauses)
        + " ORDER BY b.produced_on DESC LIMIT %s"
    )
    params.append(limit)
    with psycopg.connect(settings.PRODUCTION_DB_DSN, row_factory=dict_row) as conn:
        return conn.execute(query, params).fetchall()


def batch_filter_from_args(args) -> BatchFilter:
    return BatchFilter(
        product_code=args.get("product"),
        line=args.get("line"),
        produced_from=date.fromisoformat(args["from"]) if args.get("from") else None,
        produced_to=date.fromisoformat(args["to"]) if args.get("to") else None,
        operator_note=args.get("note"),
    )
