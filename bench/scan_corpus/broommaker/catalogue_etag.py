"""Public product catalogue endpoint (besoms, hearth brushes, cobweb brooms).

The catalogue JSON is fetched by the shop front and by several stockists'
sites, so it is served with an ETag to let their caches revalidate cheaply.
"""

import hashlib
import json
from functools import lru_cache

from flask import Blueprint, Response, current_app, request

from .models import Product

bp = Blueprint("catalogue", __name__)


def _serialise(products) -> bytes:
    payload = [
        {
            "sku": p.sku,
            "name": p.name,
            "handle": p.handle_wood,
            "head": p.head_material,
            "length_cm": p.length_cm,
            "price_pence": p.retail_price_pence,
            "in_stock": p.stock > 0,
        }
        for p in products
    ]
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")


def compute_etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest() + '"'


@lru_cache(maxsize=4)
def _catalogue_snapshot(version: int) -> tuple:
    products = Product.query.filter_by(listed=True).order_by(Product.sku).all()
    body = _serialise(products)
    return body, compute_etag(body)


@bp.get("/catalogue.json")
def catalogue():
    version = current_app.config.get("CATALOGUE_VERSION", 0)
    body, etag = _catalogue_snapshot(version)
    if etag in request.if_none_match:
        return Response(status=304, headers={"ETag": etag})
    resp = Response(body, mimetype="application/json")
    resp.headers["ETag"] = etag
    resp.headers["Cache-Control"] = "public, max-age=300"
    return resp
