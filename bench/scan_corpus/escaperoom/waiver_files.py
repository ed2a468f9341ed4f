"""Front-desk endpoints for retrieving signed waiver PDFs."""
import os

from flask import Blueprint, abort, request, send_from_directory
from flask_login import login_required

from waivers.models import Waiver

bp = Blueprint("waiver_pdf", __name__)

WAIVER_DIR = os.environ.get("WAIVER_STORAGE", "/srv/escape/waivers")


@bp.get("/desk/waiver-files")
@login_required
def list_waivers():
    booking_ref = request.args.get("booking", "")
    rows = Waiver.query.filter_by(booking_ref=booking_ref).all()
    return {"waivers": [{"player": w.player_name, "file": w.pdf_name} for w in rows]}


@bp.get("/desk/waiver-files/download")
@login_required
def download_waiver():
    name = request.args.get("file")
    if not name or not name.endswith(".pdf"):
        abort(400)
    # send_from_directory rejects names that would resolve outside WAIVER_DIR
    return send_from_directory(WAIVER_DIR, name, mimetype="application/pdf", as_attachment=True)
