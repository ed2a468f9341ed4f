"""Webhook from the card processor for commission deposit payments."""
import hashlib
import hmac
import json
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from commissions.models import Commission

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> dict[str, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return {"t": parts.get("t", ""), "v1": parts.get("v1", "")}


def signature_valid(payload: bytes, header: str, secret: str) -> bool:
    fields = _parse_header(header)
    if not fields["t"].isdigit() or abs(time.time() - int(fields["t"])) > TOLERANCE_SECONDS:
        return False
    signed = f"{fields['t']}.".encode() + payload
    digest = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, fields["v1"])


@csrf_exempt
@require_POST
def deposit_paid(request):
    header = request.META.get("HTTP_PAYMENTS_SIGNATURE", "")
    if not signature_valid(request.body, header, settings.PAYMENTS_WEBHOOK_SECRET):
        return HttpResponseBadRequest("bad signature")
    event = json.loads(request.body)
    if event["type"] == "payment.succeeded":
        ref = event["data"]["metadata"]["commission_ref"]
        Commission.objects.filter(reference=ref).update(deposit_status="paid")
    return HttpResponse(status=200)
