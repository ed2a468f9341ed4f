"""Drawing downloads for logged-in portal customers."""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file, session

from .auth import customer_login_required

bp = Blueprint("drawings", __name__)

ALLOWED_SUFFIXES = (".pdf", ".dxf", ".step", ".stp")


def _drawing_path(customer_no: str, filename: str) -> Path:
    root = Path(current_app.config["DRAWING_STORE"])
    return root / customer_no / filename


@bp.get("/drawings/download")
@customer_login_required
def download():
    filename = request.args.get("file", "")
    if not filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(400)
    path = _drawing_path(session["customer_no"], filename)
    if not path.is_file():
        abort(404)
    current_app.logger.info("drawing download customer=%s file=%s", session["customer_no"], path.name)
    return send_file(path, as_attachment=True, download_name=path.name)
