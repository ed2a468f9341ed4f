"""Download of issued defect notices (PDF) for depot staff."""
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

from wheeltapper.config import settings

bp = Blueprint("notices", __name__)
NOTICE_ROOT = Path(settings.NOTICE_ARCHIVE).resolve()


def depot_folder(depot_code: str) -> Path:
    return NOTICE_ROOT / depot_code


def resolve_notice(depot_code: str, filename: str) -> Path:
    base = depot_folder(depot_code)
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base):
        raise PermissionError(filename)
    return candidate


@bp.get("/notices")
@login_required
def list_notices():
    folder = depot_folder(current_user.depot_code)
    if not folder.is_dir():
        return {"notices": []}
    return {"notices": sorted(p.name for p in folder.glob("*.pdf"))}


@bp.get("/notices/download")
@login_required
def download_notice():
    filename = request.args.get("file", "")
    try:
        path = resolve_notice(current_user.depot_code, filename)
    except PermissionError:
        abort(404)
    if path.suffix.lower() != ".pdf" or not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True,
                     download_name=path.name)
