"""Import care-plan templates uploaded by clinical content editors.

Templates are YAML (tasks, check-in cadence, escalation thresholds) and are
validated against a JSON schema before they are stored.
"""
from __future__ import annotations

import json
from importlib import resources

import jsonschema
import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .store import save_template

bp = Blueprint("care_plan_templates", __name__)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SCHEMA = json.loads(resources.files(__package__).joinpath("care_plan.schema.json").read_text())
MAX_TEMPLATE_BYTES = 256 * 1024


def load_template(text: str) -> dict:
    doc = yaml.load(text, Loader=_Loader)
    if not isinstance(doc, dict):
        raise ValueError("template must be a mapping")
    jsonschema.validate(doc, _SCHEMA)
    return doc


@bp.post("/admin/care-plans/templates")
@login_required
def upload_template():
    if not current_user.has_role("content_editor"):
        abort(403)
    upload = request.files.get("template")
    if upload is None:
        abort(400, "missing template file")
    raw = upload.read(MAX_TEMPLATE_BYTES + 1)
    if len(raw) > MAX_TEMPLATE_BYTES:
        abort(413)
    try:
        doc = load_template(raw.decode("utf-8"))
    except (yaml.YAMLError, ValueError, jsonschema.ValidationError) as exc:
        return jsonify(error=str(exc)), 422
    template_id = save_template(doc, author_id=current_user.id)
    return jsonify(id=template_id), 201
