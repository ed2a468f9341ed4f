# Copyright {{ year }} {{ org_name }}
"""Time-limited download links for scans."""

from __future__ import annotations


class LinkSigner:
    def __init__(self, secret: str, base_url: str, ttl: int = 3600) -> None:
        self.secret = secret
        self.base_url = base_url.rstrip("/")
        self.ttl = ttl

    def url_for(self, scan_path: str, now: float | None = None) -> str:
        """Absolute download link for `scan_path`, valid for `ttl` seconds from `now`."""
        raise NotImplementedError

    def verify(self, scan_path: str, expires: str, sig: str, now: float | None = None) -> bool:
        """Whether (`expires`, `sig`) from a download link are genuine for `scan_path` and unexpired."""
        raise NotImplementedError
