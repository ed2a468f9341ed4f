"""Bearer-key authentication for the drone-dock control API (aiohttp)."""
import os
import secrets

from aiohttp import web

DOCK_KEYS_ENV = "DOCK_API_KEYS"


def load_dock_keys() -> dict[str, bytes]:
    keys = {}
    for entry in os.environ.get(DOCK_KEYS_ENV, "").split(","):
        dock_id, sep, key = entry.strip().partition(":")
        if sep and key:
            keys[dock_id] = key.encode()
    return keys


@web.middleware
async def dock_auth(request: web.Request, handler):
    if request.path == "/healthz":
        return await handler(request)
    scheme, _, presented = request.headers.get("Authorization", "").partition(" ")
    if scheme != "Bearer" or not presented:
        raise web.HTTPUnauthorized(headers={"WWW-Authenticate": "Bearer"})
    dock_id = request.match_info.get("dock_id", "")
    expected = request.app["dock_keys"].get(dock_id)
    if expected is None or not secrets.compare_digest(presented.encode(), expected):
        raise web.HTTPUnauthorized(headers={"WWW-Authenticate": "Bearer"})
    request["dock_id"] = dock_id
    return await handler(request)


async def open_hatch(request: web.Request) -> web.Response:
    await request.app["docks"].open_hatch(request["dock_id"])
    return web.json_response({"dock": request["dock_id"], "hatch": "opening"})


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok")


def create_app(dock_controller) -> web.Application:
    app = web.Application(middlewares=[dock_auth])
    app["dock_keys"] = load_dock_keys()
    app["docks"] = dock_controller
    app.router.add_post("/docks/{dock_id}/hatch", open_hatch)
    app.router.add_get("/healthz", healthz)
    return app
