"""Tracking-event webhooks from the courier carrying mail-in parcels.

The courier signs each callback as ``t=<unix>,v1=<hex hmac>`` over
``"<t>.<body>"`` using the shared endpoint secret.
"""
import hashlib
import hmac
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from scythesmith.mailin.tracking import apply_tracking_event

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, str] | None:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    try:
        return int(parts["t"]), parts["v1"]
    except (KeyError, ValueError):
        return None


def _signature_valid(body: bytes, header: str, secret: str) -> bool:
    parsed = _parse_header(header)
    if parsed is None:
        return False
    timestamp, received = parsed
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + body
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


@csrf_exempt
@require_POST
def tracking_event(request):
    header = request.headers.get("Courier-Signature", "")
    if not _signature_valid(request.body, header, settings.COURIER_WEBHOOK_SECRET):
        return HttpResponseForbidden()
    try:
        apply_tracking_event(request.body)
    except ValueError:
        return HttpResponseBadRequest()
    return HttpResponse(status=204)
