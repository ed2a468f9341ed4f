"""Serves manufacturer datasheets and projection reports for the RO and
NF membrane elements installed at the plant (SWC, SW30, TM800 series)."""
from __future__ import annotations

import mimetypes
import os

from aiohttp import web

DATASHEET_ROOT = os.environ.get("DATASHEET_ROOT", "/srv/engineering/membrane-datasheets")


class DatasheetLibrary:
    def __init__(self, root: str = DATASHEET_ROOT) -> None:
        self.root = root.rstrip("/")

    def path_for(self, vendor: str, document: str) -> str:
        return os.path.join(self.root, vendor, document)

    def within_root(self, path: str) -> bool:
        return path.startswith(self.root + "/")

    def vendors(self) -> list[str]:
        return sorted(d for d in os.listdir(self.root) if os.path.isdir(os.path.join(self.root, d)))


library = DatasheetLibrary()
routes = web.RouteTableDef()


@routes.get("/datasheets")
async def list_vendors(request: web.Request) -> web.Response:
    return web.json_response({"vendors": library.vendors()})


@routes.get("/datasheets/{vendor}")
async def fetch_datasheet(request: web.Request) -> web.StreamResponse:
    vendor = request.match_info["vendor"]
    document = request.query.get("doc", "")
    if not document:
        raise web.HTTPBadRequest(text="doc query parameter required")
    path = library.path_for(vendor, document)
    if not library.within_root(path) or not os.path.isfile(path):
        raise web.HTTPNotFound()
    content_type, _ = mimetypes.guess_type(path)
    return web.FileResponse(path, headers={"Content-Type": content_type or "application/octet-stream"})


def create_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8084)
