"""Lets squad members stream the coaching clips shared with their squad."""

import os

from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import current_user, login_required

clips = Blueprint("clips", __name__, url_prefix="/clips")

CLIP_TYPES = {
    ".mp4": "video/mp4",
    ".mov": "video/quicktime",
    ".webm": "video/webm",
    ".jpg": "image/jpeg",
}


def _squad_folder(squad: str) -> str:
    root = current_app.config["COACHING_MEDIA_ROOT"]
    if squad not in current_app.config["SQUADS"]:
        abort(404)
    return os.path.join(root, squad)


def _allowed(squad: str) -> bool:
    return current_user.is_coach or squad in current_user.squads


@clips.get("/<squad>/")
@login_required
def index(squad: str):
    if not _allowed(squad):
        abort(403)
    folder = _squad_folder(squad)
    names = [n for n in os.listdir(folder) if os.path.splitext(n)[1].lower() in CLIP_TYPES]
    return {"squad": squad, "clips": sorted(names, reverse=True)}


@clips.get("/<squad>/play")
@login_required
def play(squad: str):
    if not _allowed(squad):
        abort(403)
    name = request.args.get("clip", "")
    ext = os.path.splitext(name)[1].lower()
    if ext not in CLIP_TYPES:
        abort(404)
    return send_from_directory(
        _squad_folder(squad),
        name,
        mimetype=CLIP_TYPES[ext],
        conditional=True,
        max_age=300,
    )
