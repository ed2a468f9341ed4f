"""Download endpoint for the CAD template library used by drafting partners."""

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import login_required, current_user

from stonecarver.templates.catalog import TemplateCatalog

bp = Blueprint("template_downloads", __name__, url_prefix="/library")

MIME_TYPES = {
    ".dxf": "image/vnd.dxf",
    ".svg": "image/svg+xml",
    ".pdf": "application/pdf",
}


def library_root() -> Path:
    return Path(current_app.config["TEMPLATE_LIBRARY_ROOT"])


def _collection_dir(collection: str) -> Path:
    catalog = TemplateCatalog.load()
    if collection not in catalog.collections():
        abort(404)
    return library_root() / collection


@bp.get("/<collection>/<path:filename>")
@login_required
def download_template(collection: str, filename: str):
    target = _collection_dir(collection) / filename
    if not target.is_file():
        abort(404)
    current_app.logger.info("%s downloaded %s/%s", current_user.email, collection, filename)
    return send_file(
        target,
        mimetype=MIME_TYPES.get(target.suffix.lower(), "application/octet-stream"),
        as_attachment=True,
        download_name=target.name,
    )
