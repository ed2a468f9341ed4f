"""Label printing service for post office counter terminals.

Counter terminals post the generated label PDF here together with the name
of the thermal printer attached to that desk; the service spools it through
CUPS on the branch server.
"""
import asyncio
import logging
import os
import tempfile
from pathlib import Path

from aiohttp import web

log = logging.getLogger(__name__)

SPOOL_DIR = Path(os.environ.get("LABEL_SPOOL_DIR", "/var/spool/postal-labels"))
MEDIA = "Custom.100x150mm"
MAX_LABEL_BYTES = 2 * 1024 * 1024


async def spool_label(printer: str, pdf_path: Path, copies: int = 1) -> str:
    cmd = f"lp -d {printer} -n {copies} -o media={MEDIA} {pdf_path}"
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(err.decode(errors="replace").strip())
    return out.decode().strip()


async def print_label(request: web.Request) -> web.Response:
    form = await request.post()
    upload = form.get("label")
    printer = form.get("printer", "")
    copies = int(form.get("copies", "1"))
    if upload is None or not printer:
        raise web.HTTPBadRequest(text="label and printer are required")
    data = upload.file.read(MAX_LABEL_BYTES + 1)
    if len(data) > MAX_LABEL_BYTES or not data.startswith(b"%PDF"):
        raise web.HTTPBadRequest(text="label must be a PDF under 2 MiB")
    fd, tmp_name = tempfile.mkstemp(suffix=".pdf", dir=SPOOL_DIR)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    try:
        job = await spool_label(printer, Path(tmp_name), max(1, min(copies, 5)))
    except RuntimeError as exc:
        log.warning("printing failed on %s: %s", printer, exc)
        raise web.HTTPBadGateway(text="printer unavailable")
    log.info("queued label on %s: %s", printer, job)
    return web.json_response({"job": job})


def create_app() -> web.Application:
    app = web.Application()
    app.add_routes([web.post("/labels/print", print_label)])
    return app
