"""Stores and serves virology and tissue-typing lab reports for a donor referral."""
from __future__ import annotations

import os
import re
from pathlib import Path

from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_GET

REFERRAL_PATTERN = re.compile(r"^REF-\d{4}-\d{6}$")


class LabReportStore:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def _referral_dir(self, referral_id: str) -> Path:
        if not REFERRAL_PATTERN.fullmatch(referral_id):
            raise ValueError("malformed referral id")
        return self.root / referral_id

    def locate(self, referral_id: str, filename: str) -> Path:
        candidate = (self._referral_dir(referral_id) / filename).resolve()
        if not candidate.is_relative_to(self.root / referral_id):
            raise PermissionError("report path escapes referral folder")
        return candidate

    def save(self, referral_id: str, filename: str, content: bytes) -> Path:
        target = self.locate(referral_id, filename)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        return target


store = LabReportStore(os.environ.get("LAB_REPORT_ROOT", "/srv/organbank/lab-reports"))


@require_GET
def download_lab_report(request: HttpRequest, referral_id: str, filename: str) -> FileResponse:
    if not request.user.has_perm("referrals.view_lab_report"):
        raise Http404
    try:
        path = store.locate(referral_id, filename)
    except (ValueError, PermissionError):
        raise Http404
    if not path.is_file():
        raise Http404
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)
