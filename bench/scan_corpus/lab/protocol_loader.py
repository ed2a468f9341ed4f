"""ELN plugin: import a wet-lab protocol from a YAML file uploaded by a user.

Protocol files are shared between groups and carry the step list, reagent
table and default incubation parameters.
"""
from flask import Blueprint, jsonify, request
from flask_login import login_required
from yaml import Loader, load

from .models import Protocol, db

bp = Blueprint("protocol_import", __name__)

REQUIRED_KEYS = {"title", "steps"}
MAX_UPLOAD = 512 * 1024


def parse_protocol(stream) -> dict:
    doc = load(stream, Loader=Loader)
    if not isinstance(doc, dict) or not REQUIRED_KEYS <= doc.keys():
        raise ValueError("protocol must define title and steps")
    return doc


@bp.post("/protocols/import")
@login_required
def import_protocol():
    upload = request.files.get("file")
    if upload is None:
        return jsonify(error="no file"), 400
    data = upload.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        return jsonify(error="file too large"), 413

    try:
        doc = parse_protocol(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        return jsonify(error=str(exc)), 422

    proto = Protocol(
        title=doc["title"][:255],
        version=str(doc.get("version", "1")),
        steps=doc["steps"],
        reagents=doc.get("reagents", []),
    )
    db.session.add(proto)
    db.session.commit()
    return jsonify(id=proto.id), 201
