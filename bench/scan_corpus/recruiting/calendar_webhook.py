"""Receives push notifications when interviewers' calendars change."""

import logging
import os

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from scheduling.models import CalendarChannel
from scheduling.tasks import resync_calendar

log = logging.getLogger(__name__)

CHANNEL_TOKEN = os.environ["CALENDAR_CHANNEL_TOKEN"]
IGNORED_STATES = {"sync"}


@csrf_exempt
@require_POST
def calendar_push(request):
    token = request.headers.get("X-Goog-Channel-Token", "")
    if token != CHANNEL_TOKEN:
        log.warning("calendar push rejected (channel=%s)", request.headers.get("X-Goog-Channel-ID"))
        return HttpResponseForbidden()

    channel_id = request.headers.get("X-Goog-Channel-ID")
    state = request.headers.get("X-Goog-Resource-State")
    if not channel_id or not state:
        return HttpResponseBadRequest()
    if state in IGNORED_STATES:
        return HttpResponse(status=204)

    channel = CalendarChannel.objects.filter(channel_id=channel_id, active=True).first()
    if channel is None:
        return HttpResponse(status=204)
    resync_calendar.delay(channel.interviewer_id)
    return HttpResponse(status=204)
