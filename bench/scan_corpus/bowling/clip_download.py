"""Back-office download of exported CCTV clips."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("clips", __name__, url_prefix="/backoffice/clips")

ALLOWED_ROLES = {"duty_manager", "general_manager", "security"}


def _export_dir() -> str:
    return current_app.config.get("CLIP_EXPORT_DIR", "/srv/nvr/exports")


def _clip_path(name: str) -> str:
    return os.path.join(_export_dir(), name)


@bp.get("/<path:name>")
@login_required
def download_clip(name: str):
    if current_user.role not in ALLOWED_ROLES:
        abort(403)
    path = _clip_path(name)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info("clip %s downloaded by %s", name, current_user.id)
    return send_file(path, mimetype="video/mp4", as_attachment=True, download_name=os.path.basename(path))


@bp.get("/")
@login_required
def list_clips():
    if current_user.role not in ALLOWED_ROLES:
        abort(403)
    names = sorted(n for n in os.listdir(_export_dir()) if n.endswith(".mp4"))
    return {"clips": names}
