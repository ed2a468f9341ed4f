"""Serves instruction sheets and planting diagrams for living-willow kits.

Customers who lose the printed sheet can download it again from the kit's
product page; a link looks like ``/kits/dome/sheets/dome-planting.pdf``.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, send_from_directory

bp = Blueprint("kit_sheets", __name__, url_prefix="/kits")

KNOWN_KITS = ("dome", "arbour", "fedge", "wigwam", "tunnel")
ALLOWED_SUFFIXES = (".pdf", ".png", ".svg")


def sheet_root() -> str:
    return current_app.config["KIT_SHEET_ROOT"]


def kit_folder(kit: str) -> str:
    if kit not in KNOWN_KITS:
        abort(404)
    return os.path.join(sheet_root(), kit)


@bp.get("/<kit>/sheets")
def list_sheets(kit: str):
    folder = kit_folder(kit)
    try:
        names = sorted(n for n in os.listdir(folder) if n.endswith(ALLOWED_SUFFIXES))
    except FileNotFoundError:
        names = []
    return jsonify({"kit": kit, "sheets": names})


@bp.get("/<kit>/sheets/<path:name>")
def download_sheet(kit: str, name: str):
    if not name.endswith(ALLOWED_SUFFIXES):
        abort(404)
    return send_from_directory(kit_folder(kit), name, as_attachment=True, max_age=86400)
