"""Download endpoint for generated invoice PDFs (aiohttp back-office service).

The invoicing worker writes PDFs to ``<export_dir>/<hotel>/<file>``; the
back-office UI links to ``/invoices/<hotel>?file=INV-2024-00123.pdf``.
"""
import os
from pathlib import Path

from aiohttp import web

from .auth import require_staff


class InvoiceFiles:
    def __init__(self, export_dir: str | os.PathLike):
        self.export_dir = Path(export_dir)

    @require_staff
    async def download(self, request: web.Request) -> web.StreamResponse:
        hotel = request.match_info["hotel"]
        if hotel not in request["staff"].hotels:
            raise web.HTTPForbidden()
        name = request.query.get("file")
        if not name or not name.lower().endswith(".pdf"):
            raise web.HTTPBadRequest(text="file must be a PDF")
        path = self.export_dir / hotel / name
        if not path.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(
            path,
            headers={"Content-Disposition": f'attachment; filename="{path.name}"'},
        )

    @require_staff
    async def listing(self, request: web.Request) -> web.Response:
        hotel = request.match_info["hotel"]
        if hotel not in request["staff"].hotels:
            raise web.HTTPForbidden()
        folder = self.export_dir / hotel
        files = sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []
        return web.json_response({"hotel": hotel, "files": files})


def setup(app: web.Application) -> None:
    files = InvoiceFiles(app["config"]["invoice_export_dir"])
    app.router.add_get("/invoices/{hotel}", files.download)
    app.router.add_get("/invoices/{hotel}/index", files.listing)
