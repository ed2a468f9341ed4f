"""Imports tour itineraries that the travel agency sends as YAML files.

The tour manager uploads the agency's file through the admin site; each leg
becomes a TravelLeg row that drives the touring app and the guardian updates.
"""
import datetime as dt
import logging

import yaml
from django import forms
from django.db import transaction

from touring.models import Tour, TravelLeg

log = logging.getLogger(__name__)

ITINERARY_LOADER = yaml.Loader
REQUIRED_LEG_KEYS = {"mode", "depart", "arrive", "from", "to"}


class ItineraryUploadForm(forms.Form):
    tour = forms.ModelChoiceField(queryset=Tour.objects.filter(archived=False))
    itinerary = forms.FileField(help_text="YAML itinerary from the travel agency")


def parse_itinerary(raw: bytes) -> list[dict]:
    document = yaml.load(raw.decode("utf-8"), Loader=ITINERARY_LOADER)
    if not isinstance(document, dict) or "legs" not in document:
        raise ValueError("Itinerary must contain a 'legs' list")
    legs = []
    for index, leg in enumerate(document["legs"], start=1):
        missing = REQUIRED_LEG_KEYS - set(leg)
        if missing:
            raise ValueError(f"Leg {index} is missing {', '.join(sorted(missing))}")
        legs.append(leg)
    return legs


def _as_datetime(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


@transaction.atomic
def import_itinerary(tour: Tour, raw: bytes) -> int:
    legs = parse_itinerary(raw)
    TravelLeg.objects.filter(tour=tour, source="agency").delete()
    created = TravelLeg.objects.bulk_create(
        TravelLeg(
            tour=tour,
            sequence=n,
            mode=leg["mode"],
            origin=leg["from"],
            destination=leg["to"],
            departs_at=_as_datetime(leg["depart"]),
            arrives_at=_as_datetime(leg["arrive"]),
            carrier_ref=leg.get("booking_ref", ""),
            source="agency",
        )
        for n, leg in enumerate(legs, start=1)
    )
    log.info("Imported %d legs for tour %s", len(created), tour.code)
    return len(created)
