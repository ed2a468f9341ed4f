"""Card payment notifications for job deposits and stage payments.

The payment provider calls this endpoint when a homeowner pays the 30%
deposit that secures their fitting date, or a later stage invoice.
"""
import hashlib
import hmac
import logging
import os
import time
from hmac import compare_digest as same

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

log = logging.getLogger("payments.webhook")

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> dict:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return {"t": parts.get("t", ""), "v1": parts.get("v1", "")}


def _valid(payload: bytes, header: str, secret: bytes) -> bool:
    fields = _parse_header(header)
    if not fields["t"].isdigit() or abs(time.time() - int(fields["t"])) > TOLERANCE_SECONDS:
        return False
    signed = fields["t"].encode() + b"." + payload
    digest = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return same(digest, fields["v1"])


@csrf_exempt
@require_POST
def payment_event(request):
    secret = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
    if not _valid(request.body, request.headers.get("Payment-Signature", ""), secret):
        return HttpResponse(status=400)

    import json

    event = json.loads(request.body)
    if event.get("type") != "payment_intent.succeeded":
        return JsonResponse({"received": True})

    meta = event["data"]["object"].get("metadata", {})
    invoice_no = meta.get("invoice_no")
    if not invoice_no:
        return HttpResponseBadRequest("missing invoice reference")

    from billing.models import Invoice

    invoice = Invoice.objects.filter(number=invoice_no).first()
    if invoice is None:
        log.warning("payment for unknown invoice %s", invoice_no)
        return JsonResponse({"received": True})
    invoice.mark_paid(amount_pence=event["data"]["object"]["amount_received"])
    log.info("invoice %s paid (job %s)", invoice_no, invoice.job_ref)
    return JsonResponse({"received": True})
