"""Imports show rundowns that producers author as YAML in the prep tool.

A rundown is a list of segments (intro, interview, package, travel, weather,
ad break) with planned durations. Uploaded files are validated and stored as
JSON on the show record.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

import yaml
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST
from django.contrib.auth.decorators import login_required

from .models import Show

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SEGMENT_KINDS = {"intro", "interview", "package", "travel", "weather", "ad_break", "music", "outro"}


@dataclass
class Segment:
    kind: str
    title: str
    planned_seconds: int


def parse_rundown(text: str) -> list[Segment]:
    doc = yaml.load(text, Loader=_Loader)
    if not isinstance(doc, dict) or not isinstance(doc.get("segments"), list):
        raise ValueError("rundown must contain a list of segments")
    segments = []
    for i, raw in enumerate(doc["segments"]):
        kind = str(raw.get("kind", ""))
        if kind not in SEGMENT_KINDS:
            raise ValueError(f"segment {i}: unknown kind {kind!r}")
        segments.append(Segment(kind, str(raw.get("title", ""))[:200], int(raw.get("seconds", 0))))
    return segments


@login_required
@require_POST
def upload_rundown(request, show_id: int):
    show = get_object_or_404(Show, pk=show_id, producers=request.user)
    upload = request.FILES.get("rundown")
    if upload is None or upload.size > 256 * 1024:
        return JsonResponse({"error": "missing or oversized file"}, status=400)
    try:
        segments = parse_rundown(upload.read().decode("utf-8"))
    except (ValueError, yaml.YAMLError, UnicodeDecodeError) as exc:
        return JsonResponse({"error": str(exc)}, status=422)
    show.rundown = [asdict(s) for s in segments]
    show.save(update_fields=["rundown"])
    return JsonResponse({"segments": len(segments)})
