"""Serves the public retail price list with conditional GET support.

Merchant aggregators poll the price list every few minutes; an ETag derived
from the list's content lets them skip the download when nothing changed.
"""

import hashlib
import json

from flask import Blueprint, Response, request

from vintner.catalogue.pricing import current_retail_prices

bp = Blueprint("price_list", __name__)


def _render_price_list() -> bytes:
    prices = current_retail_prices()
    return json.dumps(
        [
            {"sku": p.sku, "wine": p.name, "vintage": p.vintage, "bottle_price": str(p.bottle_price)}
            for p in prices
        ],
        sort_keys=True,
    ).encode("utf-8")


def _etag_for(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@bp.get("/price-list.json")
def retail_price_list():
    body = _render_price_list()
    etag = _etag_for(body)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        body,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": "public, max-age=300"},
    )
