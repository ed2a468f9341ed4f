"""Imports weekly tower rosters uploaded by station captains."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Dict, List

import yaml
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

from rosters.models import Shift


@dataclass
class RosterEntry:
    tower: str
    guard: str
    day: date
    start: str
    end: str


class RosterFormat:
    loader = yaml.Loader
    required_keys = ("tower", "guard", "day", "start", "end")

    @classmethod
    def parse(cls, raw: bytes) -> Dict[str, Any]:
        return yaml.load(raw, Loader=cls.loader)

    @classmethod
    def entries(cls, document: Dict[str, Any]) -> List[RosterEntry]:
        out = []
        for row in document.get("shifts", []):
            missing = [key for key in cls.required_keys if key not in row]
            if missing:
                raise ValueError(f"shift missing {', '.join(missing)}")
            out.append(RosterEntry(**{key: row[key] for key in cls.required_keys}))
        return out


@require_POST
def upload_roster(request: HttpRequest) -> JsonResponse:
    upload = request.FILES["roster"]
    document = RosterFormat.parse(upload.read())
    entries = RosterFormat.entries(document)
    Shift.objects.bulk_create(
        [Shift(tower_code=e.tower, guard_name=e.guard, day=e.day, start=e.start, end=e.end) for e in entries]
    )
    return JsonResponse({"imported": len(entries), "week": str(document.get("week_of"))})
