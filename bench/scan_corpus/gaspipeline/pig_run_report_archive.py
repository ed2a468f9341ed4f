"""Archive and serve inline-inspection run reports for the integrity engineering portal."""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass

from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404, HttpRequest


@dataclass
class ReportStore:
    base_dir: str
    extension: str = ".pdf"

    def path_for(self, report_ref: str) -> str:
        return os.path.normpath(os.path.join(self.base_dir, report_ref + self.extension))

    def archive(self, source_path: str, run_id: str) -> str:
        dest = os.path.join(self.base_dir, f"{run_id}{self.extension}")
        os.makedirs(self.base_dir, exist_ok=True)
        shutil.copy2(source_path, dest)
        return dest

    def open(self, report_ref: str):
        path = self.path_for(report_ref)
        if not os.path.exists(path):
            raise FileNotFoundError(report_ref)
        return open(path, "rb")


STORE = ReportStore(base_dir=os.environ.get("ILI_REPORT_DIR", "/srv/gaspipe/ili-reports"))


@permission_required("integrity.view_ili_report")
def download_report(request: HttpRequest):
    report_ref = request.GET.get("ref", "")
    if not report_ref:
        raise Http404("missing report reference")
    try:
        handle = STORE.open(report_ref)
    except FileNotFoundError:
        raise Http404("report not found")
    return FileResponse(handle, as_attachment=True, filename=os.path.basename(handle.name))
