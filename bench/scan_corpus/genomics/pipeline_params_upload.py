"""Upload of custom germline-pipeline parameter files by research collaborators."""
import yaml
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from research.projects import get_project_for_user, save_params

bp = Blueprint("pipeline_params", __name__)

PARAM_TYPES = {
    "variant_caller": str,
    "min_base_quality": int,
    "min_mapping_quality": int,
    "target_bed": str,
    "padding_bp": int,
    "vqsr": bool,
}
MAX_UPLOAD_BYTES = 64 * 1024


def _validate(params) -> list[str]:
    if not isinstance(params, dict):
        return ["parameter file must be a mapping"]
    errors = [f"unsupported key {k!r}" for k in params if k not in PARAM_TYPES]
    errors += [
        f"{k} must be {PARAM_TYPES[k].__name__}"
        for k, v in params.items()
        if k in PARAM_TYPES and not isinstance(v, PARAM_TYPES[k])
    ]
    return errors


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

    try:
        params = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        return jsonify(error=f"invalid YAML: {exc}"), 400
    errors = _validate(params)
    if errors:
        return jsonify(errors=errors), 422

    save_params(project, params, submitted_by=current_user.id)
    return jsonify(project=project.id, accepted=sorted(params)), 201
