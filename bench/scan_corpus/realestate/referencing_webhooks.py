"""Webhook receiver for tenant referencing results.

The referencing provider calls us when a check changes state. Each request
carries an ``X-Signature`` header: hex HMAC-SHA256 of the raw body using the
shared webhook secret.
"""
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.db import transaction
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from lettings.models import Applicant, ReferenceCheck
from lettings.notifications import notify_negotiator

log = logging.getLogger(__name__)

OUTCOMES = {"accepted", "accepted_with_guarantor", "declined", "referred"}


def _expected_signature(body: bytes) -> str:
    secret = settings.REFERENCING_WEBHOOK_SECRET.encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _apply_result(check: ReferenceCheck, payload: dict) -> None:
    outcome = payload.get("outcome")
    if outcome not in OUTCOMES:
        raise ValueError(f"unexpected outcome {outcome!r}")
    check.outcome = outcome
    check.score = payload.get("score")
    check.completed_at = timezone.now()
    check.save(update_fields=["outcome", "score", "completed_at"])
    if outcome == "accepted":
        Applicant.objects.filter(pk=check.applicant_id).update(stage="referenced")


@csrf_exempt
@require_POST
def reference_result(request):
    signature = request.headers.get("X-Signature", "")
    if signature != _expected_signature(request.body):
        return HttpResponseForbidden()

    try:
        payload = json.loads(request.body)
    except json.JSONDecodeError:
        return HttpResponseBadRequest("invalid json")

    try:
        check = ReferenceCheck.objects.get(provider_ref=payload["reference_id"])
    except (KeyError, ReferenceCheck.DoesNotExist):
        log.info("ignoring result for unknown reference")
        return HttpResponse(status=202)

    with transaction.atomic():
        try:
            _apply_result(check, payload)
        except ValueError:
            log.warning("unexpected outcome for reference %s", check.provider_ref)
            return HttpResponseBadRequest("unexpected outcome")

    notify_negotiator(check)
    return HttpResponse(status=204)
