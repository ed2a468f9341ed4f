"""Import machine cycle profiles uploaded by store managers.

Profiles are YAML files exported from the manufacturer's configuration tool,
for example::

    model: WX-450
    cycles:
      - name: hot
        minutes: 38
        water_temp_c: 60
"""
from dataclasses import dataclass

import yaml
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("profiles", __name__, url_prefix="/profiles")

MAX_UPLOAD_BYTES = 256 * 1024


@dataclass
class Cycle:
    name: str
    minutes: int
    water_temp_c: int | None = None


def parse_profile(stream) -> tuple[str, list[Cycle]]:
    doc = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict) or "model" not in doc:
        raise ValueError("profile must be a mapping with a 'model' key")
    cycles = [
        Cycle(name=str(c["name"]), minutes=int(c["minutes"]), water_temp_c=c.get("water_temp_c"))
        for c in doc.get("cycles", [])
    ]
    return str(doc["model"]), cycles


@bp.post("/<int:store_id>")
def upload_profile(store_id: int):
    upload = request.files.get("profile")
    if upload is None:
        abort(400, "missing file")
    data = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        model, cycles = parse_profile(data)
    except (yaml.YAMLError, KeyError, ValueError, TypeError) as exc:
        abort(400, str(exc))
    return jsonify({"store_id": store_id, "model": model, "cycles": [c.__dict__ for c in cycles]})
