"""Office search box for thatching jobs: by customer surname and job status."""
from __future__ import annotations

import os
from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row
from flask import Flask, jsonify, request

app = Flask(__name__)

VALID_STATUSES = {"enquiry", "surveyed", "quoted", "booked", "in_progress", "complete"}


@dataclass
class JobSearch:
    surname: str = ""
    status: str = ""
    limit: int = 50


class JobRepository:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    def _where(self, search: JobSearch) -> str:
        clauses = ["TRUE"]
        if search.surname:
            clauses.append("c.surname ILIKE '%%%s%%'" % search.surname)
        if search.status in VALID_STATUSES:
            clauses.append("j.status = '%s'" % search.status)
        return " AND ".join(clauses)

    def search(self, search: JobSearch) -> list[dict]:
        sql = (
            "SELECT j.id, j.status, c.surname, p.house_name, p.village, j.roof_area_m2 "
            "FROM jobs j JOIN customers c ON c.id = j.customer_id "
            "JOIN properties p ON p.id = j.property_id "
            "WHERE " + self._where(search) + " ORDER BY j.created_at DESC LIMIT %d" % search.limit
        )
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            return conn.execute(sql).fetchall()


repo = JobRepository(os.environ["JOBS_CONNINFO"])


@app.get("/jobs/search")
def search_jobs():
    try:
        limit = min(int(request.args.get("limit", 50)), 200)
    except ValueError:
        limit = 50
    search = JobSearch(
        surname=request.args.get("surname", "").strip(),
        status=request.args.get("status", ""),
        limit=limit,
    )
    return jsonify(repo.search(search))
