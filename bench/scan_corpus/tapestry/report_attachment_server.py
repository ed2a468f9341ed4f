"""Serves attachments (PDF reports, dye analysis sheets) from a job's folder."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from .jobs import job_visible_to

bp = Blueprint("attachments", __name__, url_prefix="/jobs")


def _jobs_root() -> Path:
    return Path(current_app.config["JOB_FILES_ROOT"]).resolve()


def resolve_attachment(job_id: int, relative_name: str) -> Path:
    job_dir = (_jobs_root() / f"job-{job_id:06d}").resolve()
    candidate = (job_dir / relative_name).resolve()
    if not candidate.is_relative_to(job_dir):
        raise PermissionError(relative_name)
    return candidate


@bp.get("/<int:job_id>/attachments/<path:name>")
@login_required
def download_attachment(job_id: int, name: str):
    if not job_visible_to(current_user, job_id):
        abort(404)
    try:
        path = resolve_attachment(job_id, name)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)


@bp.get("/<int:job_id>/attachments")
@login_required
def list_attachments(job_id: int):
    if not job_visible_to(current_user, job_id):
        abort(404)
    job_dir = _jobs_root() / f"job-{job_id:06d}"
    if not job_dir.is_dir():
        return {"files": []}
    files = [
        {"name": str(p.relative_to(job_dir)), "bytes": p.stat().st_size}
        for p in sorted(job_dir.rglob("*"))
        if p.is_file()
    ]
    return {"files": files}
