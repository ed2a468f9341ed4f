"""Download endpoint for polling-station documents (setup diagrams, checklists)."""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

bp = Blueprint("station_documents", __name__)

DOCS_ROOT = os.environ.get("STATION_DOCS_ROOT", "/srv/elections/station-docs")


@bp.get("/stations/<int:station_id>/documents")
@login_required
def list_documents(station_id: int):
    folder = os.path.join(DOCS_ROOT, str(station_id))
    if not os.path.isdir(folder):
        abort(404)
    return {"documents": sorted(os.listdir(folder))}


@bp.get("/stations/<int:station_id>/documents/download")
@login_required
def download_document(station_id: int):
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = os.path.join(DOCS_ROOT, str(station_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
