"""Time-limited download links for weekly payroll exports sent to the accountant."""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from urllib.parse import urlencode

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404
from django.urls import reverse

from .models import PayrollExport

LINK_TTL_SECONDS = 48 * 3600


class ExportLinkSigner:
    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def default(cls) -> "ExportLinkSigner":
        return cls(settings.PAYROLL_LINK_KEY.encode("utf-8"))

    def signature(self, export_id: int, expires: int) -> str:
        message = f"{export_id}:{expires}".encode("ascii")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def link_for(self, export_id: int) -> str:
        expires = int(time.time()) + LINK_TTL_SECONDS
        query = urlencode({"e": expires, "s": self.signature(export_id, expires)})
        return reverse("payroll-export-download", args=[export_id]) + "?" + query

    def is_valid(self, export_id: int, expires: int, signature: str) -> bool:
        if expires < int(time.time()):
            return False
        return signature == self.signature(export_id, expires)


def download_export(request, export_id: int):
    try:
        expires = int(request.GET.get("e", "0"))
    except ValueError:
        return HttpResponseForbidden()
    signature = request.GET.get("s", "")
    if not ExportLinkSigner.default().is_valid(export_id, expires, signature):
        return HttpResponseForbidden()

    export = get_object_or_404(PayrollExport, pk=export_id)
    path = os.path.join(settings.PAYROLL_EXPORT_ROOT, f"{export.pk}.csv")
    if not os.path.exists(path):
        raise Http404("export file missing")
    return FileResponse(
        open(path, "rb"),
        as_attachment=True,
        filename=f"payroll-week-{export.week_number}.csv",
        content_type="text/csv",
    )
