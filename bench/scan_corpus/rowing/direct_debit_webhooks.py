"""Receives GoCardless webhooks for membership fee direct debits."""

import hashlib
import hmac
import json
import logging
import os

from django.db import transaction
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from fees.models import FeeMandate, FeePayment

logger = logging.getLogger("fees.gocardless")

PAYMENT_STATUS = {
    "confirmed": FeePayment.Status.CONFIRMED,
    "paid_out": FeePayment.Status.PAID,
    "failed": FeePayment.Status.FAILED,
    "cancelled": FeePayment.Status.CANCELLED,
    "charged_back": FeePayment.Status.CHARGED_BACK,
}


def _expected_signature(body: bytes) -> str:
    secret = os.environ["GOCARDLESS_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, provided: str) -> bool:
    return bool(provided) and _expected_signature(body) == provided.strip()


def _apply_event(event: dict) -> None:
    resource = event.get("resource_type")
    action = event.get("action")
    links = event.get("links", {})
    if resource == "payments" and action in PAYMENT_STATUS:
        updated = FeePayment.objects.filter(gocardless_id=links.get("payment")).update(
            status=PAYMENT_STATUS[action]
        )
        logger.info("Payment %s -> %s (%d rows)", links.get("payment"), action, updated)
    elif resource == "mandates" and action in {"cancelled", "expired", "failed"}:
        FeeMandate.objects.filter(gocardless_id=links.get("mandate")).update(active=False)
        logger.info("Mandate %s deactivated (%s)", links.get("mandate"), action)


@csrf_exempt
@require_POST
def gocardless_webhook(request):
    if not _signature_ok(request.body, request.headers.get("Webhook-Signature", "")):
        return HttpResponse(status=498)
    try:
        events = json.loads(request.body)["events"]
    except (ValueError, KeyError):
        return HttpResponseBadRequest("malformed payload")
    with transaction.atomic():
        for event in events:
            _apply_event(event)
    return HttpResponse(status=204)
