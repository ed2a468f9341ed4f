"""Admin endpoint for bulk-importing rescue asset definitions.

Station managers upload a YAML file describing their boats, crews and
equipment; it is validated and merged into the asset register.
"""
import yaml
from flask import Blueprint, jsonify, request
from flask_login import login_required

from .models import Asset, db

bp = Blueprint("asset_import", __name__, url_prefix="/admin/assets")

REQUIRED_FIELDS = {"callsign", "station", "asset_type", "crew_min"}


@bp.post("/import")
@login_required
def import_assets():
    upload = request.files.get("definition")
    if upload is None:
        return jsonify(error="missing file"), 400
    doc = yaml.load(upload.stream, Loader=yaml.Loader)
    assets = doc.get("assets", []) if isinstance(doc, dict) else []

    created = 0
    for entry in assets:
        missing = REQUIRED_FIELDS - entry.keys()
        if missing:
            return jsonify(error=f"{entry.get('callsign', '?')}: missing {sorted(missing)}"), 422
        db.session.merge(Asset(**{k: entry[k] for k in REQUIRED_FIELDS}))
        created += 1
    db.session.commit()
    return jsonify(imported=created)
