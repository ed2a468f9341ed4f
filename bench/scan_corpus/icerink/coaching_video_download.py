"""Lets skaters download the analysis videos their coach recorded in a lesson."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, send_file, session

app = Flask(__name__)
app.secret_key = os.environ["PORTAL_SECRET_KEY"]

VIDEO_ROOT = Path(os.environ.get("COACHING_VIDEO_ROOT", "/srv/rink/lesson-videos")).resolve()
ALLOWED_SUFFIXES = {".mp4", ".mov", ".webm"}


def _skater_folder(skater_id: int) -> Path:
    return VIDEO_ROOT / f"skater-{skater_id}"


def resolve_video(skater_id: int, relative: str) -> Path:
    folder = _skater_folder(skater_id).resolve()
    candidate = (folder / relative).resolve()
    if not candidate.is_relative_to(folder):
        raise PermissionError(relative)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        raise FileNotFoundError(relative)
    return candidate


@app.get("/my/videos")
def list_videos():
    folder = _skater_folder(session["skater_id"])
    if not folder.is_dir():
        return {"videos": []}
    return {
        "videos": sorted(
            str(p.relative_to(folder))
            for p in folder.rglob("*")
            if p.suffix.lower() in ALLOWED_SUFFIXES
        )
    }


@app.get("/my/videos/<path:relative>")
def download_video(relative: str):
    try:
        path = resolve_video(session["skater_id"], relative)
    except PermissionError:
        abort(403)
    except FileNotFoundError:
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)

