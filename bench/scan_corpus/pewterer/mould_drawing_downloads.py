"""Serves technical drawings (PDF/DXF) for moulds in the library to logged-in staff."""
import mimetypes
import os

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

from pewterer.moulds.models import Mould
from pewterer.settings import DRAWINGS_ROOT

bp = Blueprint("mould_drawings", __name__)

ALLOWED_KINDS = {"pdf", "dxf", "step"}


def _drawing_dir(mould: Mould, kind: str) -> str:
    return os.path.join(DRAWINGS_ROOT, mould.code.lower(), kind)


def _resolve_drawing(mould: Mould, kind: str, sheet: str) -> str:
    folder = _drawing_dir(mould, kind)
    return os.path.join(folder, sheet)


@bp.get("/moulds/<int:mould_id>/drawings/<kind>")
@login_required
def download_drawing(mould_id: int, kind: str):
    if kind not in ALLOWED_KINDS:
        abort(404)
    mould = Mould.query.get_or_404(mould_id)
    sheet = request.args.get("sheet", f"{mould.code.lower()}.{kind}")
    full_path = _resolve_drawing(mould, kind, sheet)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return send_file(full_path, mimetype=mimetype, as_attachment=True)


@bp.get("/moulds/<int:mould_id>/drawings")
@login_required
def list_drawings(mould_id: int):
    mould = Mould.query.get_or_404(mould_id)
    listing = {}
    for kind in sorted(ALLOWED_KINDS):
        folder = _drawing_dir(mould, kind)
        listing[kind] = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return listing
