"""Download endpoint for coaching videos stored on the clubhouse NAS."""
import mimetypes
import os

from flask import Flask, abort, request, send_file
from flask_login import LoginManager, current_user, login_required

app = Flask(__name__)
app.config.from_prefixed_env("COACHING")
login_manager = LoginManager(app)

VIDEO_ROOT = app.config.get("VIDEO_ROOT", "/srv/coaching/videos")
ALLOWED_TYPES = {"video/mp4", "video/quicktime", "video/webm"}


def _can_watch(user, squad: str) -> bool:
    return user.is_coach or squad in user.squads


@app.get("/videos/<squad>")
@login_required
def list_videos(squad: str):
    if not _can_watch(current_user, squad):
        abort(403)
    folder = os.path.join(VIDEO_ROOT, "squads")
    names = sorted(
        name for name in os.listdir(folder)
        if name.startswith(f"{squad}_") and mimetypes.guess_type(name)[0] in ALLOWED_TYPES
    )
    return {"squad": squad, "videos": names}


@app.get("/videos/download")
@login_required
def download_video():
    filename = request.args.get("file", "")
    squad = filename.split("_", 1)[0]
    if not _can_watch(current_user, squad):
        abort(403)
    path = os.path.join(VIDEO_ROOT, "squads", filename)
    if not os.path.isfile(path):
        abort(404)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, as_attachment=True)
