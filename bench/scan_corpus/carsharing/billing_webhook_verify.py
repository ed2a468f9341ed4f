"""Signature check for invoices pushed by the corporate billing platform.

The platform signs ``<timestamp>.<body>`` with HMAC-SHA256 and sends the hex
digest in ``X-Billing-Signature``; during secret rotation we accept both the
current and the previous secret.
"""
import hashlib
import hmac
import os
import time

from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

MAX_SKEW = 300


def _secrets() -> list[bytes]:
    current = os.environ["BILLING_WEBHOOK_SECRET"]
    previous = os.environ.get("BILLING_WEBHOOK_SECRET_PREVIOUS")
    return [s.encode() for s in (current, previous) if s]


def signature_valid(body: bytes, timestamp: str, provided: str) -> bool:
    message = timestamp.encode() + b"." + body
    for secret in _secrets():
        expected = hmac.new(secret, message, hashlib.sha256).hexdigest()
        if hmac.compare_digest(expected, provided):
            return True
    return False


@csrf_exempt
@require_POST
def billing_invoice_webhook(request):
    ts = request.headers.get("X-Billing-Timestamp", "")
    sig = request.headers.get("X-Billing-Signature", "")
    if not ts.isdigit() or abs(time.time() - int(ts)) > MAX_SKEW:
        return HttpResponseForbidden("stale")
    if not signature_valid(request.body, ts, sig):
        return HttpResponseForbidden("bad signature")

    if request.headers.get("X-Billing-Event") == "ping":
        return HttpResponse(status=204)
    from billing.tasks import ingest_invoice
    ingest_invoice.delay(request.body.decode("utf-8"))
    return JsonResponse({"accepted": True})
