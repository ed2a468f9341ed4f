"""Downloads of night-scout survey exports for council officers.

The nightly job writes CSV and GeoPackage exports into the export folder;
officers pick a file from the portal list and download it here.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, send_file
from flask_login import login_required

from lamplighter.settings import settings

bp = Blueprint("survey_exports", __name__, url_prefix="/exports")

EXPORT_ROOT = os.path.realpath(settings.SURVEY_EXPORT_DIR)
ALLOWED_SUFFIXES = (".csv", ".gpkg", ".pdf")


def resolve_export(name: str) -> str:
    candidate = os.path.realpath(os.path.join(EXPORT_ROOT, name))
    if os.path.commonpath([EXPORT_ROOT, candidate]) != EXPORT_ROOT:
        abort(404)
    if not candidate.endswith(ALLOWED_SUFFIXES) or not os.path.isfile(candidate):
        abort(404)
    return candidate


@bp.get("/")
@login_required
def index():
    names = sorted(
        n for n in os.listdir(EXPORT_ROOT) if n.endswith(ALLOWED_SUFFIXES)
    )
    return {"exports": names}


@bp.get("/<path:name>")
@login_required
def download(name: str):
    path = resolve_export(name)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
