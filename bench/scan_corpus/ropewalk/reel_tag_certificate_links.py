"""Long-lived links to tensile test certificates printed on reel tags.

Every reel ships with a tag whose QR code encodes a signed link, so a rigger
on site can download the matching certificate without a portal login.
"""
import base64
import hashlib
import hmac
import time
from dataclasses import dataclass

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseForbidden

from ropewalk.qa.models import TestCertificate

LINK_LIFETIME = 60 * 60 * 24 * 365 * 2


@dataclass(frozen=True)
class LinkParts:
    certificate_no: str
    revision: int
    expires: int


def _mac(parts: LinkParts) -> str:
    message = f"{parts.certificate_no}|{parts.revision}|{parts.expires}".encode()
    digest = hmac.new(settings.CERT_LINK_KEY.encode(), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def build_link(cert: TestCertificate) -> str:
    parts = LinkParts(cert.number, cert.revision, int(time.time()) + LINK_LIFETIME)
    return f"/c/{parts.certificate_no}/{parts.revision}/{parts.expires}/{_mac(parts)}"


def download(request, certificate_no: str, revision: int, expires: int, mac: str):
    parts = LinkParts(certificate_no, int(revision), int(expires))
    if not hmac.compare_digest(_mac(parts), mac):
        return HttpResponseForbidden()
    if parts.expires < time.time():
        return HttpResponseForbidden()
    try:
        cert = TestCertificate.objects.get(number=certificate_no)
    except TestCertificate.DoesNotExist:
        raise Http404
    if cert.revision != parts.revision:
        raise Http404("certificate has been reissued")
    return FileResponse(cert.pdf.open("rb"), content_type="application/pdf", filename=f"{cert.number}.pdf")
