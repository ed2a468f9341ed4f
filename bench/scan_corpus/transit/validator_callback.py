"""Callback endpoint for validator fleet health events.

The validator management platform posts device events (offline, tamper
switch, printer fault) to us. Each request is signed with HMAC-SHA256 over
``timestamp + "." + body``; stale timestamps are rejected to stop replays.
"""
import hashlib
import hmac
import os
import time

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .tasks import handle_device_event

MAX_SKEW_SECONDS = 300


def _signature(timestamp: str, body: bytes) -> str:
    secret = os.environ["VALIDATOR_PLATFORM_SECRET"].encode()
    return hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def device_event(request: HttpRequest) -> HttpResponse:
    timestamp = request.headers.get("X-Platform-Timestamp", "")
    provided = request.headers.get("X-Platform-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        return HttpResponseForbidden("stale request")

    expected = _signature(timestamp, request.body)
    if not hmac.compare_digest(expected, provided):
        return HttpResponseForbidden("signature mismatch")

    handle_device_event.delay(request.body.decode("utf-8"))
    return JsonResponse({"queued": True}, status=202)
