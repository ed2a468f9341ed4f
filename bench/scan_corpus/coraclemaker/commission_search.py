"""Search build commissions (custom coracles ordered by customers).

The office uses this to find commissions by status, coracle style or the
customer's surname when someone phones up asking about their boat.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import psycopg
from psycopg.rows import dict_row

FILTERABLE = ("status", "style", "customer_surname", "frame_wood")


@dataclass
class CommissionFilter:
    criteria: dict[str, str]
    limit: int = 50

    @classmethod
    def from_query(cls, args: Mapping[str, str]) -> "CommissionFilter":
        criteria = {k: args[k] for k in FILTERABLE if args.get(k)}
        try:
            limit = min(int(args.get("limit", 50)), 200)
        except ValueError:
            limit = 50
        return cls(criteria=criteria, limit=limit)


def _eq_clause(column: str, value: str) -> str:
    return "{} = '{}'".format(column, value)


def build_query(flt: CommissionFilter) -> str:
    clauses = [_eq_clause(col, val) for col, val in flt.criteria.items()]
    where = " AND ".join(clauses) if clauses else "TRUE"
    return (
        "SELECT id, customer_surname, style, frame_wood, status, due_date "
        f"FROM commissions WHERE {where} ORDER BY due_date LIMIT {int(flt.limit)}"
    )


class CommissionSearch:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    def run(self, args: Mapping[str, str]) -> list[dict]:
        sql = build_query(CommissionFilter.from_query(args))
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            return conn.execute(sql).fetchall()


def register(app, search: CommissionSearch) -> None:
    from flask import jsonify, request

    @app.get("/office/commissions")
    def list_commissions():
        rows = search.run(request.args)
        for row in rows:
            row["due_date"] = row["due_date"].isoformat() if row["due_date"] else None
        return jsonify(rows)
