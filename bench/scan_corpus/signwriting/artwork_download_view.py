"""Let customers and staff download previously uploaded artwork files."""
from __future__ import annotations

import mimetypes
import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

bp = Blueprint("artwork", __name__, url_prefix="/artwork")

ARTWORK_ROOT = os.environ.get("ARTWORK_ROOT", "/srv/signshop/artwork")
ALLOWED_EXTENSIONS = {".svg", ".pdf", ".ai", ".eps", ".png", ".jpg"}


def _customer_folder(customer_id: int) -> str:
    return os.path.join(ARTWORK_ROOT, f"customer-{customer_id}")


@bp.get("/<int:customer_id>/files")
@login_required
def list_files(customer_id: int):
    if not (current_user.is_staff or current_user.customer_id == customer_id):
        abort(403)
    folder = _customer_folder(customer_id)
    if not os.path.isdir(folder):
        return {"files": []}
    names = sorted(
        n for n in os.listdir(folder)
        if os.path.splitext(n)[1].lower() in ALLOWED_EXTENSIONS
    )
    return {"files": names}


@bp.get("/<int:customer_id>/files/<path:filename>")
@login_required
def download(customer_id: int, filename: str):
    if not (current_user.is_staff or current_user.customer_id == customer_id):
        abort(403)
    full_path = os.path.join(_customer_folder(customer_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    mime, _ = mimetypes.guess_type(full_path)
    return send_file(
        full_path,
        mimetype=mime or "application/octet-stream",
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )
