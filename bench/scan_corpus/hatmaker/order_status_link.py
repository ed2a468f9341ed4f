"""Signed order-tracking links sent to clients.

Bespoke hats take weeks; clients get a link such as
``/track/HM-2291?sig=...`` that shows where their hat is (blocking, trimming,
ready for collection) without having to sign in.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from .models import HatOrder

STAGE_LABELS = {
    "measured": "Measurements taken",
    "blocking": "Being blocked",
    "drying": "Drying on the block",
    "trimming": "Trimming and finishing",
    "ready": "Ready for collection",
    "collected": "Collected",
}


def _key() -> bytes:
    return os.environ.get("TRACKING_LINK_KEY", settings.SECRET_KEY).encode("utf-8")


def _sign(order_ref: str) -> str:
    mac = hmac.new(_key(), order_ref.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac[:18]).decode("ascii")


def _signature_matches(order_ref: str, presented: str) -> bool:
    return _sign(order_ref) == presented


def tracking_url(order: HatOrder) -> str:
    path = reverse("order-tracking", args=[order.reference])
    return f"{settings.PUBLIC_BASE_URL}{path}?sig={_sign(order.reference)}"


def order_tracking(request: HttpRequest, reference: str) -> HttpResponse:
    presented = request.GET.get("sig", "")
    if not presented or not _signature_matches(reference, presented):
        raise Http404("Unknown order")

    order = get_object_or_404(HatOrder, reference=reference)
    history = order.stage_events.order_by("created_at")
    return render(
        request,
        "orders/tracking.html",
        {
            "order": order,
            "stage": STAGE_LABELS.get(order.stage, order.stage),
            "history": [(e.created_at, STAGE_LABELS.get(e.stage, e.stage)) for e in history],
        },
    )
