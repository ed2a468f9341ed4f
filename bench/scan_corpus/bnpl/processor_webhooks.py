"""Inbound webhooks from the card processor (authorisations, captures, refunds)."""
import hashlib
import hmac
import json
import os
import time

from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from payments.tasks import handle_processor_event

TOLERANCE_SECONDS = 300


def _signing_secrets() -> list[bytes]:
    # during a rotation both the current and the previous secret are accepted
    raw = os.environ["PROCESSOR_WEBHOOK_SECRETS"]
    return [s.strip().encode() for s in raw.split(",") if s.strip()]


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.partition("=")
        if key == "t":
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


@csrf_exempt
@require_POST
def processor_webhook(request):
    header = request.headers.get("Processor-Signature", "")
    try:
        timestamp, provided = _parse_signature_header(header)
    except ValueError:
        return HttpResponseBadRequest("malformed signature header")
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return HttpResponseBadRequest("stale event")

    signed_payload = f"{timestamp}.".encode() + request.body
    expected = [
        hmac.new(secret, signed_payload, hashlib.sha256).hexdigest()
        for secret in _signing_secrets()
    ]
    if not any(sig in expected for sig in provided):
        return HttpResponseBadRequest("signature mismatch")

    event = json.loads(request.body)
    handle_processor_event.delay(event["id"], event["type"], event["data"])
    return HttpResponse(status=204)
