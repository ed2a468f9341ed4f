"""Upload endpoint for preventive-maintenance schedule templates.

Shop managers author templates in YAML (intervals by miles, engine hours
and days) and upload them from the maintenance console.
"""
from __future__ import annotations

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from fleet.maintenance.models import PmTemplate, db

bp = Blueprint("pm_templates", __name__, url_prefix="/maintenance/templates")

_YAML_LOADER = getattr(yaml, "CLoader", yaml.Loader)
MAX_TEMPLATE_BYTES = 256 * 1024
REQUIRED_KEYS = {"name", "vehicle_class", "services"}


def _parse_template(raw: bytes) -> dict:
    doc = yaml.load(raw, Loader=_YAML_LOADER)
    if not isinstance(doc, dict) or not REQUIRED_KEYS <= doc.keys():
        raise ValueError("template must define name, vehicle_class and services")
    for svc in doc["services"]:
        if not any(k in svc for k in ("every_miles", "every_engine_hours", "every_days")):
            raise ValueError(f"service {svc.get('code')} has no interval")
    return doc


@bp.post("")
@login_required
def upload_template():
    upload = request.files.get("template")
    if upload is None:
        abort(400, "no template file")
    raw = upload.read(MAX_TEMPLATE_BYTES + 1)
    if len(raw) > MAX_TEMPLATE_BYTES:
        abort(413)
    try:
        doc = _parse_template(raw)
    except (ValueError, yaml.YAMLError) as exc:
        abort(422, str(exc))

    template = PmTemplate(
        name=doc["name"],
        vehicle_class=doc["vehicle_class"],
        body=doc,
        created_by=current_user.id,
    )
    db.session.add(template)
    db.session.commit()
    return jsonify({"id": template.id, "services": len(doc["services"])}), 201
