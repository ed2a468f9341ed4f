"""Published price list endpoint for contractor catalogue clients.

Price lists are rebuilt nightly; clients poll with If-None-Match so the
response carries a content hash as its ETag.
"""
import hashlib
import json
from decimal import Decimal

from flask import Blueprint, Response, request

from brushworks.catalog import load_active_price_list

bp = Blueprint("price_list", __name__, url_prefix="/catalog")


def _encode(obj):
    if isinstance(obj, Decimal):
        return str(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")


def serialise_price_list(tier: str) -> bytes:
    price_list = load_active_price_list(tier)
    rows = [
        {"sku": item.sku, "description": item.description, "unit_price": item.unit_price, "moq": item.moq}
        for item in sorted(price_list.items, key=lambda i: i.sku)
    ]
    return json.dumps({"tier": tier, "valid_from": price_list.valid_from.isoformat(), "items": rows},
                      default=_encode, separators=(",", ":")).encode("utf-8")


def content_etag(body: bytes) -> str:
    return '"' + hashlib.md5(body, usedforsecurity=False).hexdigest() + '"'


@bp.get("/price-list/<tier>")
def price_list(tier: str):
    if tier not in {"standard", "contract", "distributor"}:
        return Response(status=404)
    body = serialise_price_list(tier)
    etag = content_etag(body)
    if etag in request.if_none_match:
        return Response(status=304, headers={"ETag": etag})
    resp = Response(body, mimetype="application/json")
    resp.headers["ETag"] = etag
    resp.headers["Cache-Control"] = "public, max-age=300"
    return resp
