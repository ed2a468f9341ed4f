"""Flask blueprint that serves archived observation products to authorised observers."""
from __future__ import annotations

import mimetypes
import os

from flask import Blueprint, abort, current_app, g, request, send_file

bp = Blueprint("archive_download", __name__, url_prefix="/archive")

PROPRIETARY_MONTHS = 12


def _observer_may_access(project_code: str) -> bool:
    projects = getattr(g, "observer_projects", set())
    return project_code in projects or getattr(g, "is_staff", False)


def _product_location(project_code: str, product: str) -> str:
    root = current_app.config["ARCHIVE_ROOT"]
    return os.path.join(root, project_code.upper(), "products", product)


@bp.before_request
def _require_login():
    if getattr(g, "observer", None) is None:
        abort(401)


@bp.get("/<project_code>/download")
def download_product(project_code: str):
    if not _observer_may_access(project_code.upper()):
        abort(403)
    product = request.args.get("file", "")
    if not product:
        abort(400, description="missing 'file' parameter")
    location = _product_location(project_code, product)
    if not os.path.isfile(location):
        abort(404)
    mimetype = mimetypes.guess_type(location)[0] or "application/octet-stream"
    current_app.logger.info("observer %s downloading %s", g.observer, product)
    return send_file(location, mimetype=mimetype, as_attachment=True,
                     download_name=os.path.basename(location))


@bp.get("/<project_code>/listing")
def list_products(project_code: str):
    if not _observer_may_access(project_code.upper()):
        abort(403)
    root = os.path.join(current_app.config["ARCHIVE_ROOT"], project_code.upper(), "products")
    try:
        entries = sorted(os.listdir(root))
    except FileNotFoundError:
        abort(404)
    return {"project": project_code.upper(), "products": entries}
