"""Download endpoint for the pattern library (engraving artwork, die drawings)."""
import mimetypes
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("patterns", __name__, url_prefix="/patterns")

ALLOWED_VIEWERS = {"designer", "toolroom", "account_manager"}


def pattern_root() -> str:
    return current_app.config.get("PATTERN_LIBRARY_ROOT", "/srv/buttonworks/patterns")


def _record_download(user_id: int, relpath: str) -> None:
    current_app.logger.info("pattern download user=%s file=%s", user_id, relpath)


@bp.get("/<collection>/<path:filename>")
@login_required
def download_pattern(collection: str, filename: str):
    if current_user.role not in ALLOWED_VIEWERS:
        abort(403)
    full_path = os.path.join(pattern_root(), collection, filename)
    if not os.path.isfile(full_path):
        abort(404)
    _record_download(current_user.id, f"{collection}/{filename}")
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return send_file(full_path, mimetype=mimetype, as_attachment=True,
                     download_name=os.path.basename(full_path))


@bp.get("/<collection>/")
@login_required
def list_collection(collection: str):
    if current_user.role not in ALLOWED_VIEWERS:
        abort(403)
    root = os.path.join(pattern_root(), "_index")
    names = sorted(n for n in os.listdir(root) if n.startswith(f"{collection}__"))
    return {"collection": collection, "files": [n.split("__", 1)[1] for n in names]}
