"""Webhook receiver for the on-ride photo vendor (capture + print events)."""
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from photos.models import CapturedPhoto
from photos.tasks import generate_previews

log = logging.getLogger(__name__)


def _expected_signature(body: bytes) -> str:
    secret = settings.PHOTO_VENDOR["webhook_secret"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def photo_captured(request):
    signature = request.headers.get("X-Vendor-Signature", "")
    if signature != _expected_signature(request.body):
        log.warning("photo webhook with bad signature from %s", request.META.get("REMOTE_ADDR"))
        return HttpResponseForbidden()

    try:
        event = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("invalid json")

    photo, created = CapturedPhoto.objects.get_or_create(
        vendor_id=event["photo_id"],
        defaults={
            "ride_code": event["ride"],
            "captured_at": event["captured_at"],
            "storage_key": event["object_key"],
        },
    )
    if created:
        generate_previews.delay(photo.pk)
    return HttpResponse(status=204)
