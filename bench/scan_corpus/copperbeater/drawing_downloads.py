"""Customers download the approved drawings for their commission.

Drawings are stored per commission under the drawings share as PDF and DXF
exports from the drawing office.
"""
from __future__ import annotations

import os
import sqlite3

from flask import Blueprint, abort, g, send_file, session

bp = Blueprint("drawings", __name__, url_prefix="/my/commissions")

DRAWINGS_DIR = os.environ.get("COPPER_DRAWINGS_DIR", "/srv/copperbeater/drawings")
DB_PATH = "/var/lib/copperbeater/commissions.db"


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
    return g.db


def _owns(customer_id: int, ref: str) -> bool:
    row = db().execute(
        "SELECT 1 FROM commissions WHERE ref = ? AND customer_id = ?", (ref, customer_id)
    ).fetchone()
    return row is not None


def _current_customer() -> int:
    customer_id = session.get("customer_id")
    if customer_id is None:
        abort(401)
    return customer_id


@bp.get("/<ref>/drawings")
def list_drawings(ref: str):
    if not _owns(_current_customer(), ref):
        abort(404)
    folder = os.path.join(DRAWINGS_DIR, ref)
    if not os.path.isdir(folder):
        return {"ref": ref, "drawings": []}
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith((".pdf", ".dxf")))
    return {"ref": ref, "drawings": names}


@bp.get("/<ref>/drawings/<path:filename>")
def download_drawing(ref: str, filename: str):
    if not _owns(_current_customer(), ref):
        abort(404)
    full_path = os.path.join(DRAWINGS_DIR, ref, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(filename))
