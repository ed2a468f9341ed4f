"""Serve the font binaries referenced by a webfont kit's stylesheet."""

import mimetypes
from uuid import UUID

import aiofiles
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import Response

from typefounder.config import settings
from typefounder.kits import KitCache, record_pageview

app = FastAPI()
kit_cache = KitCache(settings.redis_url)

mimetypes.add_type("font/woff2", ".woff2")
mimetypes.add_type("font/woff", ".woff")

CACHE_HEADER = "public, max-age=31536000, immutable"


def _asset_location(kit_id: UUID, asset_name: str) -> str:
    return f"{settings.kit_asset_root}/{kit_id}/{asset_name}"


@app.get("/kits/{kit_id}/assets/{asset_name:path}")
async def kit_asset(kit_id: UUID, asset_name: str, request: Request):
    kit = await kit_cache.get(str(kit_id))
    if kit is None or not kit.active:
        raise HTTPException(status_code=404)
    location = _asset_location(kit_id, asset_name)
    try:
        async with aiofiles.open(location, "rb") as fh:
            body = await fh.read()
    except (FileNotFoundError, IsADirectoryError):
        raise HTTPException(status_code=404)
    await record_pageview(kit.id, request.headers.get("referer"))
    media_type = mimetypes.guess_type(asset_name)[0] or "application/octet-stream"
    return Response(content=body, media_type=media_type, headers={"Cache-Control": CACHE_HEADER})
