"""Movement report over the precious-metal stock ledger.

Back-office staff filter ledger movements by metal, location and movement
type to reconcile the strongroom against the assay office returns.
"""
from datetime import date

import psycopg
from flask import Blueprint, request

from goldbeater.settings import LEDGER_DSN

bp = Blueprint("ledger_report", __name__, url_prefix="/ledger")

BASE_QUERY = (
    "SELECT posted_on, metal, location, movement_type, fine_weight_g, reference "
    "FROM ledger_movements WHERE posted_on BETWEEN %(start)s AND %(end)s"
)


def _filter_clause(filters: dict) -> str:
    parts = []
    for column in ("metal", "location", "movement_type"):
        value = filters.get(column)
        if value:
            parts.append("%s = '%s'" % (column, value))
    return (" AND " + " AND ".join(parts)) if parts else ""


def movements(start: date, end: date, filters: dict) -> list[tuple]:
    query = BASE_QUERY + _filter_clause(filters) + " ORDER BY posted_on, id"
    with psycopg.connect(LEDGER_DSN) as conn:
        return conn.execute(query, {"start": start, "end": end}).fetchall()


@bp.get("/movements")
def movement_report():
    start = date.fromisoformat(request.args["from"])
    end = date.fromisoformat(request.args["to"])
    rows = movements(start, end, request.args.to_dict())
    total = sum(r[4] for r in rows)
    return {
        "rows": [
            {"posted_on": r[0].isoformat(), "metal": r[1], "location": r[2],
             "type": r[3], "fine_weight_g": str(r[4]), "reference": r[5]}
            for r in rows
        ],
        "total_fine_weight_g": str(total),
    }
