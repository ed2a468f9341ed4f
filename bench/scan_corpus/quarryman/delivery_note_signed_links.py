"""Signed download links for delivery notes emailed to customers.

When a load leaves the quarry the customer is emailed a link to the signed
delivery note PDF. Links carry an expiry time and a signature so they can be
opened without logging in to the customer portal.
"""

import hashlib
import hmac
import os
import time
from pathlib import Path
from urllib.parse import urlencode

from aiohttp import web

NOTE_ROOT = Path(os.environ.get("DELIVERY_NOTE_ROOT", "/srv/quarryman/delivery-notes"))
LINK_LIFETIME = 14 * 24 * 3600


def _link_key() -> bytes:
    return os.environ["DELIVERY_LINK_KEY"].encode()


def _expected_signature(note_id: int, expires: int) -> str:
    payload = f"{note_id}:{expires}".encode()
    return hmac.new(_link_key(), payload, hashlib.sha256).hexdigest()


def build_link(base_url: str, note_id: int, now: float | None = None) -> str:
    expires = int((now or time.time()) + LINK_LIFETIME)
    query = urlencode({"exp": expires, "sig": _expected_signature(note_id, expires)})
    return f"{base_url.rstrip('/')}/delivery-notes/{note_id}?{query}"


async def download_note(request: web.Request) -> web.StreamResponse:
    try:
        note_id = int(request.match_info["note_id"])
        expires = int(request.query.get("exp", "0"))
    except ValueError:
        raise web.HTTPBadRequest()
    sig = request.query.get("sig", "")
    if expires < time.time():
        raise web.HTTPGone(text="This delivery note link has expired.")
    if sig != _expected_signature(note_id, expires):
        raise web.HTTPForbidden()
    pdf = NOTE_ROOT / f"DN{note_id:07d}.pdf"
    if not pdf.is_file():
        raise web.HTTPNotFound()
    return web.FileResponse(
        pdf, headers={"Content-Disposition": f'attachment; filename="DN{note_id:07d}.pdf"'}
    )


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/delivery-notes/{note_id}", download_note)
