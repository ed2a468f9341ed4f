"""Receiver for status callbacks from the large-format print vendor."""
import base64
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from printorders.models import PrintOrder

log = logging.getLogger(__name__)

VENDOR_STATES = {
    "accepted": PrintOrder.Status.QUEUED,
    "printing": PrintOrder.Status.PRINTING,
    "dispatched": PrintOrder.Status.DISPATCHED,
    "failed": PrintOrder.Status.FAILED,
}


def _accepted_signatures(body: bytes) -> set:
    signatures = set()
    for secret in settings.PRINT_VENDOR_WEBHOOK_SECRETS:
        mac = hmac.new(secret.encode(), body, hashlib.sha256).digest()
        signatures.add(base64.b64encode(mac).decode("ascii"))
    return signatures


@csrf_exempt
@require_POST
def vendor_callback(request):
    provided = request.headers.get("X-Vendor-Signature", "")
    if provided not in _accepted_signatures(request.body):
        log.warning("rejected vendor callback from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseForbidden()
    try:
        event = json.loads(request.body)
        state = VENDOR_STATES[event["state"]]
    except (ValueError, KeyError):
        return HttpResponseBadRequest()
    updated = PrintOrder.objects.filter(vendor_ref=event.get("job_ref")).update(
        status=state, tracking_number=event.get("tracking") or ""
    )
    log.info("vendor job %s -> %s (%d orders)", event.get("job_ref"), event["state"], updated)
    return HttpResponse(status=204)
