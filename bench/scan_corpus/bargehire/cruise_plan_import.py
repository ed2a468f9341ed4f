"""Import of cruise plans uploaded by hirers.

Experienced hirers can upload a YAML cruise plan exported from the route
planner app: a list of overnight stops, lock flights and planned hours per
day. The plan is checked against the boat's hire period and stored as JSON.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date

import yaml
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from bargehire.bookings.models import Booking

MAX_PLAN_BYTES = 256 * 1024


@dataclass
class PlannedDay:
    day: date
    overnight: str
    lock_flights: list[str] = field(default_factory=list)
    cruising_hours: float = 0.0


class CruisePlanParser:
    loader = yaml.Loader

    def __init__(self, max_hours_per_day: float = 8.0) -> None:
        self.max_hours_per_day = max_hours_per_day

    def parse(self, text: str) -> list[PlannedDay]:
        document = yaml.load(text, Loader=self.loader) or {}
        days = []
        for item in document.get("days", []):
            planned = PlannedDay(
                day=date.fromisoformat(str(item["date"])),
                overnight=str(item["overnight"]),
                lock_flights=[str(x) for x in item.get("locks", [])],
                cruising_hours=float(item.get("hours", 0)),
            )
            if planned.cruising_hours > self.max_hours_per_day:
                raise ValueError(f"{planned.day}: more than {self.max_hours_per_day} hours planned")
            days.append(planned)
        return days


@require_POST
def upload_cruise_plan(request: HttpRequest, booking_ref: str) -> JsonResponse:
    booking = Booking.objects.filter(reference=booking_ref, customer=request.user).first()
    if booking is None:
        return JsonResponse({"error": "booking not found"}, status=404)
    upload = request.FILES.get("plan")
    if upload is None or upload.size > MAX_PLAN_BYTES:
        return JsonResponse({"error": "plan file missing or too large"}, status=400)
    try:
        days = CruisePlanParser().parse(upload.read().decode("utf-8"))
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    outside = [d.day for d in days if not booking.start_date <= d.day <= booking.end_date]
    if outside:
        return JsonResponse({"error": "plan has days outside the hire period"}, status=400)
    booking.cruise_plan = json.dumps([asdict(d) for d in days], default=str)
    booking.save(update_fields=["cruise_plan"])
    return JsonResponse({"days": len(days)})
