"""Receive transaction notifications from the campus card processor.

Each POST carries ``X-Card-Signature: sha256=<hex>`` computed over the raw
body with the shared webhook secret.
"""
import hashlib
import hmac
import json
import os

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import CardTransaction

_PREFIX = "sha256="


def _signature_ok(body: bytes, header: str) -> bool:
    if not header.startswith(_PREFIX):
        return False
    secret = os.environ["CARD_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header[len(_PREFIX):])


@csrf_exempt
@require_POST
def card_transaction(request: HttpRequest) -> HttpResponse:
    if not _signature_ok(request.body, request.headers.get("X-Card-Signature", "")):
        return HttpResponse(status=401)
    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid json")

    CardTransaction.objects.update_or_create(
        processor_id=event["id"],
        defaults={
            "card_number": event["card"],
            "amount_cents": int(event["amount"]),
            "terminal": event.get("terminal", ""),
            "occurred_at": event["occurred_at"],
        },
    )
    return HttpResponse(status=204)
