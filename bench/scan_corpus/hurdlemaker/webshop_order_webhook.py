"""Receives order events from the marketplace where we also list hurdles.

The marketplace signs ``timestamp.body`` with HMAC-SHA256 and sends
``t=<timestamp>,v1=<hex>`` in the ``Marketplace-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .imports import import_marketplace_order

log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


@dataclass(frozen=True)
class SignatureHeader:
    timestamp: int
    v1: str

    @classmethod
    def parse(cls, raw: str) -> "SignatureHeader":
        parts = dict(item.split("=", 1) for item in raw.split(",") if "=" in item)
        return cls(timestamp=int(parts["t"]), v1=parts["v1"])


def signature_valid(body: bytes, header: SignatureHeader, secret: str) -> bool:
    if abs(time.time() - header.timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{header.timestamp}.".encode("ascii") + body
    expected = hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header.v1)


@csrf_exempt
@require_POST
def marketplace_order_event(request: HttpRequest) -> HttpResponse:
    try:
        header = SignatureHeader.parse(request.headers.get("Marketplace-Signature", ""))
    except (KeyError, ValueError):
        return HttpResponseBadRequest("missing signature")
    if not signature_valid(request.body, header, settings.MARKETPLACE_WEBHOOK_SECRET):
        log.warning("marketplace webhook with bad signature from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseBadRequest("bad signature")

    event = json.loads(request.body)
    if event.get("type") == "order.created":
        order = import_marketplace_order(event["data"])
        log.info("imported marketplace order %s as %s", event["data"].get("id"), order.order_ref)
    return HttpResponse(status=204)
