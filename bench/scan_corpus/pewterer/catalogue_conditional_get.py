"""Serves the public wholesale catalogue JSON with conditional GET support."""
import hashlib
import json

from fastapi import APIRouter, Header, Response

from pewterer.catalogue.repository import published_products

router = APIRouter(prefix="/catalogue")


def _render_catalogue() -> bytes:
    products = published_products()
    return json.dumps(
        [
            {"sku": p.sku, "name": p.name, "alloy": p.alloy, "trade_price": str(p.trade_price)}
            for p in products
        ],
        separators=(",", ":"),
    ).encode()


def _strong_etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@router.get("/products.json")
async def catalogue(if_none_match: str | None = Header(default=None)) -> Response:
    body = _render_catalogue()
    etag = _strong_etag(body)
    if if_none_match is not None and if_none_match == etag:
        return Response(status_code=304, headers={"ETag": etag})
    return Response(
        content=body,
        media_type="application/json",
        headers={"ETag": etag, "Cache-Control": "public, max-age=300"},
    )
