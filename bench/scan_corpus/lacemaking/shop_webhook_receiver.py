"""Receive order-status webhooks from the courier that ships yarn and bobbin parcels."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

log = logging.getLogger(__name__)

MAX_SKEW_S = 300
TRACKED_EVENTS = ("parcel.dispatched", "parcel.delivered", "parcel.returned")


class CourierSignature:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "CourierSignature":
        return cls(os.environ["COURIER_WEBHOOK_SECRET"].encode("utf-8"))

    def compute(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()

    def is_valid(self, timestamp: str, body: bytes, supplied: str) -> bool:
        expected = self.compute(timestamp, body)
        return hmac.compare_digest(expected, supplied.strip().lower())


def _fresh(timestamp: str) -> bool:
    try:
        return abs(time.time() - int(timestamp)) <= MAX_SKEW_S
    except ValueError:
        return False


@csrf_exempt
@require_POST
def courier_webhook(request: HttpRequest) -> HttpResponse:
    timestamp = request.headers.get("X-Courier-Timestamp", "")
    supplied = request.headers.get("X-Courier-Signature", "")
    if not timestamp or not supplied or not _fresh(timestamp):
        return HttpResponseBadRequest("missing or stale signature")
    if not CourierSignature.from_env().is_valid(timestamp, request.body, supplied):
        return HttpResponseForbidden("bad signature")

    event = json.loads(request.body)
    if event.get("type") not in TRACKED_EVENTS:
        return HttpResponse(status=204)
    from shop.models import ShopOrder

    order = ShopOrder.objects.filter(reference=event["order_reference"]).first()
    if order is None:
        log.info("webhook for unknown order %s", event["order_reference"])
        return HttpResponse(status=202)
    if event["type"] == "parcel.delivered":
        order.status = ShopOrder.Status.DELIVERED
    elif event["type"] == "parcel.returned":
        order.status = ShopOrder.Status.RETURNED
    else:
        order.status = ShopOrder.Status.SHIPPED
    order.tracking_code = event.get("tracking_code", order.tracking_code)
    order.save(update_fields=["status", "tracking_code"])
    return HttpResponse(status=204)
