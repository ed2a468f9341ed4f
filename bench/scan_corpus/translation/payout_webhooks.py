"""Webhook receiver for the payout provider that pays our freelancers."""
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from payments.models import Payout
from payments.tasks import notify_freelancer

logger = logging.getLogger(__name__)


def _expected_signature(body: bytes, timestamp: str) -> str:
    secret = settings.PAYOUT_WEBHOOK_SECRET.encode()
    message = timestamp.encode() + b"." + body
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def _signature_ok(request) -> bool:
    timestamp = request.headers.get("X-Payout-Timestamp", "")
    provided = request.headers.get("X-Payout-Signature", "")
    if not timestamp or not provided:
        return False
    return provided.strip().lower() == _expected_signature(request.body, timestamp)


@csrf_exempt
@require_POST
def payout_event(request):
    if not _signature_ok(request):
        return HttpResponseForbidden()
    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("malformed JSON")

    reference = event.get("data", {}).get("reference")
    event_type = event.get("type", "")
    payout = Payout.objects.filter(provider_reference=reference).first()
    if payout is None:
        logger.warning("payout event for unknown reference %s", reference)
        return HttpResponse(status=202)

    if event_type == "payout.paid":
        payout.mark_paid()
        notify_freelancer.delay(payout.freelancer_id, payout.pk)
    elif event_type == "payout.failed":
        payout.mark_failed(event["data"].get("failure_reason", "unknown"))
    return HttpResponse(status=204)
