"""Expiring download links for safety certification documents.

EN 388 / EN 407 test reports and EU declarations of conformity are only shared
with trade customers, so the portal hands out short-lived signed links.
"""
import hashlib
import hmac
import os
import time
from pathlib import Path
from urllib.parse import urlencode

from flask import Blueprint, abort, request, send_file

bp = Blueprint("cert_links", __name__)

LINK_TTL_SECONDS = 15 * 60
CERT_STORE = Path(os.environ.get("CERT_STORE", "/srv/glovemaker/certificates"))


class LinkSigner:
    def __init__(self, key: bytes):
        self._key = key

    def _sign(self, cert_id: int, expires: int) -> str:
        message = f"{cert_id}:{expires}".encode("ascii")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def make_url(self, base_url: str, cert_id: int) -> str:
        expires = int(time.time()) + LINK_TTL_SECONDS
        query = urlencode({"exp": expires, "sig": self._sign(cert_id, expires)})
        return f"{base_url}/certificates/{cert_id}/download?{query}"

    def verify(self, cert_id: int, expires: str, signature: str) -> bool:
        if not expires.isdigit() or int(expires) < time.time():
            return False
        return self._sign(cert_id, int(expires)) == signature


signer = LinkSigner(os.environ["CERT_LINK_KEY"].encode("utf-8"))


@bp.get("/certificates/<int:cert_id>/download")
def download(cert_id: int):
    if not signer.verify(cert_id, request.args.get("exp", ""), request.args.get("sig", "")):
        abort(403)
    from .certificates import stored_file_for

    relative = stored_file_for(cert_id)
    if relative is None:
        abort(404)
    return send_file(CERT_STORE / relative, mimetype="application/pdf", as_attachment=True)
