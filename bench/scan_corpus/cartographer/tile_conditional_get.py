"""Conditional GET handling for the public basemap tile endpoint."""
import hashlib
from typing import Optional

from starlette.requests import Request
from starlette.responses import Response

from cartographer.tiles.storage import TileStorage

storage = TileStorage()
CACHE_HEADERS = {"Cache-Control": "public, max-age=86400", "Vary": "Accept-Encoding"}


def _etag(payload: bytes) -> str:
    return '"%s"' % hashlib.sha1(payload).hexdigest()


def _client_etags(request: Request) -> list:
    header = request.headers.get("if-none-match", "")
    return [tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()]


def _not_modified(request: Request, current: str) -> bool:
    for tag in _client_etags(request):
        if tag == current or tag == "*":
            return True
    return False


async def basemap_tile(request: Request) -> Response:
    style = request.path_params["style"]
    z, x, y = (int(request.path_params[k]) for k in ("z", "x", "y"))
    payload: Optional[bytes] = await storage.read(style, z, x, y)
    if payload is None:
        return Response(status_code=204, headers=CACHE_HEADERS)
    etag = _etag(payload)
    headers = {**CACHE_HEADERS, "ETag": etag}
    if _not_modified(request, etag):
        return Response(status_code=304, headers=headers)
    return Response(payload, media_type="image/png", headers=headers)
