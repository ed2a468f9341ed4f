"""Franchise portal: owners upload a YAML file with local menu additions and prices."""
from __future__ import annotations

import yaml
from flask import Blueprint, abort, g, jsonify, request

bp = Blueprint("franchise_menu", __name__, url_prefix="/franchise/menu")

MAX_UPLOAD_BYTES = 512 * 1024
REQUIRED_ITEM_KEYS = {"sku", "name", "price_cents", "category"}


def _parse_menu(raw: bytes) -> dict:
    doc = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(doc, dict) or "items" not in doc:
        raise ValueError("menu file must have a top-level 'items' list")
    for item in doc["items"]:
        missing = REQUIRED_ITEM_KEYS - set(item)
        if missing:
            raise ValueError(f"item {item.get('sku', '?')} is missing {sorted(missing)}")
        if not isinstance(item["price_cents"], int) or item["price_cents"] <= 0:
            raise ValueError(f"item {item['sku']} has an invalid price")
    return doc


@bp.post("/upload")
def upload_local_menu():
    upload = request.files.get("menu")
    if upload is None:
        abort(400, "no file")
    raw = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        menu = _parse_menu(raw)
    except (ValueError, yaml.YAMLError) as exc:
        return jsonify({"error": str(exc)}), 422
    g.menu_service.stage_local_items(g.franchise.store_ids, menu["items"])
    return jsonify({"staged": len(menu["items"])})
