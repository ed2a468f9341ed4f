"""Guest-facing download of stay invoices from the guest portal (aiohttp).

The link in the check-out e-mail looks like
``/stay/{reservation}/invoice?file=INV-2024-00123.pdf``.
"""
from pathlib import Path

from aiohttp import web

from .portal_auth import guest_for_request

INVOICE_ROOT = Path("/srv/pms/invoices").resolve()


def invoice_path(reservation_id: str, filename: str) -> Path:
    base = (INVOICE_ROOT / reservation_id).resolve()
    candidate = (base / filename).resolve()
    if not base.is_relative_to(INVOICE_ROOT) or not candidate.is_relative_to(base):
        raise web.HTTPNotFound()
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        raise web.HTTPNotFound()
    return candidate


async def download_invoice(request: web.Request) -> web.FileResponse:
    reservation_id = request.match_info["reservation"]
    guest = await guest_for_request(request)
    if guest is None or reservation_id not in guest.reservation_ids:
        raise web.HTTPForbidden()
    path = invoice_path(reservation_id, request.query.get("file", ""))
    return web.FileResponse(path, headers={"Content-Disposition": f'attachment; filename="{path.name}"'})


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/stay/{reservation}/invoice", download_invoice)
