"""Download of signed delivery notes for office staff.

Notes are written by the driver app sync job as ``<depot>/<note-number>.pdf``
under the delivery note directory.
"""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("delivery_notes", __name__, url_prefix="/office/delivery-notes")

OFFICE_ROLES = {"office", "depot_manager"}


def _notes_root() -> str:
    return current_app.config["DELIVERY_NOTE_DIR"]


def _require_office_role() -> None:
    if current_user.role not in OFFICE_ROLES:
        abort(403)


@bp.get("/<depot_code>")
@login_required
def list_notes(depot_code: str):
    _require_office_role()
    depot_dir = os.path.join(_notes_root(), depot_code.upper())
    if not depot_code.isalnum() or not os.path.isdir(depot_dir):
        abort(404)
    names = sorted((n for n in os.listdir(depot_dir) if n.endswith(".pdf")), reverse=True)
    return {"depot": depot_code.upper(), "notes": names[:200]}


@bp.get("/<depot_code>/download")
@login_required
def download_note(depot_code: str):
    _require_office_role()
    filename = request.args.get("file", "")
    full_path = os.path.join(_notes_root(), depot_code.upper(), filename)
    if not filename.lower().endswith(".pdf") or not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="application/pdf", as_attachment=True)
