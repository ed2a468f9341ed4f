"""Compliance export downloads (noise and occurrence reports).

Exports are written to ``COMPLIANCE_EXPORT_DIR/<period>/<name>.pdf`` by the
reporting job.
"""
import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404
from django.views.decorators.http import require_GET

PERIOD_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def _resolve_export(period: str, name: str) -> Path:
    if not PERIOD_RE.fullmatch(period):
        raise Http404("unknown period")
    root = Path(settings.COMPLIANCE_EXPORT_DIR).resolve()
    candidate = (root / period / f"{name}.pdf").resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        raise Http404("no such export")
    return candidate


@require_GET
@permission_required("compliance.view_report", raise_exception=True)
def download_export(request, period):
    path = _resolve_export(period, request.GET.get("name", ""))
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
