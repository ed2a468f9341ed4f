"""Settlement callbacks from the bank gateway for farmer payouts."""
import base64
import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from payments.models import Payout

SIGNATURE_HEADER = "HTTP_X_GATEWAY_SIGNATURE"
TIMESTAMP_HEADER = "HTTP_X_GATEWAY_TIMESTAMP"


def _signed_payload(timestamp: str, body: bytes) -> bytes:
    return timestamp.encode() + b"." + body


def _gateway_mac(timestamp: str, body: bytes) -> bytes:
    key = settings.PAYMENT_GATEWAY["callback_secret"].encode()
    return hmac.new(key, _signed_payload(timestamp, body), hashlib.sha256).digest()


def _presented_mac(request: HttpRequest) -> bytes:
    try:
        return base64.b64decode(request.META.get(SIGNATURE_HEADER, ""), validate=True)
    except ValueError:
        return b""


@csrf_exempt
@require_POST
def settlement_callback(request: HttpRequest) -> HttpResponse:
    timestamp = request.META.get(TIMESTAMP_HEADER, "")
    if not timestamp:
        return HttpResponseBadRequest("missing timestamp")
    if not hmac.compare_digest(_gateway_mac(timestamp, request.body), _presented_mac(request)):
        return HttpResponse(status=401)
    event = json.loads(request.body)
    payout = Payout.objects.filter(gateway_ref=event["reference"]).first()
    if payout is None:
        return HttpResponse(status=404)
    if event["status"] == "settled":
        payout.mark_settled(event["settled_at"])
    elif event["status"] == "returned":
        payout.mark_returned(event.get("reason_code", "unknown"))
    return JsonResponse({"ok": True})
