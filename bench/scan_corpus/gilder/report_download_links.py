"""Signed, expiring download links for condition report PDFs.

Links are e-mailed to lenders and couriers who do not have portal accounts.
"""
import base64
import hashlib
import hmac
import time
from dataclasses import dataclass
from urllib.parse import urlencode

LINK_LIFETIME = 7 * 24 * 3600


@dataclass(frozen=True)
class ReportRef:
    report_id: int
    version: int


class LinkSigner:
    def __init__(self, key: bytes, base_url: str) -> None:
        self._key = key
        self._base_url = base_url.rstrip("/")

    def _sign(self, report_id: int, version: int, expires: int) -> str:
        msg = f"{report_id}:{version}:{expires}".encode()
        mac = hmac.new(self._key, msg, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).decode().rstrip("=")

    def make_link(self, ref: ReportRef, now: float | None = None) -> str:
        expires = int((now or time.time()) + LINK_LIFETIME)
        query = urlencode({
            "v": ref.version,
            "exp": expires,
            "sig": self._sign(ref.report_id, ref.version, expires),
        })
        return f"{self._base_url}/reports/{ref.report_id}.pdf?{query}"

    def check(self, report_id: int, version: int, expires: int, sig: str,
              current: ReportRef) -> bool:
        if expires < time.time():
            return False
        expected = self._sign(report_id, version, expires)
        if not hmac.compare_digest(expected, sig):
            return False
        # An older link should not serve a report that has since been reissued.
        return version == current.version
