"""Signed download links for bit-fitting reports.

After a fitter visits a yard, the report (mouth measurements, tongue
thickness, palate height, recommended mouthpieces) is emailed to the owner
as a link that expires after 30 days.
"""
import base64
import hashlib
import hmac
import time
from urllib.parse import urlencode

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseForbidden
from django.shortcuts import get_object_or_404

from .models import FittingReport

LINK_TTL = 30 * 24 * 3600


def _sign(report_id: int, expires: int) -> str:
    msg = f"{report_id}:{expires}".encode()
    mac = hmac.new(settings.REPORT_LINK_KEY.encode(), msg, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


def build_link(report: FittingReport, now: float | None = None) -> str:
    expires = int((now or time.time()) + LINK_TTL)
    query = urlencode({"e": expires, "s": _sign(report.pk, expires)})
    return f"{settings.SITE_URL}/fittings/reports/{report.pk}/?{query}"


class LinkCheck:
    def __init__(self, report_id: int, expires: str, signature: str):
        self.report_id = report_id
        self.expires = int(expires) if expires.isdigit() else 0
        self.signature = signature

    def valid(self) -> bool:
        if self.expires < time.time():
            return False
        if self.signature != _sign(self.report_id, self.expires):
            return False
        return True


def download_report(request, report_id: int):
    check = LinkCheck(report_id, request.GET.get("e", ""), request.GET.get("s", ""))
    if not check.valid():
        return HttpResponseForbidden("This link has expired or is not valid.")
    report = get_object_or_404(FittingReport, pk=report_id)
    if not report.pdf:
        raise Http404
    return FileResponse(report.pdf.open("rb"), filename=f"fitting-report-{report.pk}.pdf")
