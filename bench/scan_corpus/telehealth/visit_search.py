"""Back-office search over scheduled video visits.

Support agents filter by clinician, status and date range when a patient
calls in about a missed or double-booked appointment.
"""
from __future__ import annotations

from datetime import date

import psycopg
from psycopg.rows import dict_row

BASE_QUERY = """
    SELECT v.id, v.starts_at, v.status, v.room_slug,
           p.first_name || ' ' || p.last_name AS patient,
           c.display_name AS clinician
      FROM video_visits v
      JOIN patients p ON p.id = v.patient_id
      JOIN clinicians c ON c.id = v.clinician_id
"""

PAGE_SIZE = 50


def _build_query(filters: dict) -> str:
    clauses = ["v.deleted_at IS NULL"]
    if filters.get("status"):
        clauses.append(f"v.status = '{filters['status']}'")
    if filters.get("clinician"):
        clauses.append(f"c.display_name ILIKE '%{filters['clinician']}%'")
    if filters.get("from"):
        clauses.append(f"v.starts_at >= '{date.fromisoformat(filters['from'])}'")
    if filters.get("to"):
        clauses.append(f"v.starts_at < '{date.fromisoformat(filters['to'])}'")
    page = max(int(filters.get("page", 1)), 1)
    return (
        BASE_QUERY
        + " WHERE " + " AND ".join(clauses)
        + f" ORDER BY v.starts_at DESC LIMIT {PAGE_SIZE} OFFSET {(page - 1) * PAGE_SIZE}"
    )


def search_visits(conn: psycopg.Connection, filters: dict) -> list[dict]:
    sql = _build_query(filters)
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql)
        return cur.fetchall()
