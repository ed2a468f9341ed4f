"""Serve printable glaze recipe sheets to students enrolled in glaze lab."""
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import render

from studio.models import Enrollment

SHEET_SUFFIXES = {".pdf", ".png"}


def _sheet_root() -> Path:
    return Path(settings.MEDIA_ROOT) / "glaze_sheets"


def _has_glaze_lab(user) -> bool:
    return Enrollment.objects.filter(
        student=user, course__slug="glaze-lab", status="active"
    ).exists()


@login_required
def sheet_index(request: HttpRequest):
    sheets = sorted(
        p.name for p in _sheet_root().iterdir() if p.suffix.lower() in SHEET_SUFFIXES
    )
    return render(request, "glaze/sheet_index.html", {"sheets": sheets})


@login_required
def download_sheet(request: HttpRequest):
    if not _has_glaze_lab(request.user):
        raise Http404("No glaze lab enrollment")
    sheet_name = request.GET.get("sheet", "")
    sheet_path = _sheet_root() / sheet_name
    if sheet_path.suffix.lower() not in SHEET_SUFFIXES or not sheet_path.is_file():
        raise Http404("Unknown sheet")
    return FileResponse(
        open(sheet_path, "rb"),
        as_attachment=True,
        filename=sheet_path.name,
    )
