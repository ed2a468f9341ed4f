"""Import a site profile (layout, strings, inverter mapping) uploaded by the
EPC contractor at handover.

The profile is a YAML document produced by the contractor's design tool. We
validate it, then create the asset records for the new plant.
"""

import logging

import yaml
from flask import Blueprint, jsonify, request
from flask_login import login_required

from assets.registry import create_site_assets
from assets.validation import ProfileError, validate_profile

bp = Blueprint("site_profiles", __name__)
log = logging.getLogger(__name__)

MAX_PROFILE_BYTES = 2 * 1024 * 1024
REQUIRED_KEYS = {"site_code", "capacity_kwp", "inverters", "strings"}


def parse_profile(raw: bytes) -> dict:
    doc = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(doc, dict):
        raise ProfileError("profile must be a mapping")
    missing = REQUIRED_KEYS - doc.keys()
    if missing:
        raise ProfileError(f"missing keys: {', '.join(sorted(missing))}")
    return doc


@bp.post("/sites/profile")
@login_required
def upload_profile():
    upload = request.files.get("profile")
    if upload is None:
        return jsonify(error="no file"), 400
    raw = upload.read(MAX_PROFILE_BYTES + 1)
    if len(raw) > MAX_PROFILE_BYTES:
        return jsonify(error="profile too large"), 413
    try:
        profile = parse_profile(raw)
        validate_profile(profile)
    except (yaml.YAMLError, ProfileError) as exc:
        return jsonify(error=str(exc)), 422

    site = create_site_assets(profile)
    log.info("imported profile for %s: %d inverters", site.code, len(profile["inverters"]))
    return jsonify(site_id=site.id, inverters=len(profile["inverters"])), 201
