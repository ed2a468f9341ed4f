"""Custom pipeline parameter files uploaded by research collaborators.

Collaborators on research projects may override a subset of the germline
pipeline defaults (callers, filters, target BED) by uploading a YAML file.
"""
import yaml
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from research.projects import get_project_for_user, save_params

bp = Blueprint("pipeline_params", __name__)

ALLOWED_KEYS = {
    "variant_caller",
    "min_base_quality",
    "min_mapping_quality",
    "target_bed",
    "padding_bp",
    "vqsr",
    "annotate_with",
}
MAX_UPLOAD_BYTES = 64 * 1024


@bp.post("/projects/<int:project_id>/pipeline-params")
@login_required
def upload_params(project_id: int):
    project = get_project_for_user(project_id, current_user)
    if project is None:
        return jsonify(error="project not found"), 404

    upload = request.files.get("params")
    if upload is None:
        return jsonify(error="missing 'params' file"), 400
    raw = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        return jsonify(error="parameter file too large"), 413

    params = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(params, dict):
        return jsonify(error="parameter file must be a mapping"), 400

    unknown = sorted(set(params) - ALLOWED_KEYS)
    if unknown:
        return jsonify(error="unsupported keys", keys=unknown), 422

    save_params(project, params, submitted_by=current_user.id)
    return jsonify(project=project.id, accepted=sorted(params)), 201
