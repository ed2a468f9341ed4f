"""Loads daily tour manifests that the booking office uploads as YAML."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import IO, Any

import yaml
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class ManifestEntry:
    booking_ref: str
    guest_count: int
    tour: str
    musher: str


def parse_manifest(stream: IO[bytes], loader: type = yaml.Loader) -> dict[str, Any]:
    document = yaml.load(stream, Loader=loader)
    if not isinstance(document, dict) or "tours" not in document:
        raise ValueError("manifest must contain a 'tours' mapping")
    return document


class ManifestImporter:
    def __init__(self) -> None:
        self.entries: list[ManifestEntry] = []

    def load(self, stream: IO[bytes]) -> date:
        doc = parse_manifest(stream)
        for tour in doc["tours"]:
            for booking in tour.get("bookings", []):
                self.entries.append(
                    ManifestEntry(
                        booking_ref=str(booking["ref"]),
                        guest_count=int(booking.get("guests", 1)),
                        tour=str(tour["code"]),
                        musher=str(tour.get("musher", "unassigned")),
                    )
                )
        return date.fromisoformat(str(doc["date"]))


@require_POST
def upload_manifest(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("manifest")
    if upload is None:
        return JsonResponse({"error": "manifest file required"}, status=400)
    importer = ManifestImporter()
    try:
        day = importer.load(upload)
    except (ValueError, KeyError) as exc:
        return JsonResponse({"error": str(exc)}, status=422)
    return JsonResponse({"date": day.isoformat(), "bookings": len(importer.entries)})
