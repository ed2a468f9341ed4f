"""Conditional GET support for the public product catalogue feed.

Museum shops and price-comparison sites poll the feed often; answering with
304 when nothing changed saves a lot of bandwidth.
"""
import hashlib
import json

from flask import Blueprint, Response, request

from hornworker.catalogue import published_products

bp = Blueprint("feed", __name__)


def catalogue_document() -> bytes:
    items = [
        {
            "sku": p.sku,
            "title": p.title,
            "material": p.material,
            "origin": p.material_origin,
            "price": str(p.price),
        }
        for p in published_products()
    ]
    return json.dumps(items, sort_keys=True, separators=(",", ":")).encode()


def etag_for(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@bp.get("/feed/catalogue.json")
def catalogue_feed():
    body = catalogue_document()
    etag = etag_for(body)
    client_tag = request.headers.get("If-None-Match", "")
    if client_tag == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        body,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": "public, max-age=300"},
    )
