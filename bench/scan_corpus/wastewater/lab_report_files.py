"""Download handler for monthly discharge compliance reports prepared by the laboratory."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest


class ReportLibrary:
    def __init__(self, root: Path | str) -> None:
        self.root = Path(root).resolve()

    def resolve(self, permit_no: str, name: str) -> Path:
        base = (self.root / permit_no).resolve()
        candidate = (base / name).resolve()
        if not (base.is_relative_to(self.root) and candidate.is_relative_to(base)):
            raise Http404("report not found")
        if candidate.suffix.lower() not in {".pdf", ".xlsx"} or not candidate.is_file():
            raise Http404("report not found")
        return candidate


library = ReportLibrary(settings.LAB_REPORT_ROOT)


def _permits_for(request: HttpRequest) -> set[str]:
    if request.user.has_perm("lab.view_all_reports"):
        return {"*"}
    return set(request.user.company.permits.values_list("permit_no", flat=True))


@login_required
def download_report(request: HttpRequest, permit_no: str) -> FileResponse:
    allowed = _permits_for(request)
    if "*" not in allowed and permit_no not in allowed:
        raise Http404("report not found")
    name = request.GET.get("file", "")
    path = library.resolve(permit_no, name)
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
