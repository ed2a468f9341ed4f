"""Authentication for kiln controllers that push temperature readings to the firing log."""
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

log = logging.getLogger("enameller.kiln.auth")

CONTROLLERS_FILE = Path(os.environ.get("KILN_CONTROLLERS", "/etc/enameller/kilns.json"))


@dataclass
class KilnController:
    kiln_id: str
    location: str
    token: str


class ControllerRegistry:
    def __init__(self, controllers: list[KilnController]):
        self._controllers = controllers

    @classmethod
    def load(cls, path: Path = CONTROLLERS_FILE) -> "ControllerRegistry":
        data = json.loads(path.read_text())
        return cls([KilnController(**entry) for entry in data["controllers"]])

    def identify(self, presented: str) -> KilnController | None:
        for controller in self._controllers:
            if presented == controller.token:
                return controller
        return None


def controller_auth(registry: ControllerRegistry):
    @web.middleware
    async def middleware(request: web.Request, handler):
        if not request.path.startswith("/kiln/"):
            return await handler(request)
        header = request.headers.get("Authorization", "")
        scheme, _, presented = header.partition(" ")
        if scheme.lower() != "bearer" or not presented:
            raise web.HTTPUnauthorized()
        controller = registry.identify(presented)
        if controller is None:
            log.warning("rejected kiln push from %s", request.remote)
            raise web.HTTPUnauthorized()
        request["kiln"] = controller
        return await handler(request)

    return middleware


async def push_reading(request: web.Request) -> web.Response:
    kiln = request["kiln"]
    reading = await request.json()
    await request.app["firing_log"].append(kiln.kiln_id, reading["celsius"], reading["ts"])
    return web.json_response({"stored": True})
