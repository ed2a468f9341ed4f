"""Webhook endpoint for GoCardless events on membership fee collections."""

import hashlib
import hmac as _hmac
import json
import logging
import os

from django.db import transaction
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from fees.models import FeeMandate, FeePayment

logger = logging.getLogger("fees.gocardless")

WEBHOOK_SETTINGS = {
    "secret_var": "GOCARDLESS_WEBHOOK_SECRET",
    "header": "Webhook-Signature",
    "digest": hashlib.sha256,
}

STATUS_FOR_ACTION = {
    "confirmed": FeePayment.Status.CONFIRMED,
    "paid_out": FeePayment.Status.PAID,
    "failed": FeePayment.Status.FAILED,
    "cancelled": FeePayment.Status.CANCELLED,
}


def _sign(body: bytes) -> str:
    key = os.environ[WEBHOOK_SETTINGS["secret_var"]].encode()
    return _hmac.new(key, body, WEBHOOK_SETTINGS["digest"]).hexdigest()


def _verified(body: bytes, supplied: str) -> bool:
    return _hmac.compare_digest(_sign(body), supplied.strip())


def _handle(event: dict) -> None:
    links = event.get("links", {})
    if event.get("resource_type") == "payments" and event.get("action") in STATUS_FOR_ACTION:
        FeePayment.objects.filter(gocardless_id=links.get("payment")).update(
            status=STATUS_FOR_ACTION[event["action"]]
        )
    elif event.get("resource_type") == "mandates" and event.get("action") in {"cancelled", "expired"}:
        FeeMandate.objects.filter(gocardless_id=links.get("mandate")).update(active=False)
    else:
        logger.debug("Ignoring %s.%s", event.get("resource_type"), event.get("action"))


@csrf_exempt
@require_POST
def webhook(request):
    if not _verified(request.body, request.headers.get(WEBHOOK_SETTINGS["header"], "")):
        logger.warning("Rejected GoCardless webhook with bad signature")
        return HttpResponse(status=498)
    try:
        events = json.loads(request.body)["events"]
    except (ValueError, KeyError):
        return HttpResponseBadRequest("malformed payload")
    with transaction.atomic():
        for event in events:
            _handle(event)
    logger.info("Processed %d GoCardless events", len(events))
    return HttpResponse(status=204)
