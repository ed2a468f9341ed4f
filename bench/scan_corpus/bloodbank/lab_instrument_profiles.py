"""Instrument profiles for the grouping and screening analysers.

Profiles are uploaded by lab managers through the admin page as YAML and
describe which assays an analyser runs and how its result codes map.
"""
import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from bloodbank.db import db
from bloodbank.models import InstrumentProfile

bp = Blueprint("instrument_profiles", __name__, url_prefix="/admin/instruments")

REQUIRED_KEYS = {"instrument", "assays", "result_codes"}


def parse_profile(text: str) -> dict:
    data = yaml.load(text, Loader=yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ValueError("profile must be a mapping")
    missing = REQUIRED_KEYS - data.keys()
    if missing:
        raise ValueError(f"missing keys: {', '.join(sorted(missing))}")
    return data


@bp.post("/<instrument_id>/profile")
@login_required
def upload_profile(instrument_id: str):
    upload = request.files.get("profile")
    if upload is None:
        abort(400)
    try:
        profile = parse_profile(upload.read().decode("utf-8"))
    except (yaml.YAMLError, ValueError, UnicodeDecodeError) as exc:
        return jsonify({"error": str(exc)}), 422
    db.session.merge(InstrumentProfile(instrument_id=instrument_id, body=profile))
    db.session.commit()
    return jsonify({"instrument": instrument_id, "assays": len(profile["assays"])})
