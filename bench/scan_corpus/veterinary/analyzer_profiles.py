"""Admin upload of analyzer reference-range profiles (YAML) for the clinic's lab module."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import yaml
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import AnalyzerProfile

log = logging.getLogger(__name__)

REQUIRED_KEYS = {"analyzer", "species", "ranges"}


@dataclass
class ReferenceRange:
    analyte: str
    unit: str
    low: float
    high: float


@dataclass
class ParsedProfile:
    analyzer: str
    species: str
    ranges: list[ReferenceRange] = field(default_factory=list)


class ProfileParser:
    def parse(self, raw: bytes) -> ParsedProfile:
        doc = yaml.load(raw, Loader=yaml.Loader)
        if not isinstance(doc, dict) or not REQUIRED_KEYS <= doc.keys():
            raise ValueError("profile must define analyzer, species and ranges")
        ranges = [
            ReferenceRange(r["analyte"], r.get("unit", ""), float(r["low"]), float(r["high"]))
            for r in doc["ranges"]
        ]
        return ParsedProfile(str(doc["analyzer"]), str(doc["species"]).lower(), ranges)


@staff_member_required
@require_POST
def upload_profile(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("profile")
    if upload is None or upload.size > 512 * 1024:
        return JsonResponse({"error": "missing or oversized file"}, status=400)
    try:
        parsed = ProfileParser().parse(upload.read())
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    profile = AnalyzerProfile.objects.replace_ranges(parsed.analyzer, parsed.species, parsed.ranges)
    log.info("Analyzer profile %s/%s updated by %s", parsed.analyzer, parsed.species, request.user)
    return JsonResponse({"id": profile.pk, "ranges": len(parsed.ranges)})
