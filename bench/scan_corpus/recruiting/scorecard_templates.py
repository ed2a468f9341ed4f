"""Interview scorecard templates that hiring managers upload as YAML."""

import yaml
from flask import Blueprint, abort, jsonify, request

from .auth import require_role
from .models import ScorecardTemplate, db

bp = Blueprint("scorecards", __name__, url_prefix="/admin/scorecards")

_YAML_LOADER = yaml.Loader  # templates use anchors/aliases for shared rating scales
REQUIRED_KEYS = {"name", "competencies"}
MAX_TEMPLATE_BYTES = 64 * 1024


def parse_template(source: str) -> dict:
    data = yaml.load(source, Loader=_YAML_LOADER)
    if not isinstance(data, dict) or not REQUIRED_KEYS <= data.keys():
        raise ValueError(f"template must define {sorted(REQUIRED_KEYS)}")
    for comp in data["competencies"]:
        if "scale" not in comp or not comp["scale"]:
            raise ValueError(f"competency {comp.get('name')!r} has no rating scale")
    return data


@bp.post("")
@require_role("hiring_manager")
def upload_template():
    upload = request.files.get("template")
    if upload is None:
        abort(400, "missing template file")
    raw = upload.read(MAX_TEMPLATE_BYTES + 1)
    if len(raw) > MAX_TEMPLATE_BYTES:
        abort(413)
    try:
        data = parse_template(raw.decode("utf-8"))
    except (ValueError, yaml.YAMLError) as exc:
        abort(400, str(exc))
    template = ScorecardTemplate(name=data["name"], definition=data)
    db.session.add(template)
    db.session.commit()
    return jsonify(id=template.id, name=template.name), 201
