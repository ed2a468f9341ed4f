"""Look up hide lots allocated to a set of cut tickets.

The cutting planner selects several tickets on screen; this module returns the
lots reserved for them so the store can pull the hides in one trip.
"""
import sqlite3
from collections import defaultdict
from typing import Dict, Iterable, List

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("allocations", __name__)

MAX_TICKETS = 200


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["MATERIALS_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def lots_for_tickets(conn: sqlite3.Connection, ticket_nos: Iterable[str]) -> Dict[str, List[dict]]:
    tickets = list(dict.fromkeys(t.strip() for t in ticket_nos if t.strip()))[:MAX_TICKETS]
    if not tickets:
        return {}
    placeholders = ",".join("?" * len(tickets))
    rows = conn.execute(
        "SELECT a.ticket_no, h.lot_no, h.rack, h.grade, a.area_sqft "
        "FROM allocations a JOIN hide_lots h ON h.lot_no = a.lot_no "
        f"WHERE a.ticket_no IN ({placeholders}) ORDER BY h.rack, h.lot_no",
        tickets,
    ).fetchall()
    grouped: Dict[str, List[dict]] = defaultdict(list)
    for row in rows:
        grouped[row["ticket_no"]].append(
            {"lot": row["lot_no"], "rack": row["rack"], "grade": row["grade"], "sqft": row["area_sqft"]}
        )
    return dict(grouped)


def pick_list(allocations: Dict[str, List[dict]]) -> List[dict]:
    by_lot: Dict[str, dict] = {}
    for lots in allocations.values():
        for lot in lots:
            entry = by_lot.setdefault(lot["lot"], {"lot": lot["lot"], "rack": lot["rack"], "sqft": 0.0})
            entry["sqft"] += lot["sqft"]
    return sorted(by_lot.values(), key=lambda e: (e["rack"], e["lot"]))


@bp.post("/allocations/pick-list")
def allocation_pick_list():
    body = request.get_json(silent=True) or {}
    with _connect() as conn:
        allocations = lots_for_tickets(conn, body.get("tickets", []))
    return jsonify({"tickets": allocations, "pick_list": pick_list(allocations)})
