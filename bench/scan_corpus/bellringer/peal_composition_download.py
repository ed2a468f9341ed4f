"""Download conductor's composition sheets attached to peal records.

Compositions are stored on disk grouped by method family, e.g.
``compositions/surprise-major/5056-yorkshire.txt``.
"""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

from bellringer.models import PealRecord
from bellringer.settings import settings

bp = Blueprint("compositions", __name__, url_prefix="/compositions")

MIME_TYPES = {
    ".txt": "text/plain",
    ".pdf": "application/pdf",
    ".mus": "application/octet-stream",
}


def _composition_path(family: str, filename: str) -> str:
    return os.path.join(settings.COMPOSITIONS_DIR, family, filename)


@bp.get("/<family>/download")
@login_required
def download_composition(family: str):
    if family not in settings.METHOD_FAMILIES:
        abort(404)
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    path = _composition_path(family, filename)
    if not os.path.isfile(path):
        abort(404)
    ext = os.path.splitext(filename)[1].lower()
    return send_file(
        path,
        mimetype=MIME_TYPES.get(ext, "application/octet-stream"),
        as_attachment=True,
        download_name=os.path.basename(filename),
    )


@bp.get("/for-peal/<int:peal_id>")
@login_required
def composition_for_peal(peal_id: int):
    peal = PealRecord.query.get_or_404(peal_id)
    if not peal.composition_file:
        abort(404)
    return send_file(
        os.path.join(settings.COMPOSITIONS_DIR, peal.composition_file),
        mimetype="text/plain",
        as_attachment=True,
    )
