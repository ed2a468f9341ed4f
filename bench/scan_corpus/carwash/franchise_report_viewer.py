"""Django views that let franchisees read the monthly KPI exports produced for their sites."""
from __future__ import annotations

import csv
import io
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse


def _franchisee_dir(request: HttpRequest) -> str:
    return os.path.join(settings.KPI_EXPORT_ROOT, str(request.user.franchisee.code))


def _report_path(request: HttpRequest) -> str:
    report = request.GET.get("report", "")
    if not report.endswith(".csv"):
        raise Http404("unknown report")
    return os.path.join(_franchisee_dir(request), report)


@login_required
def report_index(request: HttpRequest) -> JsonResponse:
    folder = _franchisee_dir(request)
    names = sorted(n for n in os.listdir(folder) if n.endswith(".csv")) if os.path.isdir(folder) else []
    return JsonResponse({"reports": names})


@login_required
def report_preview(request: HttpRequest) -> JsonResponse:
    path = _report_path(request)
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            rows = [row for _, row in zip(range(50), reader)]
    except FileNotFoundError:
        raise Http404("report not found")
    return JsonResponse({"columns": reader.fieldnames or [], "rows": rows})


@login_required
def report_download(request: HttpRequest) -> HttpResponse:
    path = _report_path(request)
    if not os.path.isfile(path):
        raise Http404("report not found")
    buffer = io.BytesIO()
    with open(path, "rb") as fh:
        buffer.write(fh.read())
    response = HttpResponse(buffer.getvalue(), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{os.path.basename(path)}"'
    return response
