"""Django view receiving signed detections from the regional relay.

The relay signs ``timestamp + "." + body`` with HMAC-SHA256; requests older
than five minutes are refused to limit replay.
"""
import hashlib
import hmac
import json
import os
import time

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from alerts.tasks import enqueue_detection

MAX_SKEW_S = 300


def _signature_ok(timestamp: str, body: bytes, signature: str) -> bool:
    secret = os.environ["REGIONAL_RELAY_SECRET"].encode()
    mac = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, signature)


@csrf_exempt
@require_POST
def relay_detection(request: HttpRequest) -> HttpResponse:
    timestamp = request.headers.get("X-Relay-Timestamp", "")
    signature = request.headers.get("X-Relay-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_S:
        return HttpResponse(status=401)
    if not _signature_ok(timestamp, request.body, signature):
        return HttpResponse(status=401)
    detection = json.loads(request.body)
    enqueue_detection.delay(detection)
    return JsonResponse({"accepted": detection.get("event_id")}, status=202)
