"""Installation manuals for roofing crews, served to the site tablets.

Manuals are registered in the database with the path of the PDF on the
document share; the tablet asks for a manual by its id.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_GET

from .auth import crew_device_required
from .models import CrewManual

DOC_SHARE = Path(os.environ.get("CREW_DOC_SHARE", "/srv/copperbeater/crew-docs"))


@dataclass
class ManualSummary:
    id: int
    title: str
    system: str
    revision: str


def _summary(manual: CrewManual) -> ManualSummary:
    return ManualSummary(manual.id, manual.title, manual.roof_system, manual.revision)


@require_GET
@crew_device_required
def manual_index(request):
    manuals = CrewManual.objects.filter(active=True).order_by("roof_system", "title")
    return JsonResponse({"manuals": [_summary(m).__dict__ for m in manuals]})


@require_GET
@crew_device_required
def manual_pdf(request, manual_id: int):
    try:
        manual = CrewManual.objects.get(pk=manual_id, active=True)
    except CrewManual.DoesNotExist:
        raise Http404("no such manual")
    stored = DOC_SHARE / manual.stored_path
    if not stored.is_file():
        raise Http404("manual file missing")
    return FileResponse(
        stored.open("rb"),
        content_type="application/pdf",
        filename=f"{manual.roof_system}-{manual.revision}.pdf",
    )
