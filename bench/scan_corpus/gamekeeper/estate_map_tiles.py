"""Tile server for the estate's drive maps.

The beaters' app shows pre-rendered map tiles of each beat with the drive
lines, flushing points and peg positions. Tiles are organised by layer name
(passed as a query parameter) and standard z/x/y tile coordinates.
"""
import aiofiles
from aiohttp import web

from gamekeeper.config import settings

TILE_ROOT = settings.MAP_TILE_ROOT
CACHE_SECONDS = 86400

routes = web.RouteTableDef()


def tile_location(layer: str, z: int, x: int, y: int) -> str:
    return f"{TILE_ROOT}/{layer}/{z}/{x}/{y}.png"


async def read_tile(path: str) -> bytes:
    async with aiofiles.open(path, "rb") as handle:
        return await handle.read()


@routes.get("/tiles/{z:\\d+}/{x:\\d+}/{y:\\d+}.png")
async def get_tile(request: web.Request) -> web.Response:
    info = request.match_info
    layer = request.query.get("layer", settings.DEFAULT_MAP_LAYER)
    path = tile_location(layer, int(info["z"]), int(info["x"]), int(info["y"]))
    try:
        data = await read_tile(path)
    except FileNotFoundError:
        raise web.HTTPNotFound()
    return web.Response(
        body=data,
        content_type="image/png",
        headers={"Cache-Control": f"public, max-age={CACHE_SECONDS}"},
    )


@routes.get("/tiles/layers")
async def list_layers(request: web.Request) -> web.Response:
    return web.json_response(settings.MAP_LAYERS)


def create_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=settings.TILE_PORT)
