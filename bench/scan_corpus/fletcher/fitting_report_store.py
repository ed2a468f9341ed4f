"""Storage of bow-fitting reports that dealers upload after a customer fitting."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_POST


class FittingReportStore:
    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root or settings.FITTING_REPORT_ROOT)

    def dealer_dir(self, dealer_code: str) -> Path:
        return self.root / dealer_code

    def list_reports(self, dealer_code: str) -> list[str]:
        folder = self.dealer_dir(dealer_code)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix == ".pdf")

    def open_report(self, dealer_code: str, name: str):
        path = self.dealer_dir(dealer_code) / Path(name).name
        if not path.is_file():
            raise FileNotFoundError(name)
        return path.open("rb")

    def delete_report(self, dealer_code: str, filename: str) -> None:
        (self.dealer_dir(dealer_code) / filename).unlink(missing_ok=True)


store = FittingReportStore()


@login_required
def report_list(request):
    return JsonResponse({"reports": store.list_reports(request.user.dealer.code)})


@login_required
def report_download(request, name: str):
    try:
        handle = store.open_report(request.user.dealer.code, name)
    except FileNotFoundError:
        raise Http404
    return FileResponse(handle, as_attachment=True, filename=Path(name).name)


@require_POST
@login_required
def report_delete(request):
    filename = request.POST.get("report", "")
    if not filename:
        return JsonResponse({"error": "report required"}, status=400)
    store.delete_report(request.user.dealer.code, filename)
    return JsonResponse({"deleted": filename})
