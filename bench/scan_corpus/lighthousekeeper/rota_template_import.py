"""Imports seasonal watch-rota templates uploaded by the duty manager as YAML.

A template lists the watch slots for each weekday and which keeper grades
may cover them; it is expanded into concrete rota rows elsewhere.
"""
import yaml
from flask import Blueprint, abort, jsonify, request

from lighthousekeeper.auth import manager_required
from lighthousekeeper.rota.models import RotaTemplate, db

bp = Blueprint("rota_templates", __name__, url_prefix="/rota/templates")

WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
MAX_UPLOAD = 256 * 1024


def parse_template(stream) -> dict:
    data = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(data, dict) or "slots" not in data:
        raise ValueError("template must be a mapping with a 'slots' key")
    for day, slots in data["slots"].items():
        if day not in WEEKDAYS:
            raise ValueError(f"unknown weekday {day!r}")
        for slot in slots:
            if not {"start", "end", "grades"} <= slot.keys():
                raise ValueError(f"slot on {day} is missing fields")
    return data


@bp.post("")
@manager_required
def upload_template():
    upload = request.files.get("template")
    if upload is None or (request.content_length or 0) > MAX_UPLOAD:
        abort(400)
    try:
        data = parse_template(upload.stream)
    except (yaml.YAMLError, ValueError) as exc:
        return jsonify(error=str(exc)), 422
    template = RotaTemplate(name=data.get("name", upload.filename), season=data.get("season"), body=data)
    db.session.add(template)
    db.session.commit()
    return jsonify(id=template.id, name=template.name), 201
