"""Serves coaching videos and stills to logged-in squad members."""

import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

videos = Blueprint("videos", __name__, url_prefix="/coaching")

MEDIA_TYPES = {
    ".mp4": "video/mp4",
    ".mov": "video/quicktime",
    ".webm": "video/webm",
    ".jpg": "image/jpeg",
    ".png": "image/png",
}


def _media_root() -> str:
    return current_app.config.get("COACHING_MEDIA_ROOT", "/srv/rowing/coaching-media")


def _can_view(squad: str) -> bool:
    if current_user.is_coach:
        return True
    return squad in current_user.squads


def _video_path(squad: str, filename: str) -> str:
    return os.path.join(_media_root(), squad, filename)


@videos.get("/<squad>/")
@login_required
def list_videos(squad: str):
    if not _can_view(squad):
        abort(403)
    folder = os.path.join(_media_root(), squad)
    if not os.path.isdir(folder) or squad not in os.listdir(_media_root()):
        abort(404)
    entries = sorted(
        (name for name in os.listdir(folder) if os.path.splitext(name)[1].lower() in MEDIA_TYPES),
        reverse=True,
    )
    return {"squad": squad, "videos": entries}


@videos.get("/<squad>/media")
@login_required
def stream_video(squad: str):
    if not _can_view(squad):
        abort(403)
    filename = request.args.get("file", "")
    ext = os.path.splitext(filename)[1].lower()
    if ext not in MEDIA_TYPES:
        abort(404)
    path = _video_path(squad, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype=MEDIA_TYPES[ext], conditional=True, max_age=300)
