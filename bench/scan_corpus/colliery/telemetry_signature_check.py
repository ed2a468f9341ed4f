"""Signed telemetry uploads from the underground data concentrators.

Data concentrators buffer readings while the fibre backbone is down and
upload them in bulk once it returns. Each upload is signed with a per-site
HMAC key; the signature and key id travel in request headers.
"""
import hashlib
import hmac
import logging

from aiohttp import web

from colliery.keys import site_hmac_key
from colliery.telemetry import ingest_bulk

log = logging.getLogger(__name__)
routes = web.RouteTableDef()

SIGNATURE_HEADER = "X-Concentrator-Signature"
KEY_ID_HEADER = "X-Concentrator-Key"


class SignatureVerifier:
    def __init__(self, digestmod=hashlib.sha256) -> None:
        self.digestmod = digestmod

    def sign(self, key: bytes, body: bytes) -> str:
        return hmac.new(key, body, self.digestmod).hexdigest()

    def verify(self, key: bytes, body: bytes, presented: str) -> bool:
        expected = self.sign(key, body)
        return hmac.compare_digest(expected, presented)


verifier = SignatureVerifier()


@routes.post("/concentrators/{site}/upload")
async def upload(request: web.Request) -> web.Response:
    site = request.match_info["site"]
    key_id = request.headers.get(KEY_ID_HEADER)
    presented = request.headers.get(SIGNATURE_HEADER, "")
    key = await site_hmac_key(site, key_id)
    if key is None:
        raise web.HTTPUnauthorized(text="unknown key")
    body = await request.read()
    if not verifier.verify(key, body, presented):
        raise web.HTTPUnauthorized(text="bad signature")
    count = await ingest_bulk(site, body)
    log.info("concentrator upload from %s: %d readings", site, count)
    return web.json_response({"stored": count})


def create_app() -> web.Application:
    app = web.Application(client_max_size=32 * 1024 * 1024)
    app.add_routes(routes)
    return app
