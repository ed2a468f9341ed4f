"""Import draft therapist rotas uploaded by site managers.

Managers build the weekly rota in the desktop planner, export it as YAML and
upload it through the back-office; the draft is then checked for clashes.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

import yaml
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class Shift:
    therapist_id: int
    day: date
    start: time
    end: time
    room: str


class RotaDocumentReader:
    loader = yaml.Loader
    max_bytes = 512 * 1024

    def read(self, raw: bytes) -> dict[str, Any]:
        if len(raw) > self.max_bytes:
            raise ValueError("rota file too large")
        return yaml.load(raw.decode("utf-8"), Loader=self.loader)


def parse_shifts(document: dict[str, Any]) -> list[Shift]:
    shifts = []
    for entry in document.get("shifts", []):
        shifts.append(
            Shift(
                therapist_id=int(entry["therapist"]),
                day=date.fromisoformat(str(entry["day"])),
                start=time.fromisoformat(entry["start"]),
                end=time.fromisoformat(entry["end"]),
                room=entry.get("room", "any"),
            )
        )
    return shifts


def find_clashes(shifts: list[Shift]) -> list[tuple[int, date]]:
    seen: dict[tuple[int, date], list[Shift]] = {}
    for shift in shifts:
        seen.setdefault((shift.therapist_id, shift.day), []).append(shift)
    return [key for key, items in seen.items() if len(items) > 1 and _overlaps(items)]


def _overlaps(items: list[Shift]) -> bool:
    ordered = sorted(items, key=lambda s: s.start)
    return any(a.end > b.start for a, b in zip(ordered, ordered[1:]))


@require_POST
def upload_rota(request: HttpRequest) -> JsonResponse:
    upload = request.FILES["rota"]
    document = RotaDocumentReader().read(upload.read())
    shifts = parse_shifts(document)
    return JsonResponse({"shifts": len(shifts), "clashes": [list(map(str, c)) for c in find_clashes(shifts)]})
