"""Verifies refund callbacks from the card processor before updating ticket orders."""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


class CallbackSigning:
    secret_env = "PROCESSOR_CALLBACK_SECRET"
    tolerance_seconds = 300

    @classmethod
    def secret(cls) -> bytes:
        return os.environ[cls.secret_env].encode()

    @staticmethod
    def expected(secret: bytes, timestamp: str, body: bytes) -> str:
        signed = timestamp.encode() + b"." + body
        return hmac.new(secret, signed, hashlib.sha256).hexdigest()


def signature_ok(request: HttpRequest) -> bool:
    timestamp = request.headers.get("X-Callback-Timestamp", "")
    presented = request.headers.get("X-Callback-Signature", "")
    if not timestamp.isdigit():
        return False
    if abs(time.time() - int(timestamp)) > CallbackSigning.tolerance_seconds:
        return False
    expected = CallbackSigning.expected(CallbackSigning.secret(), timestamp, request.body)
    return hmac.compare_digest(expected, presented)


@csrf_exempt
@require_POST
def refund_callback(request: HttpRequest) -> HttpResponse:
    if not signature_ok(request):
        return HttpResponseForbidden()
    from tickets.models import TicketOrder

    import json

    event = json.loads(request.body)
    order = TicketOrder.objects.filter(reference=event.get("order_ref")).first()
    if order is None:
        return JsonResponse({"status": "unknown order"}, status=404)
    order.refunded_pence = int(event["amount"])
    order.status = "refunded"
    order.save(update_fields=["refunded_pence", "status"])
    return JsonResponse({"status": "ok"})
