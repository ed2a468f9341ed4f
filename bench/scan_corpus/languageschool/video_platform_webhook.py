"""Webhook endpoint for the video-hosting platform.

The platform calls this view when a lesson recording has finished
processing so that the recording can be attached to the course page.
Requests are signed with a shared secret configured in the platform
dashboard.
"""
from __future__ import annotations

import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from lessons.models import LessonRecording

SIGNATURE_HEADER = "HTTP_X_VIDEOHOST_SIGNATURE"
TIMESTAMP_HEADER = "HTTP_X_VIDEOHOST_TIMESTAMP"


def _expected_signature(timestamp: str, body: bytes) -> str:
    key = settings.VIDEOHOST_WEBHOOK_SECRET.encode()
    message = timestamp.encode() + b"." + body
    return "v1=" + hmac.new(key, message, hashlib.sha256).hexdigest()


def _signature_matches(request: HttpRequest) -> bool:
    provided = request.META.get(SIGNATURE_HEADER, "")
    timestamp = request.META.get(TIMESTAMP_HEADER, "")
    if not provided or not timestamp:
        return False
    return provided == _expected_signature(timestamp, request.body)


@csrf_exempt
@require_POST
def recording_ready(request: HttpRequest) -> HttpResponse:
    if not _signature_matches(request):
        return HttpResponse(status=401)
    event = json.loads(request.body)
    if event.get("type") != "video.ready":
        return JsonResponse({"ignored": event.get("type")})
    recording = LessonRecording.objects.get(external_id=event["video"]["id"])
    recording.stream_url = event["video"]["hls_url"]
    recording.duration_seconds = int(event["video"]["duration"])
    recording.status = LessonRecording.Status.PUBLISHED
    recording.save(update_fields=["stream_url", "duration_seconds", "status"])
    return JsonResponse({"recording": recording.pk, "status": recording.status})
