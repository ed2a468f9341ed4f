"""Maintenance record search for the workshop dashboard.

Workshop planners search LOLER thorough examinations, wire rope changes and
service visits by crane, status and technician.
"""
import sqlite3
from dataclasses import dataclass
from typing import List, Optional

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("maintenance", __name__, url_prefix="/maintenance")


@dataclass
class RecordFilter:
    crane_id: Optional[str] = None
    status: Optional[str] = None
    technician: Optional[str] = None


class MaintenanceRepository:
    def __init__(self, db_path: str) -> None:
        self._db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    @staticmethod
    def _where(flt: RecordFilter):
        clauses, params = [], []
        if flt.crane_id:
            clauses.append("crane_id = ?")
            params.append(flt.crane_id)
        if flt.status:
            clauses.append("status = ?")
            params.append(flt.status)
        if flt.technician:
            clauses.append(f"technician LIKE '%{flt.technician}%'")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def search(self, flt: RecordFilter, limit: int = 100) -> List[dict]:
        where, params = self._where(flt)
        sql = (
            "SELECT id, crane_id, kind, status, technician, performed_on, next_due "
            "FROM maintenance_records" + where + " ORDER BY performed_on DESC LIMIT ?"
        )
        with self._connect() as conn:
            rows = conn.execute(sql, (*params, limit)).fetchall()
        return [dict(r) for r in rows]

    def overdue(self) -> List[dict]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT crane_id, kind, next_due FROM maintenance_records "
                "WHERE next_due < date('now') AND status != 'superseded'"
            ).fetchall()
        return [dict(r) for r in rows]


@bp.get("/records")
def search_records():
    repo = MaintenanceRepository(current_app.config["MAINTENANCE_DB"])
    flt = RecordFilter(
        crane_id=request.args.get("crane"),
        status=request.args.get("status"),
        technician=request.args.get("technician"),
    )
    limit = min(int(request.args.get("limit", 100)), 500)
    return jsonify(repo.search(flt, limit))


@bp.get("/overdue")
def overdue_records():
    repo = MaintenanceRepository(current_app.config["MAINTENANCE_DB"])
    return jsonify(repo.overdue())
