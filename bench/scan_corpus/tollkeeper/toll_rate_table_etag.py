"""Public toll rate table endpoint with conditional GET support.

Navigation apps and partner operators poll the current rate table many
times a minute; an ETag lets them skip the body when nothing changed.
"""
import hashlib
import json

from flask import Blueprint, Response, request

from tollkeeper.rates import current_rate_table

bp = Blueprint("rates", __name__, url_prefix="/public")


def _serialise(table: dict) -> bytes:
    return json.dumps(table, sort_keys=True, separators=(",", ":")).encode()


def _etag_for(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@bp.get("/rates")
def rate_table() -> Response:
    body = _serialise(current_rate_table())
    etag = _etag_for(body)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        body,
        status=200,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": "public, max-age=60"},
    )


@bp.get("/rates/<vehicle_class>")
def rate_for_class(vehicle_class: str) -> Response:
    table = current_rate_table()
    rates = table.get("classes", {}).get(vehicle_class)
    if rates is None:
        return Response(status=404)
    body = _serialise({"class": vehicle_class, "rates": rates})
    etag = _etag_for(body)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(body, mimetype="application/json", headers={"ETag": etag})
