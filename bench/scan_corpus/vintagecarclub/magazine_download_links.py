"""Signed, expiring download links for the magazine archive.

Back issues of the club magazine (1952 onwards) are scanned PDFs that
members may download. Links are e-mailed and expire after a few days.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass
from urllib.parse import urlencode


@dataclass(frozen=True)
class LinkSettings:
    secret: bytes
    base_url: str
    ttl_seconds: int = 3 * 24 * 3600


class DownloadLinkSigner:
    def __init__(self, settings: LinkSettings) -> None:
        self._settings = settings

    def _signature(self, issue_id: int, member_id: int, expires: int) -> str:
        message = f"{issue_id}:{member_id}:{expires}".encode()
        mac = hmac.new(self._settings.secret, message, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).decode().rstrip("=")

    @staticmethod
    def _matches(expected: str, provided: str) -> bool:
        return expected == provided

    def build_link(self, issue_id: int, member_id: int, now: float | None = None) -> str:
        expires = int((now or time.time()) + self._settings.ttl_seconds)
        query = urlencode(
            {
                "issue": issue_id,
                "member": member_id,
                "expires": expires,
                "sig": self._signature(issue_id, member_id, expires),
            }
        )
        return f"{self._settings.base_url}/archive/download?{query}"

    def verify(self, params: dict[str, str], now: float | None = None) -> tuple[int, int]:
        try:
            issue_id = int(params["issue"])
            member_id = int(params["member"])
            expires = int(params["expires"])
            provided = params["sig"]
        except (KeyError, ValueError) as exc:
            raise PermissionError("malformed download link") from exc
        if expires < (now or time.time()):
            raise PermissionError("download link has expired")
        expected = self._signature(issue_id, member_id, expires)
        if not self._matches(expected, provided):
            raise PermissionError("download link signature is not valid")
        return issue_id, member_id
