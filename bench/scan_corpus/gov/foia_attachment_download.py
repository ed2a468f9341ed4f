"""Serve released attachments for public-records (FOIA) requests."""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file

from .models import RecordsRequest

bp = Blueprint("foia_files", __name__, url_prefix="/requests")


def _resolve_attachment(request_dir: Path, name: str) -> Path:
    base = request_dir.resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/<tracking_no>/attachments")
def attachment(tracking_no: str):
    rr = RecordsRequest.query.filter_by(tracking_no=tracking_no, released=True).first_or_404()
    name = request.args.get("name", "")
    if not name:
        abort(400)

    request_dir = Path(current_app.config["FOIA_RELEASE_ROOT"]) / rr.storage_key
    path = _resolve_attachment(request_dir, name)
    return send_file(path, as_attachment=True, download_name=path.name)
