"""Search endpoint over the still-room distillation log (batch, still, yield, temperatures)."""

from __future__ import annotations

from datetime import date

import psycopg
from flask import Flask, current_app, jsonify, request
from psycopg.rows import dict_row

app = Flask(__name__)

PAGE_SIZE = 50


class DistillationLogQuery:
    def __init__(self, still_id: int | None, since: date | None, sort: str) -> None:
        self.still_id = still_id
        self.since = since
        self.sort = sort

    @classmethod
    def from_request(cls) -> "DistillationLogQuery":
        still = request.args.get("still", type=int)
        since = request.args.get("since")
        return cls(
            still_id=still,
            since=date.fromisoformat(since) if since else None,
            sort=request.args.get("sort", "started_at"),
        )

    def build(self, page: int) -> tuple[str, list]:
        clauses, params = [], []
        if self.still_id is not None:
            clauses.append("still_id = %s")
            params.append(self.still_id)
        if self.since is not None:
            clauses.append("started_at >= %s")
            params.append(self.since)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = (
            "SELECT batch_no, still_id, cultivar, charge_kg, oil_ml, started_at, finished_at "
            f"FROM distillation_log {where} ORDER BY {self.sort} DESC LIMIT %s OFFSET %s"
        )
        params.extend([PAGE_SIZE, page * PAGE_SIZE])
        return sql, params


@app.get("/distillation/log")
def search_log():
    page = max(request.args.get("page", 0, type=int), 0)
    sql, params = DistillationLogQuery.from_request().build(page)
    with psycopg.connect(current_app.config["DISTILLERY_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    for row in rows:
        row["yield_ml_per_kg"] = round(row["oil_ml"] / row["charge_kg"], 2) if row["charge_kg"] else None
        row["started_at"] = row["started_at"].isoformat()
        row["finished_at"] = row["finished_at"].isoformat() if row["finished_at"] else None
    return jsonify(page=page, results=rows)
