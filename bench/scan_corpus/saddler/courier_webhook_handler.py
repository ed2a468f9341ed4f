"""Tracks saddles shipped back to owners by courier.

The courier posts delivery status updates; once a saddle is signed
for, the owner's repair job is closed and a check-fit reminder is
scheduled for six weeks later.
"""
import hashlib
import hmac
import json
import os
from datetime import timedelta

from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from repairs.models import RepairJob
from reminders.models import CheckFitReminder

DELIVERED = "DELIVERED"
SUPPORTED_VERSION = "2"


def _signature_ok(request: HttpRequest) -> bool:
    secret = os.environ["COURIER_WEBHOOK_SECRET"].encode()
    computed = hmac.new(secret, request.body, hashlib.sha256).hexdigest()
    supplied = request.headers.get("X-Courier-Signature", "")
    return hmac.compare_digest(computed, supplied)


@csrf_exempt
@require_POST
def courier_status(request: HttpRequest) -> HttpResponse:
    if not _signature_ok(request):
        return HttpResponseForbidden()
    if request.headers.get("X-Courier-Api-Version") != SUPPORTED_VERSION:
        return JsonResponse({"error": "unsupported version"}, status=400)

    payload = json.loads(request.body)
    tracking = payload.get("tracking_number", "")
    job = RepairJob.objects.filter(return_tracking=tracking).first()
    if job is None:
        return JsonResponse({"status": "ignored"})
    job.courier_status = payload.get("status", "")
    if job.courier_status == DELIVERED:
        job.closed_at = timezone.now()
        CheckFitReminder.objects.get_or_create(
            job=job, defaults={"due": timezone.now() + timedelta(weeks=6)}
        )
    job.save(update_fields=["courier_status", "closed_at"])
    return JsonResponse({"status": "ok"})
