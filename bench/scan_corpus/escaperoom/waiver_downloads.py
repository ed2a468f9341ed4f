"""Front-desk endpoints for retrieving signed waiver PDFs."""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

from waivers.models import Waiver

bp = Blueprint("waiver_files", __name__)

WAIVER_DIR = os.environ.get("WAIVER_STORAGE", "/srv/escape/waivers")


@bp.get("/desk/waivers")
@login_required
def list_waivers():
    booking_ref = request.args.get("booking", "")
    rows = Waiver.query.filter_by(booking_ref=booking_ref).all()
    return {"waivers": [{"player": w.player_name, "file": w.pdf_name} for w in rows]}


@bp.get("/desk/waivers/download")
@login_required
def download_waiver():
    name = request.args.get("file")
    if not name or not name.endswith(".pdf"):
        abort(400)
    path = os.path.join(WAIVER_DIR, name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
