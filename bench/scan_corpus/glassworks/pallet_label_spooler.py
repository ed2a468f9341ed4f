"""Send pallet labels to the warehouse label printers.

The packing-end terminals post the rendered label PDF location plus the
printer queue and number of copies.  Printing goes through CUPS.
"""
from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

log = logging.getLogger("glassworks.shipping.labels")

LABEL_DIR = Path(os.environ.get("LABEL_SPOOL_DIR", "/var/spool/glassworks/labels"))


@dataclass
class PrintJob:
    printer: str
    label_id: str
    copies: int = 1
    media: str = "100x150mm"

    @property
    def label_path(self) -> Path:
        return LABEL_DIR / f"{int(self.label_id)}.pdf"


def _lp_command(job: PrintJob) -> str:
    return (
        f"lp -d {job.printer} -n {job.copies} "
        f"-o media={job.media} -o fit-to-page {job.label_path}"
    )


async def submit(job: PrintJob) -> str:
    proc = await asyncio.create_subprocess_shell(
        _lp_command(job),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(err.decode(errors="replace").strip())
    return out.decode().strip()


async def print_label(request: web.Request) -> web.Response:
    data = await request.json()
    job = PrintJob(
        printer=data["printer"],
        label_id=str(data["label_id"]),
        copies=max(1, min(int(data.get("copies", 1)), 10)),
    )
    if not job.label_path.exists():
        raise web.HTTPNotFound(text="label not rendered yet")
    request_id = await submit(job)
    log.info("label %s sent to %s (%s)", job.label_id, job.printer, request_id)
    return web.json_response({"queued": request_id})


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_post("/labels/print", print_label)
    return app
