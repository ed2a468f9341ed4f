"""Lets enrolled families download the recital recordings for their studio."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

from flask import Flask, abort, g, request, send_file, session

app = Flask(__name__)
app.config.from_prefixed_env()


@dataclass(frozen=True)
class VideoStorageSettings:
    root: str = "/srv/recitals/renditions"
    default_rendition: str = "720p"


class RecitalVideoLibrary:
    def __init__(self, settings: VideoStorageSettings = VideoStorageSettings()) -> None:
        self.settings = settings

    def studio_dir(self, studio_code: str) -> str:
        return os.path.join(self.settings.root, studio_code)

    def locate(self, studio_code: str, filename: str) -> str:
        return os.path.join(self.studio_dir(studio_code), filename)

    def listing(self, studio_code: str) -> list[str]:
        folder = self.studio_dir(studio_code)
        if not os.path.isdir(folder):
            return []
        return sorted(name for name in os.listdir(folder) if name.endswith(".mp4"))


library = RecitalVideoLibrary()


def family_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        family = session.get("family")
        if not family:
            abort(401)
        g.family = family
        return view(*args, **kwargs)

    return wrapper


@app.get("/recitals/videos")
@family_required
def list_videos():
    return {"studio": g.family["studio_code"], "videos": library.listing(g.family["studio_code"])}


@app.get("/recitals/videos/download")
@family_required
def download_video():
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    path = library.locate(g.family["studio_code"], filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
