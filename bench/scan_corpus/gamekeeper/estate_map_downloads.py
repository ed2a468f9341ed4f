"""Downloadable estate maps for guns and beaters.

Printable PDF maps of each beat (drive boundaries, pegs, vehicle tracks and
no-shoot zones) are published per season and downloaded from the members'
area.
"""
from flask import Blueprint, abort, send_from_directory
from flask_login import login_required
from werkzeug.utils import secure_filename

from gamekeeper.config import settings
from gamekeeper.maps import published_maps

bp = Blueprint("estate_maps", __name__, url_prefix="/maps")

MAP_DIRECTORY = settings.ESTATE_MAP_DIR


def _map_catalogue() -> dict:
    return {entry.slug: entry for entry in published_maps()}


@bp.get("/")
@login_required
def index():
    return {
        "maps": [
            {"slug": slug, "title": entry.title, "file": entry.file_name}
            for slug, entry in sorted(_map_catalogue().items())
        ]
    }


@bp.get("/download/<path:file_name>")
@login_required
def download(file_name: str):
    if not file_name.lower().endswith(".pdf"):
        abort(404)
    return send_from_directory(
        MAP_DIRECTORY,
        file_name,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=secure_filename(file_name.rsplit("/", 1)[-1]),
    )
