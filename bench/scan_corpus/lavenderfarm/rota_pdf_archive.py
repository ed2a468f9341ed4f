"""Archive of published weekly rotas as PDFs, one file per staff member per week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404

from rota.models import PublishedRota, StaffMember


@dataclass(frozen=True)
class RotaArchive:
    root: Path

    @classmethod
    def default(cls) -> "RotaArchive":
        return cls(Path(settings.ROTA_ARCHIVE_ROOT))

    def path_for(self, staff_id: int, week_starting: date) -> Path:
        iso_year, iso_week, _ = week_starting.isocalendar()
        return self.root / f"{iso_year}" / f"W{iso_week:02d}" / f"staff-{staff_id:05d}.pdf"

    def store(self, staff_id: int, week_starting: date, pdf_bytes: bytes) -> Path:
        target = self.path_for(staff_id, week_starting)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pdf_bytes)
        return target


def publish(rota: PublishedRota, renderer) -> int:
    archive = RotaArchive.default()
    count = 0
    for member in rota.staff.all():
        archive.store(member.pk, rota.week_starting, renderer.render(rota, member))
        count += 1
    return count


@login_required
def my_rota_pdf(request: HttpRequest, rota_id: int) -> FileResponse:
    rota = get_object_or_404(PublishedRota, pk=rota_id, is_published=True)
    member = get_object_or_404(StaffMember, user=request.user)
    if not rota.staff.filter(pk=member.pk).exists():
        raise Http404("not on this rota")
    path = RotaArchive.default().path_for(member.pk, rota.week_starting)
    if not path.is_file():
        raise Http404("rota PDF not generated yet")
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"rota-{rota.week_starting.isoformat()}.pdf",
        content_type="application/pdf",
    )
