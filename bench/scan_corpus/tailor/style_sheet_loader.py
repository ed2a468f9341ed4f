"""Loads house style sheets uploaded by shop managers.

A style sheet describes a garment block: default ease allowances, pocket
styles, lapel widths and which options a customer may choose. Managers
upload them as YAML through the back-office console.
"""
from dataclasses import dataclass, field

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("style_sheets", __name__, url_prefix="/backoffice/styles")

MAX_UPLOAD_BYTES = 64 * 1024
REQUIRED_KEYS = ("block", "garment", "ease")


@dataclass
class StyleSheet:
    block: str
    garment: str
    ease: dict[str, float]
    options: dict[str, list[str]] = field(default_factory=dict)
    notes: str = ""


class StyleSheetParser:
    loader = yaml.SafeLoader

    def parse(self, text: str) -> StyleSheet:
        data = yaml.load(text, Loader=self.loader)
        if not isinstance(data, dict):
            raise ValueError("style sheet must be a mapping")
        missing = [k for k in REQUIRED_KEYS if k not in data]
        if missing:
            raise ValueError(f"missing keys: {', '.join(missing)}")
        ease = {str(k): float(v) for k, v in data["ease"].items()}
        options = {str(k): [str(o) for o in v] for k, v in (data.get("options") or {}).items()}
        return StyleSheet(
            block=str(data["block"]),
            garment=str(data["garment"]),
            ease=ease,
            options=options,
            notes=str(data.get("notes", "")),
        )


@bp.post("/upload")
@login_required
def upload_style_sheet():
    if not current_user.has_role("manager"):
        abort(403)
    upload = request.files.get("sheet")
    if upload is None:
        abort(400)
    raw = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        sheet = StyleSheetParser().parse(raw.decode("utf-8"))
    except (yaml.YAMLError, ValueError, AttributeError) as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(block=sheet.block, garment=sheet.garment, options=sorted(sheet.options))
