"""Upload of site survey measurements from the surveyor's laptop.

Surveyors export a CSV or the laser measure's XML after measuring a
staircase opening or window reveal, and upload it against the job.
"""
import os
import uuid
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("survey_upload", __name__, url_prefix="/surveys")
ALLOWED_EXTENSIONS = {".csv", ".xml", ".pdf", ".jpg"}


def survey_dir(job_id: int) -> str:
    folder = os.path.join(current_app.config["SURVEY_ROOT"], str(job_id))
    os.makedirs(folder, exist_ok=True)
    return folder


def stored_name(original: str) -> str:
    cleaned = secure_filename(original)
    stem, ext = os.path.splitext(cleaned)
    if ext.lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    stamp = datetime.utcnow().strftime("%Y%m%d%H%M%S")
    return f"{stamp}-{uuid.uuid4().hex[:8]}-{stem[:60] or 'survey'}{ext.lower()}"


@bp.post("/<int:job_id>")
@login_required
def upload_survey(job_id: int):
    upload = request.files.get("survey")
    if upload is None or not upload.filename:
        abort(400)
    name = stored_name(upload.filename)
    target = os.path.join(survey_dir(job_id), name)
    upload.save(target)
    current_app.logger.info(
        "Survey %s uploaded for job %s by %s", name, job_id, current_user.get_id()
    )
    return jsonify(job=job_id, file=name), 201


@bp.get("/<int:job_id>")
@login_required
def list_surveys(job_id: int):
    folder = os.path.join(current_app.config["SURVEY_ROOT"], str(job_id))
    if not os.path.isdir(folder):
        return jsonify(job=job_id, files=[])
    return jsonify(job=job_id, files=sorted(os.listdir(folder)))
