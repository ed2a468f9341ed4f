"""Attachments on restoration log entries (photos, paint analyses, invoices).

Workshop staff upload files against a job; customers can download the
attachments for their own vehicle from the portal.
"""
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, g, jsonify, request, send_file
from werkzeug.utils import secure_filename

bp = Blueprint("restoration_attachments", __name__)

ATTACHMENT_ROOT = os.environ.get("RESTORATION_FILES", "/srv/wainwright/restoration")


def _job_dir(job_number: str) -> str:
    if not job_number.isalnum():
        abort(404)
    return os.path.join(ATTACHMENT_ROOT, job_number)


def _customer_owns_job(job_number: str) -> bool:
    from .portal import jobs_for_customer

    return job_number in jobs_for_customer(g.customer_id)


@bp.post("/jobs/<job_number>/attachments")
def upload_attachment(job_number: str):
    if not g.get("staff_user"):
        abort(403)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    folder = _job_dir(job_number)
    os.makedirs(folder, exist_ok=True)
    name = secure_filename(upload.filename)
    upload.save(os.path.join(folder, name))
    current_app.logger.info("attachment %s added to job %s by %s", name, job_number, g.staff_user)
    return jsonify(job=job_number, file=name, uploaded=datetime.now(timezone.utc).isoformat())


@bp.get("/jobs/<job_number>/attachments")
def list_attachments(job_number: str):
    if not (g.get("staff_user") or _customer_owns_job(job_number)):
        abort(403)
    folder = _job_dir(job_number)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return jsonify(job=job_number, files=names)


@bp.get("/jobs/<job_number>/attachments/download")
def download_attachment(job_number: str):
    if not (g.get("staff_user") or _customer_owns_job(job_number)):
        abort(403)
    filename = request.args.get("name", "")
    path = os.path.join(_job_dir(job_number), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)
