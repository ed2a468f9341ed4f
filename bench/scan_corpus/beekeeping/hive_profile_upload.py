"""Bulk hive setup from a YAML file.

Larger operations describe their apiaries in YAML (hive names, box types,
scale model) and upload it from the web dashboard instead of creating
dozens of hives by hand.
"""

import yaml
from flask import Blueprint, abort, g, jsonify, request
from pydantic import BaseModel, Field, ValidationError
from yaml import SafeLoader

bp = Blueprint("hive_profiles", __name__)

MAX_UPLOAD = 256 * 1024


class HiveSpec(BaseModel):
    name: str = Field(max_length=60)
    box_type: str = Field(pattern="^(langstroth|dadant|warre|top_bar)$")
    supers: int = Field(ge=0, le=8, default=0)
    scale_model: str | None = None


class ApiarySpec(BaseModel):
    apiary: str = Field(max_length=80)
    hives: list[HiveSpec] = Field(max_length=200)


def parse_profile(stream) -> ApiarySpec:
    document = yaml.load(stream, Loader=SafeLoader)
    return ApiarySpec.model_validate(document)


@bp.post("/apiaries/import")
def import_profile():
    upload = request.files.get("profile")
    if upload is None:
        abort(400)
    data = upload.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        abort(413)
    try:
        spec = parse_profile(data)
    except (yaml.YAMLError, ValidationError) as exc:
        return jsonify(error=str(exc)), 422
    created = g.user.create_apiary_from_spec(spec)
    return jsonify(apiary_id=created.id, hives=len(spec.hives)), 201
