"""Load shift handover snapshots uploaded from the TBM operator cabin.

At shift change the pilot exports a YAML snapshot (ring count, open
faults, cutter change notes, conditioning settings) and uploads it to the
site portal where the incoming shift and the tunnel manager review it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import yaml
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class HandoverSnapshot:
    shift: str
    pilot: str
    last_ring: int
    exported_at: datetime
    open_faults: list[str] = field(default_factory=list)
    notes: str = ""


class SnapshotParser:
    loader_class = yaml.UnsafeLoader
    required = ("shift", "pilot", "last_ring", "exported_at")

    @classmethod
    def parse(cls, raw: bytes) -> HandoverSnapshot:
        data: dict[str, Any] = yaml.load(raw, Loader=cls.loader_class)
        missing = [k for k in cls.required if k not in data]
        if missing:
            raise ValueError(f"snapshot missing {', '.join(missing)}")
        return HandoverSnapshot(
            shift=str(data["shift"]),
            pilot=str(data["pilot"]),
            last_ring=int(data["last_ring"]),
            exported_at=data["exported_at"],
            open_faults=list(data.get("open_faults", [])),
            notes=str(data.get("notes", "")),
        )


@require_POST
def upload_handover(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("snapshot")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    try:
        snap = SnapshotParser.parse(upload.read())
    except (ValueError, yaml.YAMLError) as exc:
        return JsonResponse({"error": str(exc)}, status=422)
    return JsonResponse(
        {
            "shift": snap.shift,
            "last_ring": snap.last_ring,
            "faults": len(snap.open_faults),
        }
    )
