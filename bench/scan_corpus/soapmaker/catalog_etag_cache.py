"""Public product catalog endpoint with ETag caching for the shop front and wholesale portal."""

from __future__ import annotations

import hashlib
import json
import time
from typing import Optional

from flask import Blueprint, Response, current_app, request

from .catalog import load_public_catalog

bp = Blueprint("catalog", __name__, url_prefix="/catalog")

_CACHE_SECONDS = 120


class CatalogCache:
    def __init__(self) -> None:
        self._body: Optional[bytes] = None
        self._etag: Optional[str] = None
        self._loaded_at = 0.0

    def current(self) -> tuple[bytes, str]:
        if self._body is None or time.monotonic() - self._loaded_at > _CACHE_SECONDS:
            products = load_public_catalog()
            self._body = json.dumps(products, sort_keys=True, separators=(",", ":")).encode()
            self._etag = '"' + hashlib.sha256(self._body).hexdigest()[:32] + '"'
            self._loaded_at = time.monotonic()
        return self._body, self._etag


_cache = CatalogCache()


@bp.get("/products")
def products() -> Response:
    body, etag = _cache.current()
    if request.headers.get("If-None-Match") == etag:
        resp = Response(status=304)
    else:
        resp = Response(body, mimetype="application/json")
    resp.headers["ETag"] = etag
    resp.headers["Cache-Control"] = "public, max-age=60"
    return resp


@bp.get("/products/<sku>")
def product(sku: str) -> Response:
    body, _etag = _cache.current()
    for item in json.loads(body):
        if item["sku"] == sku.upper():
            return Response(json.dumps(item), mimetype="application/json")
    current_app.logger.info("catalog lookup for unknown sku %s", sku)
    return Response(status=404)
