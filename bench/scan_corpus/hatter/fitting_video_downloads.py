"""Lets clients download the processed copies of their fitting videos."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from hatter.models import FittingVideo

bp = Blueprint("fitting_downloads", __name__, url_prefix="/my/fittings")


def client_video_dir(client_id: int) -> str:
    return os.path.join(current_app.config["PROCESSED_VIDEO_ROOT"], str(client_id))


def _listing(client_id: int) -> list[dict]:
    videos = FittingVideo.query.filter_by(client_id=client_id, status="ready").all()
    return [{"id": v.id, "file": v.file_name, "recorded": v.recorded_at.isoformat()} for v in videos]


@bp.get("/")
@login_required
def index():
    return {"videos": _listing(current_user.client_id)}


@bp.get("/download/<path:file_name>")
@login_required
def download(file_name: str):
    folder = client_video_dir(current_user.client_id)
    full_path = os.path.join(folder, file_name)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="video/mp4", as_attachment=True, download_name=os.path.basename(full_path))
