"""Download of prepaid return labels generated for approved RMAs."""
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

from brushworks.returns import rma_visible_to
from brushworks.settings import RETURN_LABEL_ROOT

bp = Blueprint("rma_labels", __name__, url_prefix="/returns")

LABEL_BASE = Path(RETURN_LABEL_ROOT).resolve()
FORMATS = {"pdf": "application/pdf", "zpl": "text/plain", "png": "image/png"}


class LabelNotFound(Exception):
    pass


def resolve_label(rma_no: str, filename: str) -> Path:
    candidate = (LABEL_BASE / rma_no / filename).resolve()
    if not candidate.is_relative_to(LABEL_BASE):
        raise LabelNotFound(filename)
    if not candidate.is_file():
        raise LabelNotFound(filename)
    return candidate


@bp.get("/<rma_no>/label")
@login_required
def download_label(rma_no: str):
    if not rma_visible_to(current_user, rma_no):
        abort(404)
    fmt = request.args.get("format", "pdf").lower()
    if fmt not in FORMATS:
        abort(400)
    filename = request.args.get("file", f"label.{fmt}")
    try:
        path = resolve_label(rma_no, filename)
    except LabelNotFound:
        abort(404)
    return send_file(path, mimetype=FORMATS[fmt], as_attachment=True, download_name=f"{rma_no}-{path.name}")
