"""Imports race results XML sent by visiting championship organisers.

Regional championships that hire the track run their own timing and
email a results XML afterwards; the office uploads it so the results
appear in the driver history pages.
"""
from __future__ import annotations

from dataclasses import dataclass

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class ResultRow:
    position: int
    driver: str
    licence_no: str
    laps: int
    best_ms: int


def _int(node, tag: str, default: int = 0) -> int:
    text = node.findtext(tag)
    return int(text) if text and text.strip().isdigit() else default


def parse_results(xml_bytes: bytes) -> tuple[str, list[ResultRow]]:
    root = SafeET.fromstring(xml_bytes)
    event_name = root.findtext("event/name", default="").strip()
    rows = []
    for node in root.iterfind("classification/driver"):
        rows.append(
            ResultRow(
                position=_int(node, "position"),
                driver=(node.findtext("name") or "").strip(),
                licence_no=(node.findtext("licence") or "").strip(),
                laps=_int(node, "laps"),
                best_ms=_int(node, "best_ms"),
            )
        )
    rows.sort(key=lambda r: r.position or 9999)
    return event_name, rows


@require_POST
def upload_results(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("results")
    if upload is None:
        return JsonResponse({"error": "missing results file"}, status=400)
    try:
        event_name, rows = parse_results(upload.read())
    except (SafeET.ParseError, DefusedXmlException) as exc:
        return JsonResponse({"error": f"could not read results: {exc}"}, status=400)
    from .models import ExternalResult

    ExternalResult.objects.bulk_create(
        [
            ExternalResult(
                event_name=event_name,
                position=r.position,
                driver_name=r.driver,
                licence_no=r.licence_no,
                laps=r.laps,
                best_ms=r.best_ms,
            )
            for r in rows
        ]
    )
    return JsonResponse({"event": event_name, "imported": len(rows)})
