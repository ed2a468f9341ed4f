"""Roast batch reports for the quality team.

Each batch exported from the roaster machine's logging software lands in
the ``roast_batches`` table: machine, profile name, charge temperature,
development time, end weight and the cupping score given later.
"""
from __future__ import annotations

import os
from datetime import date

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("roast_reports", __name__, url_prefix="/reports/roasts")

DSN = os.environ["QUALITY_DB_DSN"]
PAGE_SIZE = 50


def _parse_date(value: str | None, default: date) -> date:
    if not value:
        return default
    try:
        return date.fromisoformat(value)
    except ValueError:
        abort(400, description=f"bad date: {value!r}")


def fetch_batches(machine: str, since: date, until: date, sort: str, page: int) -> list[dict]:
    sql = (
        "SELECT batch_id, machine, profile_name, charge_temp_c, development_s, "
        "weight_loss_pct, cupping_score, roasted_at "
        "FROM roast_batches "
        "WHERE machine = %s AND roasted_at::date BETWEEN %s AND %s "
        f"ORDER BY {sort} "
        "LIMIT %s OFFSET %s"
    )
    with psycopg.connect(DSN, row_factory=dict_row) as conn:
        return conn.execute(
            sql, (machine, since, until, PAGE_SIZE, page * PAGE_SIZE)
        ).fetchall()


@bp.get("/<machine>")
def batches_for_machine(machine: str):
    since = _parse_date(request.args.get("since"), date.today().replace(day=1))
    until = _parse_date(request.args.get("until"), date.today())
    sort = request.args.get("sort", "roasted_at DESC")
    page = request.args.get("page", 0, type=int)

    rows = fetch_batches(machine, since, until, sort, max(page, 0))
    for row in rows:
        row["roasted_at"] = row["roasted_at"].isoformat()
    return jsonify({"machine": machine, "page": page, "batches": rows})


@bp.get("/<machine>/summary")
def machine_summary(machine: str):
    with psycopg.connect(DSN, row_factory=dict_row) as conn:
        summary = conn.execute(
            "SELECT count(*) AS batches, avg(weight_loss_pct) AS avg_loss, "
            "avg(cupping_score) AS avg_score FROM roast_batches "
            "WHERE machine = %s AND roasted_at > now() - interval '30 days'",
            (machine,),
        ).fetchone()
    return jsonify({"machine": machine, **summary})
