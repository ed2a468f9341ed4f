"""aiohttp handler for NOTAM pushes from neighbouring AIS providers."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Dict

from aiohttp import web


class ProviderSecrets:
    """Per-provider shared secrets loaded from the environment."""

    prefix = "NOTAM_PEER_SECRET_"

    def __init__(self) -> None:
        self._secrets: Dict[str, bytes] = {
            key[len(self.prefix):].upper(): value.encode()
            for key, value in os.environ.items()
            if key.startswith(self.prefix)
        }

    def signature_valid(self, provider: str, body: bytes, presented: str) -> bool:
        secret = self._secrets.get(provider.upper())
        if secret is None:
            return False
        expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, presented.removeprefix("sha256="))


async def receive_notam(request: web.Request) -> web.Response:
    secrets_: ProviderSecrets = request.app["peer_secrets"]
    provider = request.match_info["provider"]
    body = await request.read()
    if not secrets_.signature_valid(provider, body, request.headers.get("X-Signature", "")):
        raise web.HTTPUnauthorized()
    notam = json.loads(body)
    await request.app["queue"].put((provider, notam))
    return web.json_response({"queued": notam.get("id")}, status=202)


def build_app(queue) -> web.Application:
    app = web.Application()
    app["peer_secrets"] = ProviderSecrets()
    app["queue"] = queue
    app.router.add_post("/peers/{provider}/notam", receive_notam)
    return app
