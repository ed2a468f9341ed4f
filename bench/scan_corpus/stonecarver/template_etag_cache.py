"""Conditional GET support for CAD template previews served to the design studio."""

import hashlib
from datetime import datetime, timezone

from flask import Blueprint, Response, abort, request

from stonecarver.templates.catalog import TemplateCatalog

bp = Blueprint("template_previews", __name__)
catalog = TemplateCatalog.load()


def preview_etag(code: str, revision: int, updated_at: datetime) -> str:
    raw = f"{code}:{revision}:{updated_at.isoformat()}".encode()
    return '"' + hashlib.sha256(raw).hexdigest() + '"'


def _not_modified(etag: str) -> Response:
    resp = Response(status=304)
    resp.headers["ETag"] = etag
    return resp


@bp.get("/templates/<code>/preview.svg")
def template_preview(code: str):
    entry = catalog.get(code)
    if entry is None:
        abort(404)
    etag = preview_etag(entry.code, entry.revision, entry.updated_at)
    if request.headers.get("If-None-Match") == etag:
        return _not_modified(etag)
    resp = Response(entry.preview_svg, mimetype="image/svg+xml")
    resp.headers["ETag"] = etag
    resp.headers["Cache-Control"] = "private, max-age=300"
    resp.last_modified = entry.updated_at.astimezone(timezone.utc)
    return resp
