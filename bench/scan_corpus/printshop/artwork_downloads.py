"""Lets logged-in customers re-download the artwork files on their own jobs."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from printshop.models import Job

bp = Blueprint("artwork", __name__)


def _job_root(job: Job) -> str:
    return os.path.join(current_app.config["ARTWORK_ROOT"], str(job.customer_id), job.reference)


@bp.get("/jobs/<int:job_id>/artwork/<path:filename>")
@login_required
def download_artwork(job_id: int, filename: str):
    job = Job.query.get_or_404(job_id)
    if job.customer_id != current_user.customer_id:
        abort(404)

    full_path = os.path.join(_job_root(job), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(full_path))


@bp.get("/jobs/<int:job_id>/artwork")
@login_required
def list_artwork(job_id: int):
    job = Job.query.get_or_404(job_id)
    if job.customer_id != current_user.customer_id:
        abort(404)
    root = _job_root(job)
    files = sorted(os.listdir(root)) if os.path.isdir(root) else []
    return {"job": job.reference, "files": files}
