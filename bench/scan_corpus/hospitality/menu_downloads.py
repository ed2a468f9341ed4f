"""Back-office endpoints for the printable menus each venue uploads as PDF."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required

bp = Blueprint("menus", __name__, url_prefix="/backoffice")


@bp.get("/venues/<int:venue_id>/menus")
@login_required
def list_menus(venue_id: int):
    folder = os.path.join(current_app.config["MENU_UPLOAD_DIR"], str(venue_id))
    if not os.path.isdir(folder):
        return {"menus": []}
    return {"menus": sorted(f for f in os.listdir(folder) if f.lower().endswith(".pdf"))}


@bp.get("/venues/<int:venue_id>/menus/download")
@login_required
def download_menu(venue_id: int):
    name = request.args.get("file", "")
    if not name.lower().endswith(".pdf"):
        abort(404)
    path = os.path.join(current_app.config["MENU_UPLOAD_DIR"], str(venue_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", download_name=os.path.basename(path))
