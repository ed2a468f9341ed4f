"""Expiring links for drawing PDFs shared with builders and architects.

Links are signed so they can be forwarded by email without a portal login,
and expire after a day by default.
"""
import hashlib
import hmac
import os
import time
from dataclasses import dataclass
from urllib.parse import urlencode


@dataclass
class DrawingLinkSigner:
    key: bytes
    base_url: str
    ttl_seconds: int = 86_400

    @classmethod
    def from_env(cls) -> "DrawingLinkSigner":
        return cls(
            key=os.environ["DRAWING_LINK_KEY"].encode(),
            base_url=os.environ.get("PORTAL_BASE_URL", "https://portal.example.com"),
        )

    def _mac(self, drawing_id: int, revision: str, expires: int) -> str:
        message = f"{drawing_id}:{revision}:{expires}".encode()
        return hmac.new(self.key, message, hashlib.sha256).hexdigest()

    def sign(self, drawing_id: int, revision: str) -> str:
        expires = int(time.time()) + self.ttl_seconds
        query = urlencode(
            {
                "rev": revision,
                "exp": expires,
                "sig": self._mac(drawing_id, revision, expires),
            }
        )
        return f"{self.base_url}/drawings/{drawing_id}.pdf?{query}"

    def verify(self, drawing_id: int, revision: str, expires: str, sig: str) -> bool:
        try:
            exp = int(expires)
        except (TypeError, ValueError):
            return False
        if exp < time.time():
            return False
        return self._mac(drawing_id, revision, exp) == sig


def check_request(signer: DrawingLinkSigner, drawing_id: int, args: dict) -> bool:
    return signer.verify(
        drawing_id,
        args.get("rev", ""),
        args.get("exp", ""),
        args.get("sig", ""),
    )
