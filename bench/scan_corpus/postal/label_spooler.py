"""Label spooler for parcel acceptance desks in sorting centres.

Acceptance desks send the generated label PDF together with the printer
queue configured for the desk; the spooler hands it to CUPS.
"""
import asyncio
import logging
import os
import tempfile
from pathlib import Path

from aiohttp import web

log = logging.getLogger(__name__)

SPOOL_DIR = Path(os.environ.get("LABEL_SPOOL_DIR", "/var/spool/postal-labels"))
KNOWN_PRINTERS = frozenset(p for p in os.environ.get("LABEL_PRINTERS", "").split(",") if p)
MEDIA = "Custom.100x150mm"


async def spool_label(printer: str, pdf_path: Path, copies: int = 1) -> str:
    proc = await asyncio.create_subprocess_exec(
        "lp", "-d", printer, "-n", str(copies), "-o", f"media={MEDIA}", "--", str(pdf_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(err.decode(errors="replace").strip())
    return out.decode().strip()


async def print_label(request: web.Request) -> web.Response:
    form = await request.post()
    upload = form.get("label")
    printer = form.get("printer", "")
    if upload is None or printer not in KNOWN_PRINTERS:
        raise web.HTTPBadRequest(text="label and a configured printer are required")
    try:
        copies = max(1, min(int(form.get("copies", "1")), 5))
    except ValueError:
        raise web.HTTPBadRequest(text="copies must be a number")
    fd, tmp_name = tempfile.mkstemp(suffix=".pdf", dir=SPOOL_DIR)
    with os.fdopen(fd, "wb") as fh:
        fh.write(upload.file.read())
    try:
        job = await spool_label(printer, Path(tmp_name), copies)
    finally:
        os.unlink(tmp_name)
    log.info("queued label on %s: %s", printer, job)
    return web.json_response({"job": job})


def create_app() -> web.Application:
    app = web.Application(client_max_size=2 * 1024 * 1024)
    app.add_routes([web.post("/labels/print", print_label)])
    return app
