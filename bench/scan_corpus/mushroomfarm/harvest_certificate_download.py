"""Lets restaurant buyers download the harvest certificates attached to their orders."""

from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest


class CertificateLocator:
    def __init__(self, root: str | None = None) -> None:
        self.root = root or getattr(settings, "HARVEST_CERT_ROOT", "/srv/farm/certificates")

    def folder_for(self, account_id: int) -> str:
        return os.path.join(self.root, f"account-{account_id}")

    def path_for(self, account_id: int, filename: str) -> str:
        return os.path.join(self.folder_for(account_id), filename)


locator = CertificateLocator()


def _content_type(name: str) -> str:
    return {
        ".pdf": "application/pdf",
        ".csv": "text/csv",
    }.get(Path(name).suffix.lower(), "application/octet-stream")


@login_required
def download_certificate(request: HttpRequest) -> FileResponse:
    account_id = request.user.buyer_profile.account_id
    name = request.GET.get("file", "")
    if not name:
        raise Http404("no file requested")
    full_path = locator.path_for(account_id, name)
    if not os.path.isfile(full_path):
        raise Http404("certificate not found")
    return FileResponse(
        open(full_path, "rb"),
        as_attachment=True,
        filename=os.path.basename(full_path),
        content_type=_content_type(full_path),
    )
