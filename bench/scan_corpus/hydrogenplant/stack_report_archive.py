"""Serves the monthly stack degradation reports generated for the electrolyser OEM review."""
from __future__ import annotations

import os
import re
from datetime import datetime, timezone

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, JsonResponse
from django.views import View

REPORT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}\.pdf")


class ReportDirectory:
    """Reports live flat in STACK_REPORT_DIR, one PDF per stack per month."""

    def __init__(self, base: str | None = None) -> None:
        self.base = base or settings.STACK_REPORT_DIR

    def path_of(self, name: str) -> str:
        if not REPORT_NAME.fullmatch(name):
            raise Http404("no such report")
        return os.path.join(self.base, name)

    def catalogue(self) -> list[dict]:
        out = []
        with os.scandir(self.base) as it:
            for entry in it:
                if entry.is_file() and REPORT_NAME.fullmatch(entry.name):
                    out.append(
                        {
                            "name": entry.name,
                            "generated": datetime.fromtimestamp(
                                entry.stat().st_mtime, timezone.utc
                            ).isoformat(),
                        }
                    )
        return sorted(out, key=lambda r: r["name"])


class ReportListView(View):
    directory_class = ReportDirectory

    def get(self, request: HttpRequest) -> JsonResponse:
        return JsonResponse({"reports": self.directory_class().catalogue()})


class ReportDownloadView(View):
    directory_class = ReportDirectory

    def get(self, request: HttpRequest, name: str) -> FileResponse:
        path = self.directory_class().path_of(name)
        if not os.path.isfile(path):
            raise Http404("no such report")
        return FileResponse(open(path, "rb"), as_attachment=True, filename=name)
