"""Public product catalog endpoint with conditional GET support."""
from __future__ import annotations

import hashlib
import json

from django.http import HttpResponse, HttpResponseNotModified, JsonResponse
from django.views.decorators.http import require_GET

from fletcher.catalog.models import Product

CACHE_SECONDS = 300


def _catalog_document(category: str | None) -> dict:
    qs = Product.objects.filter(published=True).order_by("sku")
    if category:
        qs = qs.filter(category__slug=category)
    return {
        "products": [
            {"sku": p.sku, "name": p.name, "price": str(p.list_price), "spines": p.available_spines}
            for p in qs
        ]
    }


def _etag_for(document: dict) -> str:
    body = json.dumps(document, sort_keys=True).encode("utf-8")
    return '"' + hashlib.md5(body).hexdigest() + '"'


@require_GET
def catalog(request) -> HttpResponse:
    document = _catalog_document(request.GET.get("category"))
    etag = _etag_for(document)
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponseNotModified()
    else:
        response = JsonResponse(document)
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    return response
