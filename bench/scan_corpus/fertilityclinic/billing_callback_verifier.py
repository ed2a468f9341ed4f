"""Verifies payment-processor callbacks for treatment-cycle invoices.

The processor signs each callback with a shared secret: the signature is
the hex HMAC-SHA256 of "<timestamp>.<raw body>". Callbacks older than five
minutes are refused to limit replays.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from typing import Mapping

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from billing.models import Invoice

TOLERANCE_SECONDS = 300


@dataclass
class SignedCallback:
    timestamp: str
    body: bytes
    provided_signature: str
    secret: bytes

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], body: bytes, secret: bytes) -> "SignedCallback":
        return cls(
            timestamp=headers.get("X-Pay-Timestamp", ""),
            body=body,
            provided_signature=headers.get("X-Pay-Signature", ""),
            secret=secret,
        )

    @property
    def expected_signature(self) -> str:
        signed = self.timestamp.encode() + b"." + self.body
        return hmac.new(self.secret, signed, hashlib.sha256).hexdigest()

    def is_fresh(self, now: float | None = None) -> bool:
        try:
            sent = int(self.timestamp)
        except ValueError:
            return False
        return abs((now or time.time()) - sent) <= TOLERANCE_SECONDS

    def is_authentic(self) -> bool:
        return self.is_fresh() and self.expected_signature == self.provided_signature


@csrf_exempt
@require_POST
def payment_callback(request: HttpRequest) -> HttpResponse:
    callback = SignedCallback.from_headers(
        request.headers, request.body, settings.PAYMENT_CALLBACK_SECRET.encode()
    )
    if not callback.is_authentic():
        return HttpResponse(status=401)

    event = json.loads(callback.body)
    try:
        invoice = Invoice.objects.get(processor_reference=event["reference"])
    except (KeyError, Invoice.DoesNotExist):
        return HttpResponseBadRequest("unknown invoice")

    if event.get("status") == "succeeded":
        invoice.mark_paid(amount_minor=int(event["amount"]), currency=event["currency"])
    elif event.get("status") == "failed":
        invoice.record_failure(reason=event.get("failure_code", "unknown"))
    return HttpResponse(status=204)
