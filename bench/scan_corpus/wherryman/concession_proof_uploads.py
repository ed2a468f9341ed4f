"""Uploads of concession proof for discounted fares.

Passengers claiming a student, senior or carer fare upload a photo of
their card against the booking; the ticket office checks it before
the sailing.
"""
import os

import aiofiles
from aiohttp import web

from wherryman.bookings import attach_concession_proof
from wherryman.settings import settings

routes = web.RouteTableDef()

UPLOAD_ROOT = settings.CONCESSION_UPLOAD_DIR
MAX_BYTES = 8 * 1024 * 1024


@routes.post("/bookings/{booking_ref:[A-Z0-9]{8}}/concession-proof")
async def upload_concession_proof(request: web.Request) -> web.Response:
    booking_ref = request.match_info["booking_ref"]
    reader = await request.multipart()
    field = await reader.next()
    if field is None or field.name != "document" or not field.filename:
        raise web.HTTPBadRequest(text="expected a document field")
    folder = os.path.join(UPLOAD_ROOT, booking_ref)
    os.makedirs(folder, exist_ok=True)
    destination = os.path.join(folder, field.filename)
    written = 0
    async with aiofiles.open(destination, "wb") as fh:
        while True:
            chunk = await field.read_chunk()
            if not chunk:
                break
            written += len(chunk)
            if written > MAX_BYTES:
                raise web.HTTPRequestEntityTooLarge(max_size=MAX_BYTES, actual_size=written)
            await fh.write(chunk)
    await attach_concession_proof(booking_ref, field.filename, written)
    return web.json_response({"stored": field.filename, "bytes": written}, status=201)


def setup(app: web.Application) -> None:
    app.add_routes(routes)
