"""Serve finished environmental survey reports to consultants and regulators."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required

reports = Blueprint("reports", __name__, url_prefix="/reports")

MIME_TYPES = {
    ".pdf": "application/pdf",
    ".csv": "text/csv",
    ".nc": "application/x-netcdf",
}


class ReportStore:
    """Locates report artefacts produced by the survey processing pipeline."""

    def __init__(self, root: str) -> None:
        self.root = root

    def path_for(self, campaign: str, name: str) -> str:
        return os.path.join(self.root, campaign, name)

    def exists(self, path: str) -> bool:
        return os.path.isfile(path)


def _store() -> ReportStore:
    return ReportStore(current_app.config["SURVEY_REPORT_ROOT"])


@reports.get("/<campaign>/download")
@login_required
def download(campaign: str):
    name = request.args.get("file", "")
    if not name:
        abort(400)
    store = _store()
    path = store.path_for(campaign, name)
    if not store.exists(path):
        abort(404)
    mimetype = MIME_TYPES.get(Path(name).suffix.lower(), "application/octet-stream")
    return send_file(path, mimetype=mimetype, as_attachment=True)


@reports.get("/<campaign>/")
@login_required
def listing(campaign: str):
    root = Path(_store().root) / "published"
    campaigns = {p.name for p in root.iterdir() if p.is_dir()} if root.exists() else set()
    if campaign not in campaigns:
        abort(404)
    files = sorted(p.name for p in (root / campaign).iterdir() if p.is_file())
    return {"campaign": campaign, "files": files}
