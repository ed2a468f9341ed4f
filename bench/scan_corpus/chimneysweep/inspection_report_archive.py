"""Back-office tool for restoring archived inspection reports to the live share."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

log = logging.getLogger(__name__)


class ReportArchive:
    def __init__(self, archive_root: str, live_root: str):
        self.archive_root = Path(archive_root)
        self.live_root = Path(live_root)

    def archived(self, year: int) -> list[str]:
        folder = self.archive_root / str(year)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.glob("*.pdf"))

    def restore(self, year: int, report_name: str) -> Path:
        source = self.archive_root / str(year) / report_name
        if not source.is_file():
            raise FileNotFoundError(report_name)
        target = self.live_root / source.name
        shutil.copy2(source, target)
        return target


def _archive() -> ReportArchive:
    return ReportArchive(settings.REPORT_ARCHIVE_ROOT, settings.REPORT_LIVE_ROOT)


@permission_required("inspections.view_report")
def archived_reports(request, year: int):
    return JsonResponse({"year": year, "reports": _archive().archived(year)})


@require_POST
@permission_required("inspections.restore_report")
def restore_report(request, year: int):
    report_name = request.POST.get("report", "")
    if not report_name.endswith(".pdf"):
        return HttpResponseBadRequest("Only PDF reports can be restored.")
    try:
        target = _archive().restore(year, report_name)
    except FileNotFoundError:
        return JsonResponse({"error": "report not found"}, status=404)
    log.info("User %s restored report %s/%s", request.user.username, year, report_name)
    return JsonResponse({"restored": target.name})
