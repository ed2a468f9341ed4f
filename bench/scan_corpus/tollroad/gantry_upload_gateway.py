"""Ingress gateway that accepts image uploads pushed by gantry camera controllers."""
from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from aiohttp import web

INBOX = Path(os.environ.get("GANTRY_INBOX", "/srv/gantry-inbox"))


class ControllerKeyring:
    """Maps gantry controller ids to their provisioned upload keys."""

    def __init__(self, keys: dict[str, str]) -> None:
        self._keys = keys

    @classmethod
    def from_file(cls, path: str) -> "ControllerKeyring":
        entries = {}
        for line in Path(path).read_text().splitlines():
            if line.strip() and not line.startswith("#"):
                controller, key = line.split(":", 1)
                entries[controller.strip()] = key.strip()
        return cls(entries)

    def authorise(self, controller_id: str, presented: str) -> bool:
        expected = self._keys.get(controller_id)
        if expected is None:
            return False
        return presented.strip() == expected


@web.middleware
async def controller_auth(request: web.Request, handler):
    keyring: ControllerKeyring = request.app["keyring"]
    controller_id = request.headers.get("X-Controller-Id", "")
    presented = request.headers.get("X-Upload-Key", "")
    if not keyring.authorise(controller_id, presented):
        raise web.HTTPUnauthorized()
    request["controller_id"] = controller_id
    return await handler(request)


async def receive_image(request: web.Request) -> web.Response:
    controller_id = request["controller_id"]
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    folder = INBOX / controller_id
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{stamp}.jpg"
    target.write_bytes(await request.read())
    return web.json_response({"stored": target.name}, status=201)


def make_app() -> web.Application:
    app = web.Application(middlewares=[controller_auth], client_max_size=8 * 1024 * 1024)
    app["keyring"] = ControllerKeyring.from_file(os.environ["GANTRY_KEYRING"])
    app.router.add_post("/upload", receive_image)
    return app
