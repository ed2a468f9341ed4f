"""Hospital trusts download blank rota and timesheet templates from the partner site.

Templates are maintained by the agency's operations team and published into
a single folder; trusts request them by file name.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_from_directory

bp = Blueprint("templates", __name__, url_prefix="/partners/templates")

TEMPLATE_EXTENSIONS = {".xlsx", ".docx", ".pdf", ".csv"}


def template_dir() -> Path:
    return Path(current_app.config.get("TEMPLATE_DIR", "/srv/locum/partner-templates"))


@bp.get("/")
def list_templates():
    folder = template_dir()
    items = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix.lower() in TEMPLATE_EXTENSIONS:
            items.append(
                {
                    "name": path.name,
                    "size": path.stat().st_size,
                    "updated": datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc).isoformat(),
                }
            )
    return jsonify(items)


@bp.get("/<path:filename>")
def download_template(filename: str):
    if os.path.splitext(filename)[1].lower() not in TEMPLATE_EXTENSIONS:
        abort(404)
    return send_from_directory(template_dir(), filename, as_attachment=True)
