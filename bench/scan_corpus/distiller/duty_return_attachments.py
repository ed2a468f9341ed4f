"""Supporting documents attached to excise duty returns.

Finance attach delivery notes, loss reports and regauge certificates to
each return. Auditors download them from the returns screen.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file

from bonded.auth import require_role

bp = Blueprint("return_attachments", __name__, url_prefix="/returns")


def _attachments_root() -> Path:
    return Path(current_app.config["RETURN_ATTACHMENTS"]).resolve()


def resolve_attachment(period: str, filename: str) -> Path:
    root = _attachments_root()
    candidate = (root / period / filename).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    if not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/<period>/attachments")
@require_role("finance", "auditor")
def list_attachments(period: str):
    folder = (_attachments_root() / period).resolve()
    if not folder.is_relative_to(_attachments_root()) or not folder.is_dir():
        return {"attachments": []}
    return {"attachments": sorted(p.name for p in folder.iterdir() if p.is_file())}


@bp.get("/<period>/attachments/<path:filename>")
@require_role("finance", "auditor")
def download_attachment(period: str, filename: str):
    path = resolve_attachment(period, filename)
    return send_file(path, as_attachment=True, download_name=path.name)
