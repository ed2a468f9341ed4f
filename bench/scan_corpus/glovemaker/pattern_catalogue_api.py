"""Read-only catalogue of cutting patterns for the trade portal.

Distributors browse glove styles and the pattern pieces each one needs; the
JSON changes only when the pattern office publishes a revision, so responses
carry an ETag and clients revalidate with If-None-Match.
"""
import hashlib
import json
from functools import lru_cache

from flask import Blueprint, Response, abort, request

from .patterns import load_style, published_revision

bp = Blueprint("pattern_catalogue", __name__, url_prefix="/catalogue")


def _etag_for(payload: bytes) -> str:
    return '"' + hashlib.md5(payload).hexdigest() + '"'


@lru_cache(maxsize=256)
def _render_style(style_code: str, revision: int) -> bytes:
    style = load_style(style_code, revision)
    if style is None:
        return b""
    body = {
        "style": style.code,
        "revision": revision,
        "leather": style.leather,
        "sizes": style.sizes,
        "pieces": [
            {"name": p.name, "qty": p.quantity, "area_cm2": round(p.area_cm2, 1)}
            for p in style.pieces
        ],
        "certifications": style.certifications,
    }
    return json.dumps(body, sort_keys=True).encode("utf-8")


@bp.get("/styles/<style_code>")
def style_detail(style_code: str) -> Response:
    revision = published_revision(style_code)
    if revision is None:
        abort(404)
    payload = _render_style(style_code, revision)
    if not payload:
        abort(404)
    etag = _etag_for(payload)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    resp = Response(payload, mimetype="application/json")
    resp.headers["ETag"] = etag
    resp.headers["Cache-Control"] = "public, max-age=300"
    return resp
