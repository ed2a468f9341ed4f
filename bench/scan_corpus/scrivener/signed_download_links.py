"""Short-lived signed links for downloading scanned deed originals."""
import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass
from hmac import compare_digest as same
from urllib.parse import urlencode

DEFAULT_TTL = 15 * 60


def _key() -> bytes:
    return base64.b64decode(os.environ["SCRIVENER_LINK_SIGNING_KEY"])


@dataclass(frozen=True)
class LinkClaim:
    scan_id: int
    client_id: int
    expires: int

    def message(self) -> bytes:
        return f"{self.scan_id}:{self.client_id}:{self.expires}".encode("ascii")


def sign(claim: LinkClaim, key: bytes | None = None) -> str:
    mac = hmac.new(key or _key(), claim.message(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode("ascii").rstrip("=")


def make_link(base_url: str, scan_id: int, client_id: int, ttl: int = DEFAULT_TTL) -> str:
    claim = LinkClaim(scan_id, client_id, int(time.time()) + ttl)
    query = urlencode({"c": client_id, "e": claim.expires, "s": sign(claim)})
    return f"{base_url.rstrip('/')}/scans/{scan_id}/download?{query}"


def check_link(scan_id: int, params: dict, now: float | None = None) -> LinkClaim | None:
    try:
        claim = LinkClaim(scan_id, int(params["c"]), int(params["e"]))
    except (KeyError, ValueError):
        return None
    if claim.expires < (now or time.time()):
        return None
    if not same(sign(claim), str(params.get("s", ""))):
        return None
    return claim
