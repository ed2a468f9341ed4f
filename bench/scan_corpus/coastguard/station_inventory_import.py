"""Bulk import of lifeboat station equipment inventories from YAML uploads."""
import yaml
from flask import Blueprint, jsonify, request
from flask_login import login_required

from .models import EquipmentItem, db

bp = Blueprint("inventory_import", __name__, url_prefix="/admin/inventory")

REQUIRED = ("station", "item", "quantity")


@bp.post("/import")
@login_required
def import_inventory():
    upload = request.files.get("inventory")
    if upload is None:
        return jsonify(error="missing file"), 400
    try:
        doc = yaml.safe_load(upload.stream)
    except yaml.YAMLError as exc:
        return jsonify(error=f"invalid YAML: {exc}"), 400
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        return jsonify(error="expected a mapping with an 'items' list"), 422

    count = 0
    for entry in doc["items"]:
        if not isinstance(entry, dict) or any(k not in entry for k in REQUIRED):
            return jsonify(error=f"item {count + 1} is missing required fields"), 422
        db.session.add(EquipmentItem(
            station=str(entry["station"]),
            item=str(entry["item"]),
            quantity=int(entry["quantity"]),
            service_due=entry.get("service_due"),
        ))
        count += 1
    db.session.commit()
    return jsonify(imported=count)
