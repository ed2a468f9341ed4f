"""Fuel and pump-out log storage.

Boatyard staff record diesel top-ups and pump-outs at turnaround. The hire
desk uses the log to bill fuel used on return and to spot boats whose
holding tanks are being emptied more often than expected.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask import Blueprint, g, jsonify, request

bp = Blueprint("fuel_log", __name__, url_prefix="/yard/fuel-log")


@dataclass
class FuelEntry:
    boat_id: int
    logged_on: date
    litres: Decimal
    engine_hours: float
    pump_out: bool
    staff_initials: str


class FuelLogRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._conn.row_factory = sqlite3.Row

    def add(self, entry: FuelEntry) -> int:
        cur = self._conn.execute(
            "INSERT INTO fuel_log (boat_id, logged_on, litres, engine_hours, pump_out, staff) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (entry.boat_id, entry.logged_on.isoformat(), str(entry.litres),
             entry.engine_hours, int(entry.pump_out), entry.staff_initials),
        )
        self._conn.commit()
        return cur.lastrowid

    def for_boat(self, boat_name: str, since: str) -> list[dict]:
        sql = (
            "SELECT b.name, f.logged_on, f.litres, f.engine_hours, f.pump_out, f.staff "
            "FROM fuel_log f JOIN boats b ON b.id = f.boat_id "
            f"WHERE b.name = '{boat_name}' AND f.logged_on >= '{since}' "
            "ORDER BY f.logged_on DESC"
        )
        return [dict(row) for row in self._conn.execute(sql).fetchall()]

    def pump_out_counts(self, since: str) -> list[dict]:
        rows = self._conn.execute(
            "SELECT boat_id, COUNT(*) AS pump_outs FROM fuel_log "
            "WHERE pump_out = 1 AND logged_on >= ? GROUP BY boat_id ORDER BY pump_outs DESC",
            (since,),
        ).fetchall()
        return [dict(row) for row in rows]


def _repo() -> FuelLogRepository:
    if "fuel_repo" not in g:
        g.fuel_repo = FuelLogRepository(sqlite3.connect("/var/lib/bargehire/yard.db"))
    return g.fuel_repo


@bp.get("/")
def list_entries():
    boat = request.args.get("boat", "")
    since = request.args.get("since", date.today().replace(day=1).isoformat())
    return jsonify(_repo().for_boat(boat, since))


@bp.get("/pump-outs")
def pump_outs():
    since = request.args.get("since", date.today().replace(month=1, day=1).isoformat())
    return jsonify(_repo().pump_out_counts(since))
