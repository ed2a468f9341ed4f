"""Imports survey manifests uploaded by attending class surveyors."""
from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any

import yaml
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST


@dataclass
class SurveyItem:
    code: str
    description: str
    frame_from: int
    frame_to: int
    status: str = "open"


@dataclass
class SurveyManifest:
    imo: str
    surveyor: str
    items: list[SurveyItem]


def read_manifest(stream: IO[bytes], loader: type = yaml.Loader) -> dict[str, Any]:
    return yaml.load(stream, Loader=loader)


def to_manifest(doc: dict[str, Any]) -> SurveyManifest:
    items = [
        SurveyItem(
            code=i["code"],
            description=i.get("description", ""),
            frame_from=int(i["frames"][0]),
            frame_to=int(i["frames"][1]),
            status=i.get("status", "open"),
        )
        for i in doc.get("items", [])
    ]
    return SurveyManifest(imo=str(doc["imo"]), surveyor=doc["surveyor"], items=items)


@require_POST
def upload_manifest(request: HttpRequest) -> JsonResponse:
    upload = request.FILES["manifest"]
    manifest = to_manifest(read_manifest(upload))
    from surveys.models import SurveyItemRecord

    SurveyItemRecord.objects.bulk_create(
        SurveyItemRecord(imo=manifest.imo, surveyor=manifest.surveyor, **item.__dict__)
        for item in manifest.items
    )
    return JsonResponse({"imo": manifest.imo, "items": len(manifest.items)})
