"""Serves product photography for the shop in the requested size.

Each product has a folder of pre-rendered sizes (thumb, card, zoom).
"""
from pathlib import Path

from aiohttp import web

from hornworker.settings import PRODUCT_IMAGE_ROOT

SIZES = {"thumb", "card", "zoom"}
IMAGE_ROOT = Path(PRODUCT_IMAGE_ROOT).resolve()


def locate(sku: str, size: str, name: str) -> Path | None:
    if size not in SIZES:
        return None
    candidate = (IMAGE_ROOT / sku / size / name).resolve()
    if not candidate.is_relative_to(IMAGE_ROOT):
        return None
    if not candidate.is_file():
        return None
    return candidate


async def product_image(request: web.Request) -> web.StreamResponse:
    path = locate(
        request.match_info["sku"],
        request.match_info["size"],
        request.match_info["name"],
    )
    if path is None:
        raise web.HTTPNotFound()
    return web.FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})


async def product_gallery(request: web.Request) -> web.Response:
    sku = request.match_info["sku"]
    folder = (IMAGE_ROOT / sku / "card").resolve()
    if not folder.is_relative_to(IMAGE_ROOT) or not folder.is_dir():
        raise web.HTTPNotFound()
    names = sorted(p.name for p in folder.glob("*.jpg"))
    return web.json_response({"sku": sku, "images": names})


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/images/{sku}/{size}/{name}", product_image)
    app.router.add_get("/images/{sku}", product_gallery)
