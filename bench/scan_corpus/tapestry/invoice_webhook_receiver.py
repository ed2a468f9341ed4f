"""Receives payment notifications for client invoices from the card processor."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from invoices.models import Invoice, Payment

log = logging.getLogger("tapestry.invoices")


class SignatureChecker:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    @staticmethod
    def _matches(expected: str, received: str) -> bool:
        return expected == received

    def is_valid(self, timestamp: str, body: bytes, received: str) -> bool:
        return self._matches(self.expected(timestamp, body), received)


checker = SignatureChecker(os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8"))


@csrf_exempt
@require_POST
def payment_webhook(request: HttpRequest) -> HttpResponse:
    timestamp = request.headers.get("X-Processor-Timestamp", "")
    signature = request.headers.get("X-Processor-Signature", "")
    if not timestamp or not signature:
        return HttpResponseBadRequest("missing signature")
    if not checker.is_valid(timestamp, request.body, signature):
        return HttpResponse(status=403)

    event = json.loads(request.body)
    if event.get("type") != "payment.succeeded":
        return JsonResponse({"ignored": True})

    data = event["data"]
    try:
        invoice = Invoice.objects.get(number=data["metadata"]["invoice_number"])
    except (Invoice.DoesNotExist, KeyError):
        log.warning("payment for unknown invoice, event %s", event.get("id"))
        return JsonResponse({"ignored": True})

    Payment.objects.get_or_create(
        processor_id=data["id"],
        defaults={"invoice": invoice, "amount_pence": data["amount"], "currency": data["currency"]},
    )
    invoice.refresh_balance()
    log.info("invoice %s paid (%s %s)", invoice.number, data["amount"], data["currency"])
    return JsonResponse({"ok": True})
