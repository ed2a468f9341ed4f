"""Verifies deposit-payment callbacks from the payment provider for bell orders."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from typing import Any, Dict

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


class CallbackSignature:
    tolerance_seconds = 300

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "CallbackSignature":
        return cls(os.environ["PAYMENT_CALLBACK_SECRET"].encode("utf-8"))

    def digest(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()

    def valid(self, timestamp: str, body: bytes, provided: str) -> bool:
        try:
            age = abs(time.time() - int(timestamp))
        except ValueError:
            return False
        if age > self.tolerance_seconds:
            return False
        return hmac.compare_digest(self.digest(timestamp, body), provided)


class DepositLedger:
    def record(self, event: Dict[str, Any]) -> None:
        order_ref = event["metadata"]["order_ref"]
        amount = event["amount_received"]
        print(f"deposit {amount} received for order {order_ref}")


signature = CallbackSignature.from_env()
ledger = DepositLedger()


@csrf_exempt
@require_POST
def payment_callback(request: HttpRequest) -> HttpResponse:
    ts = request.headers.get("X-Pay-Timestamp", "")
    sig = request.headers.get("X-Pay-Signature", "")
    if not signature.valid(ts, request.body, sig):
        return HttpResponseForbidden("bad signature")
    event = json.loads(request.body)
    if event.get("type") == "payment.succeeded":
        ledger.record(event["data"])
    return HttpResponse(status=204)
