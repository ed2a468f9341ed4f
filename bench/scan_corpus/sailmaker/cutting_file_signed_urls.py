"""Short-lived signed URLs for plotter cutting files.

Designers share a link with the cutting floor; the link carries an expiry and
an HMAC so it cannot be altered to fetch another design.
"""
import hashlib
import hmac
import os
import secrets
import time
from typing import Optional
from urllib.parse import urlencode

SIGNING_KEY = os.environ["CUTFILE_URL_KEY"].encode()
DEFAULT_TTL = 15 * 60


def _sign(design_id: int, revision: int, expires: int) -> str:
    message = f"{design_id}:{revision}:{expires}".encode()
    return hmac.new(SIGNING_KEY, message, hashlib.sha256).hexdigest()


def make_url(base: str, design_id: int, revision: int, ttl: int = DEFAULT_TTL) -> str:
    expires = int(time.time()) + ttl
    query = urlencode({"rev": revision, "exp": expires, "sig": _sign(design_id, revision, expires)})
    return f"{base.rstrip('/')}/cutfiles/{design_id}?{query}"


def check(design_id: int, rev: str, exp: str, sig: Optional[str]) -> bool:
    if not sig or not rev.isdigit() or not exp.isdigit():
        return False
    if int(exp) < time.time():
        return False
    expected = _sign(design_id, int(rev), int(exp))
    return secrets.compare_digest(expected, sig)


def view(request, design_id: int, storage):
    """Framework-agnostic handler body used by the Flask and CLI front ends."""
    args = request.args
    if not check(design_id, args.get("rev", ""), args.get("exp", ""), args.get("sig")):
        return {"error": "link expired or invalid"}, 403
    revision = storage.revision(design_id, int(args["rev"]))
    if revision is None:
        return {"error": "not found"}, 404
    return storage.stream(revision), 200
