"""Regulator report downloads for compliance staff.

Reports are generated nightly by the ``build_regulator_reports`` command into
``REGULATOR_REPORT_DIR/<kind>/``.
"""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_GET

REPORT_KINDS = {
    "operations": "Monthly operations summary",
    "incident": "Occurrence reports",
    "noise": "Noise monitoring",
}


def _kind_dir(kind: str) -> Path:
    if kind not in REPORT_KINDS:
        raise Http404("unknown report kind")
    return Path(settings.REGULATOR_REPORT_DIR) / kind


@require_GET
@permission_required("compliance.view_report", raise_exception=True)
def list_reports(request, kind):
    files = sorted(p.name for p in _kind_dir(kind).glob("*.pdf"))
    return JsonResponse({"kind": kind, "title": REPORT_KINDS[kind], "files": files})


@require_GET
@permission_required("compliance.view_report", raise_exception=True)
def download_report(request, kind):
    filename = request.GET.get("file", "")
    target = _kind_dir(kind) / filename
    if not target.is_file():
        raise Http404("no such report")
    return FileResponse(target.open("rb"), as_attachment=True, filename=target.name)
