"""Look up many orders at once for the packing bench's scanner.

The packer scans a stack of order slips; the barcodes arrive as a list and we
return what goes in each parcel.
"""

import sqlite3
from collections import defaultdict
from typing import Dict, List, Sequence

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("packing", __name__, url_prefix="/packing")

MAX_BATCH = 200


def fetch_order_lines(conn: sqlite3.Connection, refs: Sequence[str]) -> Dict[str, List[dict]]:
    placeholders = ",".join("?" * len(refs))
    sql = (
        "SELECT o.order_ref, l.sku, l.description, l.qty, o.ship_method "
        "FROM orders o JOIN order_lines l ON l.order_id = o.id "
        f"WHERE o.order_ref IN ({placeholders}) ORDER BY o.order_ref, l.id"
    )
    parcels: Dict[str, List[dict]] = defaultdict(list)
    for ref, sku, desc, qty, ship in conn.execute(sql, list(refs)):
        parcels[ref].append({"sku": sku, "description": desc, "qty": qty, "ship": ship})
    return parcels


def _clean_refs(raw: list) -> List[str]:
    refs = []
    for item in raw:
        ref = str(item).strip().upper()
        if ref and ref not in refs:
            refs.append(ref)
    return refs


@bp.post("/lookup")
def lookup():
    payload = request.get_json(silent=True) or {}
    refs = _clean_refs(payload.get("order_refs", []))
    if not refs:
        abort(400, "no order references scanned")
    if len(refs) > MAX_BATCH:
        abort(413, f"scan at most {MAX_BATCH} slips at a time")

    conn = sqlite3.connect(current_app.config["ORDERS_DB"])
    try:
        parcels = fetch_order_lines(conn, refs)
    finally:
        conn.close()

    missing = [r for r in refs if r not in parcels]
    return jsonify({"parcels": parcels, "missing": missing})
