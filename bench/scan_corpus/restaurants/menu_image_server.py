"""Serves menu item photos to kiosks and the ordering site (aiohttp)."""
from __future__ import annotations

import os
from pathlib import Path

from aiohttp import web

MEDIA_ROOT = Path(os.environ.get("MENU_MEDIA_ROOT", "/srv/menu-media")).resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def _resolve_image(brand: str, filename: str) -> Path:
    candidate = (MEDIA_ROOT / brand / filename).resolve()
    if not candidate.is_relative_to(MEDIA_ROOT):
        raise web.HTTPNotFound()
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        raise web.HTTPNotFound()
    return candidate


async def menu_image(request: web.Request) -> web.StreamResponse:
    brand = request.match_info["brand"]
    filename = request.query.get("file", "")
    path = _resolve_image(brand, filename)
    return web.FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/menu-images/{brand}", menu_image)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=int(os.environ.get("PORT", "8080")))
