"""Print cryovial labels on the Zebra printers next to each freezer bank.

Technicians trigger a reprint from the inventory UI; the request carries the
barcode and the printer queue for the bank they are standing at.
"""
import asyncio
import logging
import os
import tempfile

from aiohttp import web

log = logging.getLogger(__name__)
LABEL_TEMPLATE = os.environ.get("LABEL_TEMPLATE", "/etc/biobank/labels/cryovial.zpl")


async def _render_and_print(barcode: str, queue: str) -> int:
    with tempfile.TemporaryDirectory() as workdir:
        out = os.path.join(workdir, "label.zpl")
        cmd = (
            f"sed 's/{{BARCODE}}/{barcode}/g' {LABEL_TEMPLATE} > {out} "
            f"&& lp -d {queue} -o raw {out}"
        )
        proc = await asyncio.create_subprocess_shell(
            cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        _, err = await proc.communicate()
        if proc.returncode:
            log.warning("label print failed: %s", err.decode(errors="replace"))
        return proc.returncode


async def reprint(request: web.Request) -> web.Response:
    body = await request.json()
    rc = await _render_and_print(body["barcode"], body.get("queue", "freezer-bank-a"))
    if rc:
        return web.json_response({"status": "failed"}, status=502)
    return web.json_response({"status": "queued"})


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_post("/labels/reprint", reprint)
    return app
