"""Stock-level notifications from our tanneries (calf, kudu, shell cordovan, suede).

Tanneries call us when an article we have on standing order is restocked or
discontinued, so the clicking room can plan which orders to cut next.
"""
import hashlib
import json
import logging
import os
from functools import lru_cache
from hmac import compare_digest as same
from hmac import new as hmac_new

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from stock.models import LeatherArticle

log = logging.getLogger("cordwainer.stock.webhooks")


@lru_cache(maxsize=None)
def _tannery_secret(tannery_code: str) -> bytes:
    value = os.environ.get(f"TANNERY_{tannery_code.upper()}_WEBHOOK_SECRET")
    return value.encode("utf-8") if value else b""


def _signature_ok(tannery_code: str, body: bytes, presented: str) -> bool:
    secret = _tannery_secret(tannery_code)
    if not secret or not presented:
        return False
    expected = hmac_new(secret, body, hashlib.sha256).hexdigest()
    return same(expected, presented.lower())


@csrf_exempt
@require_POST
def stock_update(request: HttpRequest, tannery_code: str) -> HttpResponse:
    body = request.body
    if not _signature_ok(tannery_code, body, request.headers.get("X-Tannery-Signature", "")):
        return HttpResponseForbidden()
    try:
        event = json.loads(body)
    except ValueError:
        return HttpResponseBadRequest("invalid json")

    updated = 0
    for item in event.get("articles", []):
        count = LeatherArticle.objects.filter(
            tannery__code=tannery_code, supplier_article=item.get("article")
        ).update(
            supplier_available=item.get("status") == "in_stock",
            supplier_lead_days=item.get("lead_days") or 0,
        )
        updated += count
    log.info("tannery %s stock update touched %d articles", tannery_code, updated)
    return HttpResponse(status=204)
