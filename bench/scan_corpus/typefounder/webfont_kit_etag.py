"""Serve the generated @font-face stylesheet for a webfont kit with caching headers."""

import hashlib

from flask import Blueprint, Response, abort, request

from typefounder.kits import KitRepository, render_kit_css

bp = Blueprint("kit_css", __name__)

CACHE_SECONDS = 3600
ETAG_DIGEST_SIZE = 16


def kit_etag(kit_id: str, css: str, revision: int) -> str:
    h = hashlib.blake2b(digest_size=ETAG_DIGEST_SIZE)
    h.update(kit_id.encode())
    h.update(str(revision).encode())
    h.update(css.encode("utf-8"))
    return h.hexdigest()


def _normalise_etag(tag: str) -> str:
    tag = tag.strip()
    if tag.startswith("W/"):
        tag = tag[2:]
    return tag.strip('"')


@bp.get("/kits/<kit_id>.css")
def kit_stylesheet(kit_id: str):
    kit = KitRepository().get_published(kit_id)
    if kit is None:
        abort(404)
    css = render_kit_css(kit)
    etag = kit_etag(kit.public_id, css, kit.revision)
    client_tags = {_normalise_etag(t) for t in request.headers.get("If-None-Match", "").split(",") if t}
    if etag in client_tags:
        return Response(status=304, headers={"ETag": f'"{etag}"'})
    resp = Response(css, mimetype="text/css")
    resp.headers["ETag"] = f'"{etag}"'
    resp.headers["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    return resp
