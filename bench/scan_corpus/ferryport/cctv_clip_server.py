"""Serve exported CCTV clips to the incident review tool."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, request, send_file
from flask_httpauth import HTTPTokenAuth

app = Flask(__name__)
auth = HTTPTokenAuth(scheme="Bearer")


class ExportDirectory:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve(strict=True)

    def locate(self, incident: str, clip: str) -> Path:
        candidate = (self.root / incident / clip).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(clip)
        if candidate.suffix.lower() not in {".mp4", ".mkv", ".jpg"}:
            raise PermissionError(clip)
        return candidate

    def listing(self, incident: str) -> list[str]:
        folder = (self.root / incident).resolve()
        if not folder.is_relative_to(self.root) or not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())


EXPORTS = ExportDirectory(os.environ.get("CCTV_EXPORT_ROOT", "/srv/cctv/exports"))


@auth.verify_token
def verify_token(token: str):
    from .reviewers import reviewer_for_token
    return reviewer_for_token(token)


@app.get("/incidents/<incident>/clips")
@auth.login_required
def incident_clips(incident: str):
    return {"incident": incident, "clips": EXPORTS.listing(incident)}


@app.get("/incidents/<incident>/clip")
@auth.login_required
def incident_clip(incident: str):
    try:
        path = EXPORTS.locate(incident, request.args.get("name", ""))
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)
