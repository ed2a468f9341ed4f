"""Static route map tiles for the journey planner.

The journey planner on the website draws the river and our piers from
pre-rendered map tiles. Tiles are organised as `<zoom>/<x>/<y>.png` under
the tile root and requested by the planner's map widget.
"""
import os
from pathlib import Path

from aiohttp import web

TILE_ROOT = Path(os.environ.get("ROUTE_TILE_ROOT", "/srv/ferryman/map-tiles")).resolve()
CACHE_SECONDS = 7 * 24 * 3600


def resolve_tile(relative: str, root: Path = TILE_ROOT) -> Path | None:
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        return None
    if candidate.suffix != ".png" or not candidate.is_file():
        return None
    return candidate


async def tile(request: web.Request) -> web.StreamResponse:
    path = resolve_tile(request.match_info["tile_path"])
    if path is None:
        raise web.HTTPNotFound()
    response = web.FileResponse(path)
    response.headers["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    return response


async def tile_index(request: web.Request) -> web.Response:
    zooms = sorted(int(p.name) for p in TILE_ROOT.iterdir() if p.is_dir() and p.name.isdigit())
    return web.json_response({"zoom_levels": zooms, "tile_url": "/tiles/{z}/{x}/{y}.png"})


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/tiles/index.json", tile_index)
    app.router.add_get("/tiles/{tile_path:.+}", tile)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=int(os.environ.get("PORT", "8081")))
