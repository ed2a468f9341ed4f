"""Lets customers download the battery diagnostic PDFs produced for their job cards."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404

from .models import JobCard


class ReportLocator:
    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or Path(settings.DIAGNOSTIC_REPORT_ROOT)).resolve()

    def locate(self, job_card: str, filename: str) -> Path:
        candidate = (self.root / job_card / filename).resolve()
        if not candidate.is_relative_to(self.root / job_card):
            raise Http404("report not found")
        if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
            raise Http404("report not found")
        return candidate


@login_required
def download_report(request: HttpRequest, job_ref: str, filename: str) -> FileResponse:
    job = get_object_or_404(JobCard, reference=job_ref, customer=request.user)
    path = ReportLocator().locate(job.reference, filename)
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=path.name,
        content_type="application/pdf",
    )


@login_required
def list_reports(request: HttpRequest, job_ref: str):
    from django.http import JsonResponse

    job = get_object_or_404(JobCard, reference=job_ref, customer=request.user)
    folder = ReportLocator().root / job.reference
    names = sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []
    return JsonResponse({"job": job.reference, "reports": names})
