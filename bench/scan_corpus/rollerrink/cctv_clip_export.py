"""Download endpoint for exported CCTV clips.

Once a clip has been cut for an incident, the duty manager (or the police
liaison with a share link) downloads it from the export store.
"""
from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, request, send_file
from flask_login import current_user, login_required

app = Flask(__name__)


@dataclass(frozen=True)
class ExportStoreConfig:
    root: Path = Path(os.environ.get("CCTV_EXPORT_ROOT", "/srv/nvr/exports"))
    allowed_suffixes: tuple[str, ...] = (".mp4", ".mkv", ".jpg")
    max_bytes: int = 2 * 1024 ** 3


class ClipStore:
    def __init__(self, config: ExportStoreConfig) -> None:
        self.config = config

    def path_for(self, name: str) -> Path:
        return self.config.root / name

    def describe(self, name: str) -> dict:
        path = self.path_for(name)
        stat = path.stat()
        return {"name": path.name, "bytes": stat.st_size, "modified": stat.st_mtime}

    def list_clips(self) -> list[dict]:
        return [
            self.describe(p.name)
            for p in sorted(self.config.root.iterdir())
            if p.suffix in self.config.allowed_suffixes
        ]


store = ClipStore(ExportStoreConfig())


@app.get("/cctv/exports")
@login_required
def list_exports():
    if not current_user.has_role("duty_manager"):
        abort(403)
    return {"clips": store.list_clips()}


@app.get("/cctv/exports/download")
@login_required
def download_export():
    if not current_user.has_role("duty_manager"):
        abort(403)
    name = request.args.get("clip", "")
    path = store.path_for(name)
    if not path.is_file():
        abort(404)
    if path.stat().st_size > store.config.max_bytes:
        abort(413)
    mimetype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, as_attachment=True, download_name=path.name)
