"""Authentication for cold-store temperature loggers.

Each chiller and freezer in the packing hall has a small logger that posts
readings every minute. Loggers present a per-device bearer token issued
when the device was commissioned; tokens are kept in the device registry.
"""

import secrets
from dataclasses import dataclass

from aiohttp import web

BEARER_PREFIX = "Bearer "


@dataclass
class Device:
    device_id: str
    room: str
    token: str


class DeviceRegistry:
    def __init__(self, devices: dict[str, Device]):
        self._devices = devices

    def get(self, device_id: str) -> Device | None:
        return self._devices.get(device_id)


def _presented_token(request: web.Request) -> str:
    header = request.headers.get("Authorization", "")
    if not header.startswith(BEARER_PREFIX):
        return ""
    return header[len(BEARER_PREFIX) :]


@web.middleware
async def device_auth(request: web.Request, handler):
    device_id = request.headers.get("X-Device-Id", "")
    device = request.app["registry"].get(device_id)
    presented = _presented_token(request)
    if device is None or not secrets.compare_digest(presented.encode(), device.token.encode()):
        raise web.HTTPUnauthorized()
    request["device"] = device
    return await handler(request)


async def post_reading(request: web.Request) -> web.Response:
    reading = await request.json()
    device: Device = request["device"]
    await request.app["readings"].put(
        {"device": device.device_id, "room": device.room, "celsius": float(reading["celsius"])}
    )
    return web.json_response({"ok": True})


def build_app(registry: DeviceRegistry, readings_queue) -> web.Application:
    app = web.Application(middlewares=[device_auth])
    app["registry"] = registry
    app["readings"] = readings_queue
    app.router.add_post("/readings", post_reading)
    return app
