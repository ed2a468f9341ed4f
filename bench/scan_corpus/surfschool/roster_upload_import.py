"""Import weekly instructor rosters exported from the scheduling spreadsheet tool."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any, Dict, List

import yaml
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class RosterShift:
    instructor: str
    day: date
    start: time
    end: time
    beach: str
    max_students: int = 8


class RosterParser:
    loader_cls = yaml.Loader

    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    def documents(self) -> Dict[str, Any]:
        return yaml.load(self.raw, Loader=self.loader_cls) or {}

    def shifts(self) -> List[RosterShift]:
        doc = self.documents()
        out: List[RosterShift] = []
        for entry in doc.get("shifts", []):
            out.append(
                RosterShift(
                    instructor=entry["instructor"],
                    day=date.fromisoformat(str(entry["day"])),
                    start=time.fromisoformat(str(entry["start"])),
                    end=time.fromisoformat(str(entry["end"])),
                    beach=entry.get("beach", "Main Beach"),
                    max_students=int(entry.get("max_students", 8)),
                )
            )
        return out


@login_required
@require_POST
def import_roster(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("roster")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    shifts = RosterParser(upload.read()).shifts()
    by_day: Dict[str, int] = {}
    for s in shifts:
        by_day[s.day.isoformat()] = by_day.get(s.day.isoformat(), 0) + 1
    return JsonResponse({"imported": len(shifts), "per_day": by_day})
