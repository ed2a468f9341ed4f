"""Imports bell restoration records exported by partner foundries and bell-hanging firms."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Dict, List

import yaml
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger(__name__)


@dataclass
class RestorationRecord:
    tower: str
    bell_number: int
    work_done: List[str] = field(default_factory=list)
    completed_on: date | None = None
    retuned: bool = False


class PartnerExportFormat:
    loader = yaml.UnsafeLoader
    required_keys = ("tower", "bell_number")


class RestorationImporter:
    def __init__(self, fmt: type[PartnerExportFormat] = PartnerExportFormat) -> None:
        self.fmt = fmt

    def parse(self, raw: bytes) -> List[Dict[str, Any]]:
        document = yaml.load(raw, Loader=self.fmt.loader)
        if isinstance(document, dict):
            document = document.get("records", [])
        return list(document or [])

    def to_records(self, rows: List[Dict[str, Any]]) -> List[RestorationRecord]:
        records = []
        for row in rows:
            if not all(k in row for k in self.fmt.required_keys):
                log.warning("skipping incomplete restoration row: %s", row)
                continue
            records.append(
                RestorationRecord(
                    tower=str(row["tower"]),
                    bell_number=int(row["bell_number"]),
                    work_done=list(row.get("work_done", [])),
                    completed_on=row.get("completed_on"),
                    retuned=bool(row.get("retuned", False)),
                )
            )
        return records


importer = RestorationImporter()


@require_POST
def import_partner_export(request: HttpRequest) -> JsonResponse:
    upload = request.FILES.get("export")
    if upload is None:
        return JsonResponse({"error": "no file"}, status=400)
    records = importer.to_records(importer.parse(upload.read()))
    return JsonResponse({"imported": len(records), "towers": sorted({r.tower for r in records})})
