"""Stores rendered service reports (PDF) and serves them back to the customer portal."""

from __future__ import annotations

import os
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404

from .models import ServiceReport


@dataclass(frozen=True)
class ReportStorage:
    root: str

    def path_for(self, report: ServiceReport) -> str:
        return os.path.join(self.root, f"{report.customer_id}", f"report-{report.pk}.pdf")

    def write(self, report: ServiceReport, pdf_bytes: bytes) -> str:
        path = self.path_for(report)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(pdf_bytes)
        return path

    def open(self, report: ServiceReport):
        return open(self.path_for(report), "rb")


def storage() -> ReportStorage:
    return ReportStorage(settings.SERVICE_REPORT_ROOT)


def save_rendered_report(report: ServiceReport, pdf_bytes: bytes) -> None:
    report.file_size = len(pdf_bytes)
    storage().write(report, pdf_bytes)
    report.save(update_fields=["file_size"])


@login_required
def download_report(request: HttpRequest, report_id: int) -> FileResponse:
    report = get_object_or_404(
        ServiceReport, pk=report_id, customer__portal_users=request.user
    )
    try:
        handle = storage().open(report)
    except FileNotFoundError:
        raise Http404("report file missing")
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"service-report-{report.visit_date:%Y-%m-%d}.pdf",
        content_type="application/pdf",
    )
