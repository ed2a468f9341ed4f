"""Public spec sheets for the scythe and sickle catalogue.

Each blade pattern has a printable PDF spec sheet with the profile
drawing, steel grade, hardness and recommended peening angle. The
catalogue links to them by file name.
"""
import os

from flask import Blueprint, abort, current_app, send_from_directory

from scythesmith.catalogue import published_patterns

bp = Blueprint("spec_sheets", __name__, url_prefix="/catalogue/specs")

SPEC_SUBDIR = "spec_sheets"


def spec_directory() -> str:
    return os.path.join(current_app.config["STATIC_ASSET_ROOT"], SPEC_SUBDIR)


@bp.get("/")
def index():
    return {
        "sheets": [
            {"pattern": p.slug, "file": f"{p.slug}.pdf", "length_cm": p.length_cm}
            for p in published_patterns()
        ]
    }


@bp.get("/<path:filename>")
def spec_sheet(filename: str):
    if not filename.endswith(".pdf"):
        abort(404)
    return send_from_directory(
        spec_directory(),
        filename,
        mimetype="application/pdf",
        max_age=86400,
    )
