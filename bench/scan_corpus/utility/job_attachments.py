"""Download endpoint for photos and certificates attached to field jobs."""
import os
from pathlib import Path

from flask import Blueprint, abort, g, request, send_file

from .auth import login_required
from .models import Job

bp = Blueprint("job_attachments", __name__)

ATTACHMENT_ROOT = Path(os.environ.get("JOB_ATTACHMENT_ROOT", "/var/lib/fieldops/attachments"))


def _authorised(job: Job) -> bool:
    if "dispatcher" in g.user.roles:
        return True
    return job.engineer_id == g.user.id


@bp.get("/jobs/<int:job_id>/attachments")
@login_required
def list_attachments(job_id: int):
    job = Job.query.get_or_404(job_id)
    if not _authorised(job):
        abort(403)
    folder = ATTACHMENT_ROOT / str(job.id)
    names = sorted(p.name for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    return {"job_id": job.id, "attachments": names}


@bp.get("/jobs/<int:job_id>/attachments/download")
@login_required
def download_attachment(job_id: int):
    job = Job.query.get_or_404(job_id)
    if not _authorised(job):
        abort(403)
    name = request.args.get("name", "")
    target = ATTACHMENT_ROOT / str(job.id) / name
    if not name or not target.is_file():
        abort(404)
    return send_file(target, as_attachment=True, download_name=target.name)
