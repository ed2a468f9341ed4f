"""Hot-lab radiotracer inventory lookup.

Lists vials and kits on hand (cold kits such as MDP/MAA/sestamibi and
radioactive stock) filtered by name and storage location.
"""
import os
import sqlite3

from flask import Blueprint, abort, current_app, g, jsonify, request, session

bp = Blueprint("inventory", __name__, url_prefix="/inventory")

STORAGE_LOCATIONS = {"HOTLAB_SAFE", "FRIDGE_1", "FRIDGE_2", "DECAY_STORE"}


def _db() -> sqlite3.Connection:
    if "inv_db" not in g:
        g.inv_db = sqlite3.connect(
            current_app.config.get("INVENTORY_DB", os.environ.get("NM_INVENTORY_DB", "inv.db"))
        )
        g.inv_db.row_factory = sqlite3.Row
    return g.inv_db


@bp.before_request
def _require_login():
    if "staff_id" not in session:
        abort(401)


@bp.get("/search")
def search_inventory():
    name = request.args.get("name", "").strip()
    location = request.args.get("location")
    sql = (
        "SELECT id, item_name, lot_number, activity_mbq, expires_at, location "
        "FROM inventory_items WHERE item_name LIKE ? ESCAPE '\\'"
    )
    escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    params: list = [f"%{escaped}%"]
    if location:
        if location not in STORAGE_LOCATIONS:
            abort(400)
        sql += " AND location = ?"
        params.append(location)
    sql += " ORDER BY expires_at LIMIT 200"
    rows = _db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.post("/<int:item_id>/dispose")
def dispose(item_id: int):
    db = _db()
    cur = db.execute(
        "UPDATE inventory_items SET location = 'DECAY_STORE', disposed_by = ? "
        "WHERE id = ? AND location <> 'DECAY_STORE'",
        (session["staff_id"], item_id),
    )
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return jsonify({"id": item_id, "location": "DECAY_STORE"})
