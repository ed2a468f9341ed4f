"""Download of Cosmetic Product Safety Reports (CPSR) and assessor sign-off PDFs."""

import os
from functools import wraps

from flask import Blueprint, abort, current_app, g, jsonify, send_file

bp = Blueprint("safety_reports", __name__, url_prefix="/safety")


def staff_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if g.get("staff_id") is None:
            abort(401)
        if "qa" not in g.get("staff_roles", ()):
            abort(403)
        return view(*args, **kwargs)

    return wrapper


def _reports_dir() -> str:
    return current_app.config["SAFETY_REPORTS_DIR"]


@bp.get("/reports")
@staff_required
def list_reports():
    entries = []
    with os.scandir(_reports_dir()) as it:
        for entry in it:
            if entry.is_file() and entry.name.endswith(".pdf"):
                entries.append(
                    {"name": entry.name, "size": entry.stat().st_size}
                )
    entries.sort(key=lambda e: e["name"])
    return jsonify(entries)


@bp.get("/reports/<path:filename>")
@staff_required
def download_report(filename: str):
    full_path = os.path.join(_reports_dir(), filename)
    if not os.path.isfile(full_path):
        abort(404)
    current_app.logger.info("staff %s downloaded safety report %s", g.staff_id, filename)
    return send_file(
        full_path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )


@bp.get("/reports/<path:filename>/meta")
@staff_required
def report_meta(filename: str):
    name = os.path.basename(filename)
    stem, _ext = os.path.splitext(name)
    product_code, _, version = stem.partition("_v")
    return jsonify({"product_code": product_code, "version": version or "1"})
