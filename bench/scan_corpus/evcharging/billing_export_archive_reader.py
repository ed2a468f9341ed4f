"""Finance back-office: browse and download archived billing export files."""
from __future__ import annotations

import os
import re

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404, JsonResponse
from django.views.decorators.http import require_GET

EXPORT_NAME = re.compile(r"^(?P<kind>cdr|invoice|payout)-(?P<period>\d{6})(?:-v\d{1,2})?\.csv$")


class ExportArchive:
    def __init__(self, root: str) -> None:
        self.root = os.path.realpath(root)

    def entries(self) -> list[str]:
        return sorted(n for n in os.listdir(self.root) if EXPORT_NAME.match(n))

    def locate(self, name: str) -> str:
        if not EXPORT_NAME.fullmatch(name):
            raise Http404("unknown export")
        path = os.path.realpath(os.path.join(self.root, name))
        if os.path.commonpath([self.root, path]) != self.root or not os.path.isfile(path):
            raise Http404("unknown export")
        return path


def _archive() -> ExportArchive:
    return ExportArchive(settings.BILLING_EXPORT_ARCHIVE)


@require_GET
@permission_required("exports.view_export")
def list_exports(request):
    kind = request.GET.get("kind")
    names = _archive().entries()
    if kind:
        names = [n for n in names if EXPORT_NAME.match(n).group("kind") == kind]
    return JsonResponse({"exports": names})


@require_GET
@permission_required("exports.download_export")
def download_export(request, name: str):
    path = _archive().locate(name)
    return FileResponse(open(path, "rb"), as_attachment=True, filename=os.path.basename(path),
                        content_type="text/csv")
