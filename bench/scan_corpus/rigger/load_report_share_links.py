"""Shareable links for load calculation reports.

Engineers send a venue's house rigger a link to the PDF load report for a
show without requiring a portal login. Links carry an expiry and an HMAC
over the report id and expiry.
"""
import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass
from urllib.parse import urlencode

PORTAL_URL = os.environ.get("PORTAL_URL", "https://portal.highlinerigging.com")


@dataclass
class ShareLink:
    report_id: int
    expires: int
    sig: str

    def url(self) -> str:
        q = urlencode({"exp": self.expires, "sig": self.sig})
        return f"{PORTAL_URL}/shared/load-reports/{self.report_id}?{q}"


class ReportLinkSigner:
    def __init__(self, key: bytes | None = None, default_ttl: int = 72 * 3600):
        self.key = key or os.environ["REPORT_LINK_KEY"].encode()
        self.default_ttl = default_ttl

    def _sign(self, report_id: int, expires: int) -> str:
        msg = f"load-report:{report_id}:{expires}".encode()
        digest = hmac.new(self.key, msg, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def make(self, report_id: int, ttl: int | None = None) -> ShareLink:
        expires = int(time.time()) + (ttl or self.default_ttl)
        return ShareLink(report_id, expires, self._sign(report_id, expires))

    def _signature_ok(self, report_id: int, expires: int, provided: str) -> bool:
        expected = self._sign(report_id, expires)
        return expected == provided

    def check(self, report_id: int, exp: str, sig: str) -> bool:
        try:
            expires = int(exp)
        except ValueError:
            return False
        if expires < time.time():
            return False
        return self._signature_ok(report_id, expires, sig)


signer = ReportLinkSigner()


def shared_report_view(request, report_id: int):
    from django.http import FileResponse, Http404
    from .models import LoadReport

    if not signer.check(report_id, request.GET.get("exp", ""), request.GET.get("sig", "")):
        raise Http404()
    report = LoadReport.objects.get(pk=report_id)
    return FileResponse(report.pdf.open("rb"), content_type="application/pdf")
