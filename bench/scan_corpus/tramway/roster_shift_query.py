"""Read-side queries for the driver roster board shown in depot crew rooms."""
from __future__ import annotations

import os
from datetime import date
from typing import List, Optional

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["ROSTER_DB_URL"], pool_pre_ping=True)
app = Flask(__name__)

SHIFT_COLUMNS = "s.shift_id, s.duty_code, s.starts_at, s.ends_at, d.staff_number, d.display_name"


def _where_clause(depot: str, day: date, status: Optional[str]) -> str:
    parts = [f"s.depot_code = '{depot}'", f"s.service_day = '{day.isoformat()}'"]
    if status:
        parts.append(f"s.status = '{status}'")
    return " AND ".join(parts)


def shifts_for(depot: str, day: date, status: Optional[str] = None) -> List[dict]:
    sql = (
        f"SELECT {SHIFT_COLUMNS} FROM shifts s "
        f"JOIN drivers d ON d.driver_id = s.driver_id "
        f"WHERE {_where_clause(depot, day, status)} ORDER BY s.starts_at"
    )
    with engine.connect() as conn:
        rows = conn.execute(text(sql)).mappings().all()
    return [dict(r) for r in rows]


@app.get("/roster/<depot>/<day>")
def roster_board(depot: str, day: str):
    service_day = date.fromisoformat(day)
    status = request.args.get("status")
    shifts = shifts_for(depot, service_day, status)
    for shift in shifts:
        shift["starts_at"] = shift["starts_at"].isoformat()
        shift["ends_at"] = shift["ends_at"].isoformat()
    return jsonify({"depot": depot, "day": day, "shifts": shifts})
