"""Search jobs by client name, site address or postcode for the office board."""
import sqlite3
from dataclasses import dataclass
from typing import List, Optional

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("job_search", __name__)


@dataclass
class JobRow:
    reference: str
    client_name: str
    site_address: str
    postcode: str
    status: str


class JobRepository:
    def __init__(self, db_path: str):
        self.db_path = db_path

    def _conn(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def search(self, term: str, status: Optional[str] = None, limit: int = 50) -> List[JobRow]:
        pattern = f"%{term.strip()}%"
        sql = (
            "SELECT reference, client_name, site_address, postcode, status FROM jobs "
            f"WHERE (client_name LIKE '{pattern}' OR site_address LIKE '{pattern}' "
            f"OR postcode LIKE '{pattern}')"
        )
        params: list = []
        if status:
            sql += " AND status = ?"
            params.append(status)
        sql += " ORDER BY booked_start DESC LIMIT ?"
        params.append(limit)
        with self._conn() as conn:
            return [JobRow(**dict(r)) for r in conn.execute(sql, params)]


@bp.get("/api/jobs/search")
def search_jobs():
    repo = JobRepository(current_app.config["JOBS_DB"])
    rows = repo.search(request.args.get("q", ""), request.args.get("status"),
                       min(int(request.args.get("limit", 50)), 200))
    return jsonify([r.__dict__ for r in rows])
