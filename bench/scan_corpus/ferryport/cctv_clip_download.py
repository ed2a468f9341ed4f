"""Flask blueprint letting the port control room pull archived CCTV clips by camera."""

from __future__ import annotations

import os
import re
from datetime import datetime

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required

bp = Blueprint("cctv_clips", __name__, url_prefix="/cctv")

CAMERA_RE = re.compile(r"^[A-Z]{2,4}-\d{2}$")


class ArchiveLayout:
    """Clips are stored as <root>/<camera>/<YYYY-MM-DD>/<clip>.mp4."""

    def __init__(self, root: str) -> None:
        self.root = root

    def day_dir(self, camera: str, day: str) -> str:
        return os.path.join(self.root, camera, day)

    def clip_path(self, camera: str, day: str, clip_name: str) -> str:
        return os.path.join(self.day_dir(camera, day), clip_name)


def _layout() -> ArchiveLayout:
    return ArchiveLayout(current_app.config["CCTV_ARCHIVE_ROOT"])


def _parse_day(raw: str) -> str:
    try:
        return datetime.strptime(raw, "%Y-%m-%d").strftime("%Y-%m-%d")
    except ValueError:
        abort(400, "day must be YYYY-MM-DD")


@bp.get("/<camera>/<day>")
@login_required
def list_clips(camera: str, day: str):
    if not CAMERA_RE.match(camera):
        abort(404)
    folder = _layout().day_dir(camera, _parse_day(day))
    if not os.path.isdir(folder):
        return {"clips": []}
    return {"clips": sorted(n for n in os.listdir(folder) if n.endswith(".mp4"))}


@bp.get("/<camera>/<day>/clip")
@login_required
def download_clip(camera: str, day: str):
    if not CAMERA_RE.match(camera):
        abort(404)
    clip_name = request.args.get("name", "")
    path = _layout().clip_path(camera, _parse_day(day), clip_name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="video/mp4", as_attachment=True,
                     download_name=os.path.basename(path))
