"""aiohttp handlers serving tower photographs for the registry pages.

Photos of bells, frames and ringing chambers are kept per tower under the
media root and served with long cache headers.
"""
import mimetypes
import os
import re

import aiofiles
from aiohttp import web

from bellringer.settings import settings

routes = web.RouteTableDef()

PHOTO_ROOT = os.path.join(settings.MEDIA_ROOT, "tower-photos")
CACHE_SECONDS = 7 * 24 * 3600
DOVE_ID = re.compile(r"[A-Za-z0-9]{3,12}")


def _tower_dir(dove_id: str) -> str:
    if not DOVE_ID.fullmatch(dove_id):
        raise web.HTTPNotFound()
    return os.path.join(PHOTO_ROOT, dove_id.upper())


@routes.get("/towers/{dove_id}/photos")
async def list_photos(request: web.Request) -> web.Response:
    folder = _tower_dir(request.match_info["dove_id"])
    if not os.path.isdir(folder):
        return web.json_response([])
    names = sorted(n for n in os.listdir(folder) if not n.startswith("."))
    return web.json_response(names)


@routes.get("/towers/{dove_id}/photo")
async def get_photo(request: web.Request) -> web.Response:
    name = request.query.get("name", "")
    path = os.path.join(_tower_dir(request.match_info["dove_id"]), name)
    if not name or not os.path.isfile(path):
        raise web.HTTPNotFound()
    async with aiofiles.open(path, "rb") as handle:
        body = await handle.read()
    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return web.Response(
        body=body,
        content_type=content_type,
        headers={"Cache-Control": f"public, max-age={CACHE_SECONDS}"},
    )


def setup(app: web.Application) -> None:
    app.add_routes(routes)
