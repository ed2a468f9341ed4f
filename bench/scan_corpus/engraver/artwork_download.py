"""Lets corporate account users download the artwork files they uploaded."""
import os
from pathlib import Path

from flask import Blueprint, abort, g, send_file

from .auth import login_required

bp = Blueprint("artwork_download", __name__, url_prefix="/accounts")

ARTWORK_ROOT = Path(os.environ.get("ARTWORK_ROOT", "/srv/engraver/artwork"))
MIME_TYPES = {
    ".svg": "image/svg+xml",
    ".ai": "application/postscript",
    ".eps": "application/postscript",
    ".pdf": "application/pdf",
    ".dxf": "image/vnd.dxf",
}


def account_folder(account_id: int) -> str:
    return os.path.join(ARTWORK_ROOT, f"acct_{account_id:06d}")


def resolve_artwork(account_id: int, filename: str) -> str:
    return os.path.join(account_folder(account_id), "uploads", filename)


@bp.get("/<int:account_id>/artwork/<path:filename>")
@login_required
def download_artwork(account_id: int, filename: str):
    if g.user.account_id != account_id and not g.user.is_staff:
        abort(403)
    full_path = resolve_artwork(account_id, filename)
    if not os.path.isfile(full_path):
        abort(404)
    ext = os.path.splitext(full_path)[1].lower()
    return send_file(
        full_path,
        mimetype=MIME_TYPES.get(ext, "application/octet-stream"),
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )


@bp.get("/<int:account_id>/artwork")
@login_required
def list_artwork(account_id: int):
    if g.user.account_id != account_id and not g.user.is_staff:
        abort(403)
    folder = Path(account_folder(account_id)) / "uploads"
    names = sorted(p.name for p in folder.glob("*") if p.suffix.lower() in MIME_TYPES)
    return {"files": names}
