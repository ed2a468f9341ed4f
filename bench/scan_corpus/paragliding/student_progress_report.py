"""Instructor report of student progress through the licence syllabus."""
from __future__ import annotations

import os
from typing import List

import psycopg
from psycopg.rows import dict_row
from flask import Flask, jsonify, request

app = Flask(__name__)

SORT_COLUMNS = {
    "name": "s.full_name",
    "flights": "flight_count",
    "airtime": "total_airtime_min",
    "last_flight": "last_flight_date",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def progress_query(sort_key: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort_key, "s.full_name")
    order = DIRECTIONS.get(direction.lower(), "ASC")
    return f"""
        SELECT s.id, s.full_name, s.licence_stage,
               COUNT(f.id) AS flight_count,
               COALESCE(SUM(f.airtime_min), 0) AS total_airtime_min,
               MAX(f.flight_date) AS last_flight_date
        FROM students s
        LEFT JOIN flights f ON f.student_id = s.id
        WHERE s.course_id = %(course_id)s
          AND (%(stage)s IS NULL OR s.licence_stage = %(stage)s)
        GROUP BY s.id, s.full_name, s.licence_stage
        ORDER BY {column} {order}
        LIMIT %(limit)s
    """


def fetch_progress(course_id: int, stage: str | None, sort_key: str,
                   direction: str, limit: int) -> List[dict]:
    with psycopg.connect(os.environ["SCHOOL_DB_DSN"], row_factory=dict_row) as conn:
        cur = conn.execute(
            progress_query(sort_key, direction),
            {"course_id": course_id, "stage": stage, "limit": limit},
        )
        return cur.fetchall()


@app.get("/courses/<int:course_id>/progress")
def course_progress(course_id: int):
    rows = fetch_progress(
        course_id,
        request.args.get("stage") or None,
        request.args.get("sort", "name"),
        request.args.get("dir", "asc"),
        min(request.args.get("limit", 50, type=int), 200),
    )
    for row in rows:
        if row["last_flight_date"] is not None:
            row["last_flight_date"] = row["last_flight_date"].isoformat()
    return jsonify({"course": course_id, "students": rows})
