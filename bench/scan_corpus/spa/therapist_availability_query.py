"""Therapist availability search used by the online booking widget."""
from __future__ import annotations

import os
from datetime import date
from typing import Any

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["BOOKING_DATABASE_URL"])

BASE_QUERY = """
SELECT t.therapist_id, t.display_name, s.slot_start, s.slot_end
FROM therapist_slots s
JOIN therapists t ON t.therapist_id = s.therapist_id
WHERE s.site_code = :site AND s.slot_date = :day AND s.booked = false
"""


def _filter_clause(filters: dict[str, str]) -> str:
    clauses = []
    if filters.get("treatment"):
        clauses.append(f"AND t.skills @> ARRAY['{filters['treatment']}']")
    if filters.get("gender"):
        clauses.append(f"AND t.gender = '{filters['gender']}'")
    return " ".join(clauses)


def find_slots(site: str, day: date, filters: dict[str, str]) -> list[dict[str, Any]]:
    sql = BASE_QUERY + _filter_clause(filters) + " ORDER BY s.slot_start"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), {"site": site, "day": day})
        return [dict(row._mapping) for row in rows]


@app.get("/api/availability/<site>")
def availability(site: str):
    day = date.fromisoformat(request.args.get("date", date.today().isoformat()))
    filters = {
        "treatment": request.args.get("treatment", ""),
        "gender": request.args.get("therapist_gender", ""),
    }
    slots = find_slots(site, day, filters)
    for slot in slots:
        slot["slot_start"] = slot["slot_start"].isoformat()
        slot["slot_end"] = slot["slot_end"].isoformat()
    return jsonify(slots)
