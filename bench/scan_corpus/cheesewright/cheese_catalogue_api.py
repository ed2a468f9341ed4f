"""Public cheese catalogue feed used by the farm shop website and stockists."""
import hashlib
import json

from flask import Blueprint, Response, request

from cheesewright.catalogue import list_available_cheeses

bp = Blueprint("catalogue", __name__, url_prefix="/api/catalogue")

CACHE_SECONDS = 300


def serialise(cheeses) -> bytes:
    payload = [
        {
            "sku": c.sku,
            "name": c.name,
            "milk": c.milk_type,
            "age_months": c.age_months,
            "price_per_kg": str(c.price_per_kg),
            "in_stock": c.stock_kg > 0,
        }
        for c in cheeses
    ]
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")


def entity_tag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@bp.get("/")
def catalogue():
    body = serialise(list_available_cheeses())
    etag = entity_tag(body)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        body,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": f"public, max-age={CACHE_SECONDS}"},
    )
