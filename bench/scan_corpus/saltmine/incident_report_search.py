"""Search endpoint for underground safety incident reports (HSE register)."""
from __future__ import annotations

import os
from datetime import date
from typing import Any, Dict, List, Optional

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["HSE_DB_URL"], pool_pre_ping=True)

SEVERITIES = ("near_miss", "first_aid", "lost_time", "riddor")


class IncidentFilter:
    def __init__(self, area: Optional[str], severity: Optional[str],
                 since: Optional[date], keyword: Optional[str]) -> None:
        self.area = area
        self.severity = severity
        self.since = since
        self.keyword = keyword

    def where_clause(self) -> tuple[str, Dict[str, Any]]:
        parts: List[str] = ["1=1"]
        params: Dict[str, Any] = {}
        if self.severity in SEVERITIES:
            parts.append("severity = :severity")
            params["severity"] = self.severity
        if self.since:
            parts.append("occurred_on >= :since")
            params["since"] = self.since
        if self.area:
            parts.append(f"mine_area = '{self.area}'")
        if self.keyword:
            parts.append("summary ILIKE :kw")
            params["kw"] = f"%{self.keyword}%"
        return " AND ".join(parts), params


def run_search(flt: IncidentFilter, limit: int = 100) -> List[Dict[str, Any]]:
    where, params = flt.where_clause()
    sql = text(
        "SELECT id, occurred_on, mine_area, severity, summary FROM incident_reports "
        f"WHERE {where} ORDER BY occurred_on DESC LIMIT :limit"
    )
    with engine.connect() as conn:
        rows = conn.execute(sql, {**params, "limit": limit}).mappings().all()
    return [dict(r) for r in rows]


@app.get("/incidents")
def search_incidents():
    since_raw = request.args.get("since")
    flt = IncidentFilter(
        area=request.args.get("area"),
        severity=request.args.get("severity"),
        since=date.fromisoformat(since_raw) if since_raw else None,
        keyword=request.args.get("q"),
    )
    return jsonify(run_search(flt))
