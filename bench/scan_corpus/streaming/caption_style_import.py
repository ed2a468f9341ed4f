"""Caption style sheets uploaded by creators (font, colours, position)."""
from __future__ import annotations

import yaml
from flask import Blueprint, abort, jsonify, request

from .styles import DEFAULT_STYLE, store_style

bp = Blueprint("caption_styles", __name__, url_prefix="/studio/caption-styles")

ALLOWED_KEYS = {"font_family", "font_size", "color", "background", "position", "outline"}
MAX_BYTES = 32 * 1024


def parse_style(raw: bytes) -> dict:
    doc = yaml.load(raw, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict):
        raise ValueError("style file must be a mapping")
    unknown = set(doc) - ALLOWED_KEYS
    if unknown:
        raise ValueError(f"unknown keys: {', '.join(sorted(unknown))}")
    return {**DEFAULT_STYLE, **doc}


@bp.post("/<int:channel_id>")
def upload_style(channel_id: int):
    upload = request.files.get("style")
    if upload is None:
        abort(400, "missing file")
    raw = upload.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        abort(413)
    try:
        style = parse_style(raw)
    except (yaml.YAMLError, ValueError) as exc:
        abort(422, str(exc))
    style_id = store_style(channel_id, style)
    return jsonify({"id": style_id, "style": style}), 201
