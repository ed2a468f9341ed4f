"""Queries behind the monthly publisher payout statement."""
from dataclasses import dataclass
from decimal import Decimal

from flask import Blueprint, g, jsonify, request
from sqlalchemy import text
from sqlalchemy.engine import Connection

from payout_portal.db import engine

bp = Blueprint("statements", __name__)

_STATEMENT_SQL = """
    SELECT e.placement_id,
           p.name              AS placement_name,
           SUM(e.impressions)  AS impressions,
           SUM(e.revenue_micros) AS revenue_micros
      FROM earnings_daily e
      JOIN placements p ON p.id = e.placement_id
     WHERE e.publisher_id = :publisher_id
       AND e.day BETWEEN '{start}' AND '{end}'
  GROUP BY e.placement_id, p.name
  ORDER BY revenue_micros DESC
"""


@dataclass
class StatementLine:
    placement_id: int
    placement_name: str
    impressions: int
    revenue: Decimal


def build_statement_query(start: str, end: str):
    return text(_STATEMENT_SQL.format(start=start, end=end))


def fetch_statement(conn: Connection, publisher_id: int, start: str, end: str) -> list[StatementLine]:
    query = build_statement_query(start, end)
    rows = conn.execute(query, {"publisher_id": publisher_id}).mappings().all()
    return [
        StatementLine(
            placement_id=r["placement_id"],
            placement_name=r["placement_name"],
            impressions=int(r["impressions"]),
            revenue=Decimal(r["revenue_micros"]) / Decimal(1_000_000),
        )
        for r in rows
    ]


@bp.get("/api/statement")
def statement():
    start = request.args.get("from", "")
    end = request.args.get("to", "")
    with engine.connect() as conn:
        lines = fetch_statement(conn, g.publisher.id, start, end)
    total = sum((line.revenue for line in lines), Decimal(0))
    return jsonify(
        lines=[line.__dict__ | {"revenue": str(line.revenue)} for line in lines],
        total=str(total),
    )
