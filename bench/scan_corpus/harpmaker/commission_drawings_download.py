"""Lets commission customers download the drawings and renders made for their harp."""
from __future__ import annotations

import mimetypes
import os
from functools import wraps

from flask import Blueprint, abort, current_app, jsonify, send_file, session
from sqlalchemy import text

bp = Blueprint("drawings", __name__, url_prefix="/portal/commissions")

ALLOWED_EXTENSIONS = {".pdf", ".png", ".jpg", ".dxf"}


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "customer_id" not in session:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def _owns_commission(commission_id: int) -> bool:
    with current_app.extensions["harp_db"].connect() as conn:
        row = conn.execute(
            text("SELECT 1 FROM commissions WHERE id = :cid AND customer_id = :cust"),
            {"cid": commission_id, "cust": session["customer_id"]},
        ).first()
    return row is not None


def _drawings_dir(commission_id: int) -> str:
    return os.path.join(current_app.config["DRAWINGS_ROOT"], f"commission-{commission_id:06d}")


@bp.get("/<int:commission_id>/drawings")
@login_required
def list_drawings(commission_id: int):
    if not _owns_commission(commission_id):
        abort(404)
    folder = _drawings_dir(commission_id)
    if not os.path.isdir(folder):
        return jsonify([])
    names = sorted(
        n for n in os.listdir(folder) if os.path.splitext(n)[1].lower() in ALLOWED_EXTENSIONS
    )
    return jsonify(names)


@bp.get("/<int:commission_id>/drawings/<path:filename>")
@login_required
def download_drawing(commission_id: int, filename: str):
    if not _owns_commission(commission_id):
        abort(404)
    if os.path.splitext(filename)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(400)
    full_path = os.path.join(_drawings_dir(commission_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return send_file(full_path, mimetype=mimetype, as_attachment=True)
