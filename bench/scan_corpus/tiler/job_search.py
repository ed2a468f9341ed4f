"""Back-office job search.

Schedulers search jobs by customer surname, postcode or job reference when a
homeowner rings up asking "when are you coming to do my bathroom?".
"""
import sqlite3
from dataclasses import dataclass
from typing import List

from flask import Blueprint, g, render_template, request

bp = Blueprint("job_search", __name__)

DB_FILE = "instance/jobs.sqlite3"
PAGE_SIZE = 25


@dataclass
class JobRow:
    ref: str
    customer: str
    postcode: str
    room: str
    status: str
    fit_date: str


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_FILE)
        g.db.row_factory = sqlite3.Row
    return g.db


def _pattern(term: str) -> str:
    return "%" + term.strip() + "%"


def search_jobs(term: str, page: int = 0) -> List[JobRow]:
    like = _pattern(term)
    sql = (
        "SELECT j.ref, c.surname AS customer, c.postcode, j.room, j.status, j.fit_date "
        "FROM jobs j JOIN customers c ON c.id = j.customer_id "
        f"WHERE c.surname LIKE '{like}' OR c.postcode LIKE '{like}' OR j.ref LIKE '{like}' "
        "ORDER BY j.fit_date DESC LIMIT ? OFFSET ?"
    )
    rows = db().execute(sql, (PAGE_SIZE, page * PAGE_SIZE)).fetchall()
    return [JobRow(**dict(r)) for r in rows]


@bp.get("/jobs/search")
def search_view():
    term = request.args.get("q", "")
    page = request.args.get("page", 0, type=int)
    results = search_jobs(term, page) if term else []
    return render_template("jobs/search.html", term=term, results=results, page=page)
