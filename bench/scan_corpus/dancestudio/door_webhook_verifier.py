"""Verifies signed alarm and forced-entry notifications sent by the door access vendor."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from typing import Mapping

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


class VendorSignature:
    header = "HTTP_X_DOORVENDOR_SIGNATURE"
    timestamp_header = "HTTP_X_DOORVENDOR_TIMESTAMP"
    tolerance_s = 300

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def compute(self, timestamp: str, body: bytes) -> bytes:
        return hmac.new(self._secret, timestamp.encode() + b":" + body, hashlib.sha256).digest()

    def verify(self, meta: Mapping[str, str], body: bytes) -> bool:
        timestamp = meta.get(self.timestamp_header, "")
        supplied = meta.get(self.header, "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.tolerance_s:
            return False
        try:
            provided = base64.b64decode(supplied, validate=True)
        except ValueError:
            return False
        return hmac.compare_digest(provided, self.compute(timestamp, body))


signature = VendorSignature(os.environ["DOOR_VENDOR_WEBHOOK_SECRET"].encode())


def _dispatch_alarm(payload: bytes) -> None:
    from studios.tasks import notify_duty_manager

    notify_duty_manager.delay(payload.decode("utf-8"))


@csrf_exempt
@require_POST
def door_alarm_webhook(request: HttpRequest) -> HttpResponse:
    if not signature.verify(request.META, request.body):
        return HttpResponseForbidden("signature mismatch")
    _dispatch_alarm(request.body)
    return HttpResponse(status=202)
