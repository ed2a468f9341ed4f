"""Imports fixed milk-run route templates that customers upload as YAML."""
from dataclasses import dataclass

import yaml
from flask import Blueprint, abort, jsonify, request

from .auth import login_required, current_customer_id
from .templates import save_templates

bp = Blueprint("route_templates", __name__)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_BYTES = 256 * 1024


@dataclass
class RouteTemplate:
    name: str
    depot: str
    stops: list[str]
    departure: str


def parse_templates(text: str) -> list[RouteTemplate]:
    document = yaml.load(text, Loader=_Loader)
    if not isinstance(document, dict) or not isinstance(document.get("routes"), list):
        raise ValueError("expected a 'routes' list")
    templates = []
    for item in document["routes"]:
        templates.append(
            RouteTemplate(
                name=str(item["name"]),
                depot=str(item["depot"]),
                stops=[str(s) for s in item.get("stops", [])],
                departure=str(item.get("departure", "06:00")),
            )
        )
    return templates


@bp.post("/route-templates")
@login_required
def import_templates():
    upload = request.files.get("file")
    if upload is None:
        abort(400)
    text = upload.stream.read(MAX_BYTES + 1)
    if len(text) > MAX_BYTES:
        abort(413)
    try:
        templates = parse_templates(text.decode("utf-8"))
    except (yaml.YAMLError, ValueError, KeyError, UnicodeDecodeError):
        abort(422)
    save_templates(current_customer_id(), templates)
    return jsonify(imported=len(templates))
