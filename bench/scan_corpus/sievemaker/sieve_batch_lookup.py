"""Bulk lookup of finished sieves by serial number.

Dispatch scans a whole pallet of test sieves and needs their
certificate numbers and calibration status in one round trip.
"""
import sqlite3
from typing import Dict, Iterable, List

from flask import Flask, g, jsonify, request

app = Flask(__name__)
MAX_SERIALS = 500


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config.get("SIEVE_DB", "sieves.db"))
        g.db.row_factory = sqlite3.Row
    return g.db


def _chunks(items: List[str], size: int = 200) -> Iterable[List[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def lookup_serials(conn: sqlite3.Connection, serials: Iterable[str]) -> Dict[str, dict]:
    wanted = sorted({s.strip().upper() for s in serials if s.strip()})
    found: Dict[str, dict] = {}
    for chunk in _chunks(wanted):
        placeholders = ",".join("?" * len(chunk))
        rows = conn.execute(
            "SELECT serial, certificate_no, standard, calibration_status "
            f"FROM finished_sieves WHERE serial IN ({placeholders})",
            chunk,
        ).fetchall()
        found.update({r["serial"]: dict(r) for r in rows})
    return found


@app.post("/dispatch/pallet-check")
def pallet_check():
    serials = request.get_json(force=True).get("serials", [])
    if not isinstance(serials, list) or len(serials) > MAX_SERIALS:
        return jsonify(error=f"send a list of at most {MAX_SERIALS} serials"), 400
    found = lookup_serials(db(), [str(s) for s in serials])
    missing = [s for s in serials if str(s).strip().upper() not in found]
    return jsonify(found=found, missing=missing)


@app.teardown_appcontext
def close_db(_exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()
