"""Django views that let brewers list and download archived brew sheets."""
from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_GET


def _archive_root() -> str:
    return getattr(settings, "BREW_SHEET_ARCHIVE", "/srv/brewery/brew_sheets")


@login_required
@require_GET
def list_brew_sheets(request):
    root = Path(_archive_root())
    sheets = sorted(
        (p.name for p in root.glob("*.pdf") if p.is_file()),
        reverse=True,
    )
    page = max(int(request.GET.get("page", 1)), 1)
    per_page = 50
    return JsonResponse(
        {
            "page": page,
            "sheets": sheets[(page - 1) * per_page : page * per_page],
            "total": len(sheets),
        }
    )


@login_required
@require_GET
def download_brew_sheet(request):
    filename = request.GET.get("file", "")
    if not filename.endswith(".pdf"):
        raise Http404("brew sheets are PDF files")
    full_path = os.path.join(_archive_root(), filename)
    if not os.path.isfile(full_path):
        raise Http404("no such brew sheet")
    return FileResponse(
        open(full_path, "rb"),
        as_attachment=True,
        filename=os.path.basename(full_path),
        content_type="application/pdf",
    )


@login_required
@require_GET
def brew_sheet_stats(request):
    root = Path(_archive_root())
    by_year: dict[str, int] = {}
    for p in root.glob("*.pdf"):
        year = p.name[:4]
        if year.isdigit():
            by_year[year] = by_year.get(year, 0) + 1
    return JsonResponse({"by_year": by_year})
