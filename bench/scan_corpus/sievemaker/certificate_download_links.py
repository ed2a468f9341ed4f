"""Expiring download links for calibration certificates.

Links are mailed to the customer after a re-certification job. The link
encodes the certificate number and an expiry timestamp, signed with the
application key, so no login is required to fetch the PDF.
"""
import base64
import hashlib
import hmac
import time
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlencode

LINK_LIFETIME_S = 7 * 24 * 3600


@dataclass
class LinkSigner:
    key: bytes
    base_url: str

    def _sig(self, cert_no: str, expires: int) -> str:
        mac = hmac.new(self.key, f"{cert_no}:{expires}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()

    def make_link(self, cert_no: str, now: Optional[float] = None) -> str:
        expires = int((now or time.time()) + LINK_LIFETIME_S)
        query = urlencode({"c": cert_no, "e": expires, "s": self._sig(cert_no, expires)})
        return f"{self.base_url}/certificates/download?{query}"

    def check(self, cert_no: str, expires: str, signature: str) -> bool:
        try:
            exp = int(expires)
        except ValueError:
            return False
        if exp < time.time():
            return False
        if self._sig(cert_no, exp) != signature:
            return False
        return True


def download_view(request, signer: LinkSigner, storage):
    params = request.args
    cert_no = params.get("c", "")
    if not signer.check(cert_no, params.get("e", ""), params.get("s", "")):
        return "Link expired or invalid", 403
    pdf = storage.certificate_pdf(cert_no)
    if pdf is None:
        return "Certificate not found", 404
    return pdf, 200, {"Content-Type": "application/pdf"}
