"""Leather swatch images for the bespoke saddle configurator.

Owners choosing a bespoke saddle pick the leather colour and finish
(havana, black, oak bark, conker) and see a swatch photo. The swatch
folder is indexed at start-up and requests name a swatch by its code.
"""
from pathlib import Path

from aiohttp import web

SWATCH_DIR = Path("/srv/saddler/static/swatches")
SWATCH_SUFFIXES = {".jpg", ".png", ".webp"}


def build_index(folder: Path) -> dict[str, Path]:
    index = {}
    for entry in folder.iterdir():
        if entry.is_file() and entry.suffix.lower() in SWATCH_SUFFIXES:
            index[entry.stem.lower()] = entry
    return index


async def list_swatches(request: web.Request) -> web.Response:
    index: dict[str, Path] = request.app["swatches"]
    return web.json_response(sorted(index))


async def swatch_image(request: web.Request) -> web.StreamResponse:
    code = request.match_info["code"].lower()
    path = request.app["swatches"].get(code)
    if path is None:
        raise web.HTTPNotFound(text=f"no swatch called {code}")
    return web.FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})


def create_app(folder: Path = SWATCH_DIR) -> web.Application:
    app = web.Application()
    app["swatches"] = build_index(folder)
    app.router.add_get("/swatches", list_swatches)
    app.router.add_get("/swatches/{code}", swatch_image)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8085)
