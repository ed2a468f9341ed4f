"""Serves coaching clips from the clubhouse NAS to logged-in players."""
import mimetypes
import os

from flask import Flask, abort, request, send_from_directory
from flask_login import LoginManager, current_user, login_required

app = Flask(__name__)
app.config.from_prefixed_env("COACHING")
login_manager = LoginManager(app)

CLIP_ROOT = app.config.get("CLIP_ROOT", "/srv/coaching/clips")
ALLOWED_TYPES = {"video/mp4", "video/quicktime", "video/webm"}


def _can_watch(user, squad: str) -> bool:
    return user.is_coach or squad in user.squads


@app.get("/clips/<squad>")
@login_required
def list_clips(squad: str):
    if not _can_watch(current_user, squad):
        abort(403)
    folder = os.path.join(CLIP_ROOT, "squads")
    names = sorted(
        name for name in os.listdir(folder)
        if name.startswith(f"{squad}_") and mimetypes.guess_type(name)[0] in ALLOWED_TYPES
    )
    return {"squad": squad, "clips": names}


@app.get("/clips/download")
@login_required
def download_clip():
    filename = request.args.get("file", "")
    squad = filename.split("_", 1)[0]
    if not _can_watch(current_user, squad):
        abort(403)
    if mimetypes.guess_type(filename)[0] not in ALLOWED_TYPES:
        abort(404)
    return send_from_directory(os.path.join(CLIP_ROOT, "squads"), filename, as_attachment=True)
