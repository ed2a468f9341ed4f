"""Receives card-terminal payment events so job cards can be marked paid at collection."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from typing import Any, Dict

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


class TerminalWebhookVerifier:
    tolerance_s = 300
    signature_header = "HTTP_X_TERMINAL_SIGNATURE"

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _parts(self, header: str) -> Dict[str, str]:
        return dict(p.split("=", 1) for p in header.split(",") if "=" in p)

    def verify(self, header: str, body: bytes) -> bool:
        parts = self._parts(header)
        ts, sig = parts.get("t", ""), parts.get("v1", "")
        if not ts.isdigit() or abs(time.time() - int(ts)) > self.tolerance_s:
            return False
        expected = hmac.new(self._secret, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, sig)


def _verifier() -> TerminalWebhookVerifier:
    return TerminalWebhookVerifier(os.environ["TERMINAL_WEBHOOK_SECRET"].encode())


def _apply(event: Dict[str, Any]) -> None:
    from .models import JobCard

    if event.get("type") != "payment.captured":
        return
    ref = event["data"]["metadata"]["job_card"]
    JobCard.objects.filter(reference=ref).update(
        paid=True, payment_ref=event["data"]["id"], amount_paid_pence=event["data"]["amount"]
    )


@csrf_exempt
@require_POST
def terminal_events(request: HttpRequest) -> HttpResponse:
    verifier = _verifier()
    header = request.META.get(verifier.signature_header, "")
    if not verifier.verify(header, request.body):
        return HttpResponseForbidden("signature mismatch")
    try:
        event = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("invalid json")
    _apply(event)
    return HttpResponse(status=204)
