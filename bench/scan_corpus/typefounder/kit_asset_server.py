"""aiohttp handler serving self-hosting bundles for webfont kits."""

import os

from aiohttp import web

from typefounder.config import settings
from typefounder.kits import KitRepository

BUNDLE_ROOT = os.path.realpath(settings.kit_bundle_root)

routes = web.RouteTableDef()


def resolve_bundle_file(kit_public_id: str, relative: str) -> str | None:
    kit_dir = os.path.realpath(os.path.join(BUNDLE_ROOT, kit_public_id))
    if os.path.commonpath([BUNDLE_ROOT, kit_dir]) != BUNDLE_ROOT:
        return None
    candidate = os.path.realpath(os.path.join(kit_dir, relative))
    if os.path.commonpath([kit_dir, candidate]) != kit_dir:
        return None
    return candidate if os.path.isfile(candidate) else None


@routes.get("/self-hosting/{kit_id}/{relative:.+}")
async def bundle_file(request: web.Request) -> web.StreamResponse:
    kits: KitRepository = request.app["kits"]
    customer = request["customer"]
    kit = await kits.get_for_customer(request.match_info["kit_id"], customer.id)
    if kit is None or not kit.self_hosting_allowed:
        raise web.HTTPNotFound()
    path = resolve_bundle_file(kit.public_id, request.match_info["relative"])
    if path is None:
        raise web.HTTPNotFound()
    return web.FileResponse(path, headers={"Cache-Control": "private, max-age=300"})


def setup(app: web.Application) -> None:
    app.add_routes(routes)
