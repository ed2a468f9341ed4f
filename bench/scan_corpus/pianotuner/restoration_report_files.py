"""Upload and retrieval of restoration condition reports attached to workshop jobs."""
import os

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import login_required
from werkzeug.utils import secure_filename

from pianotuner.models import RestorationJob

bp = Blueprint("restoration_reports", __name__, url_prefix="/workshop/jobs")

ALLOWED_EXTENSIONS = {".pdf", ".docx", ".jpg", ".png"}


def job_folder(job_id: int) -> str:
    folder = os.path.join(current_app.config["REPORT_ROOT"], f"job-{job_id:06d}")
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/<int:job_id>/reports")
@login_required
def upload_report(job_id: int):
    RestorationJob.query.get_or_404(job_id)
    upload = request.files.get("report")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if not name or os.path.splitext(name)[1].lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    destination = os.path.join(job_folder(job_id), name)
    upload.save(destination)
    return jsonify({"job": job_id, "file": name}), 201


@bp.get("/<int:job_id>/reports/<path:name>")
@login_required
def fetch_report(job_id: int, name: str):
    RestorationJob.query.get_or_404(job_id)
    return send_from_directory(job_folder(job_id), name, as_attachment=True)


@bp.get("/<int:job_id>/reports")
@login_required
def list_reports(job_id: int):
    RestorationJob.query.get_or_404(job_id)
    return jsonify(sorted(os.listdir(job_folder(job_id))))
