"""Verifies and applies reservation webhooks from the OTA channel manager.

The channel manager signs the raw body with HMAC-SHA256 and sends the
signature together with a timestamp to stop replays.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from bookings.services import upsert_channel_booking

log = logging.getLogger(__name__)

MAX_SKEW_SECONDS = 300


class SignatureVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def verify(self, timestamp: str, body: bytes, signature: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        return hmac.compare_digest(self.sign(timestamp, body), signature)


verifier = SignatureVerifier(os.environ["OTA_WEBHOOK_SECRET"].encode())


@csrf_exempt
@require_POST
def reservation_webhook(request: HttpRequest) -> HttpResponse:
    timestamp = request.headers.get("X-Timestamp", "")
    signature = request.headers.get("X-Signature", "")
    if not verifier.verify(timestamp, request.body, signature):
        log.warning("rejected OTA webhook from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponse(status=401)
    event = json.loads(request.body)
    if event.get("type") == "reservation.cancelled":
        upsert_channel_booking(event["reservation"], cancelled=True)
    elif event.get("type") in {"reservation.new", "reservation.modified"}:
        upsert_channel_booking(event["reservation"], cancelled=False)
    else:
        log.info("ignored OTA event type %s", event.get("type"))
    return JsonResponse({"ok": True})
