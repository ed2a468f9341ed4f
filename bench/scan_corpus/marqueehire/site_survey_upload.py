"""Import of site survey files sent in from the surveyors' tablets.

The tablet app exports a survey as YAML: ground type, slope readings, access
width, overhead cables, power points and the marquee footprint the surveyor
pegged out. The office uploads the file here to attach it to a booking.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import List

import yaml
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from bookings.models import Booking, SiteSurvey

log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 512 * 1024


@dataclass
class SurveyDocument:
    surveyor: str
    ground: str
    access_width_m: float
    max_slope_pct: float
    hazards: List[str] = field(default_factory=list)
    footprint: List[List[float]] = field(default_factory=list)


def parse_survey(raw: bytes) -> SurveyDocument:
    data = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(data, dict):
        raise ValueError("survey file must be a mapping")
    return SurveyDocument(
        surveyor=str(data["surveyor"]),
        ground=str(data["ground"]),
        access_width_m=float(data["access_width_m"]),
        max_slope_pct=float(data.get("max_slope_pct", 0)),
        hazards=[str(h) for h in data.get("hazards", [])],
        footprint=[[float(x), float(y)] for x, y in data.get("footprint", [])],
    )


@login_required
@require_POST
def upload_survey(request, booking_ref: str):
    upload = request.FILES.get("survey")
    if upload is None or upload.size > MAX_UPLOAD_BYTES:
        return HttpResponseBadRequest("survey file missing or too large")
    booking = Booking.objects.get(reference=booking_ref)
    try:
        doc = parse_survey(upload.read())
    except (yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        log.info("rejected survey for %s: %s", booking_ref, exc)
        return HttpResponseBadRequest("could not read survey file")
    survey = SiteSurvey.objects.create(
        booking=booking,
        surveyor=doc.surveyor,
        ground=doc.ground,
        access_width_m=doc.access_width_m,
        max_slope_pct=doc.max_slope_pct,
        hazards=doc.hazards,
        footprint=doc.footprint,
        uploaded_by=request.user,
    )
    return JsonResponse({"survey_id": survey.pk, "hazards": len(doc.hazards)})
