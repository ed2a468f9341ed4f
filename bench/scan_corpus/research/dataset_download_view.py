"""Download a single file from a project's dataset area."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, g, request, send_file

from .permissions import user_can_read_project

bp = Blueprint("dataset_download", __name__)

DATASET_ROOT = Path(os.environ.get("DATASET_ROOT", "/srv/datasets")).resolve()


def resolve_in_project(project: str, relative: str) -> Path:
    base = (DATASET_ROOT / project).resolve()
    if base.parent != DATASET_ROOT:
        abort(404)
    candidate = (base / relative).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/datasets/<project>/file")
def download_file(project: str):
    if not user_can_read_project(g.user, project):
        abort(404)
    relative = request.args.get("path", "")
    if not relative:
        abort(400, "path is required")
    target = resolve_in_project(project, relative)
    return send_file(target, as_attachment=True, download_name=target.name)
