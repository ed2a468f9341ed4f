"""Expiring download links for finished artwork files (SVG, print PDF, TIFF).

Clients receive links such as /files/4412/final.pdf?exp=1717000000&sig=...
The signature binds commission, file name and expiry to the studio key.
"""
import base64
import hashlib
import os
import time
from hmac import compare_digest as same
from hmac import new as hmac_new
from urllib.parse import urlencode

LINK_LIFETIME = 72 * 3600


class LinkSigner:
    def __init__(self, key: bytes | None = None, lifetime: int = LINK_LIFETIME):
        self._key = key or base64.b64decode(os.environ["ARTWORK_LINK_KEY"])
        self.lifetime = lifetime

    def _mac(self, commission_id: int, filename: str, expires: int) -> str:
        message = f"{commission_id}:{filename}:{expires}".encode()
        digest = hmac_new(self._key, message, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def build(self, commission_id: int, filename: str, now: float | None = None) -> str:
        expires = int((now or time.time()) + self.lifetime)
        query = urlencode({"exp": expires, "sig": self._mac(commission_id, filename, expires)})
        return f"/files/{commission_id}/{filename}?{query}"

    def check(self, commission_id: int, filename: str, exp: str, sig: str) -> bool:
        try:
            expires = int(exp)
        except ValueError:
            return False
        if expires < time.time():
            return False
        expected = self._mac(commission_id, filename, expires)
        return same(expected, sig)
