"""Django view receiving ACH transfer status callbacks from the bank-transfer provider."""
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import AchTransfer

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "HTTP_X_TRANSFER_SIGNATURE"


def _valid_signature(body: bytes, provided: str) -> bool:
    expected = hmac.new(settings.ACH_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided.strip().lower())


@csrf_exempt
@require_POST
def transfer_status(request):
    provided = request.META.get(SIGNATURE_HEADER, "")
    if not provided or not _valid_signature(request.body, provided):
        return HttpResponseForbidden()
    try:
        event = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest()

    if event.get("type") != "transfer.status_changed":
        return HttpResponse(status=204)

    updated = AchTransfer.objects.filter(provider_ref=event["transfer_id"]).update(
        status=event["status"], status_reason=event.get("reason", "")
    )
    log.info("ach transfer %s -> %s (%d rows)", event["transfer_id"], event["status"], updated)
    return HttpResponse(status=204)
