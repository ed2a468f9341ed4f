"""Sends packing slips and gift messages to the workshop's dispatch printers."""

import asyncio
import logging
from pathlib import Path

from toyshop.config import settings
from toyshop.orders import Order

logger = logging.getLogger(__name__)

PRINTERS = {
    "slip": "Brother_HL_L2350DW",
    "gift": "Zebra_GK420d",
}


class PrintJob:
    def __init__(self, order: Order, document: Path, kind: str = "slip"):
        self.order = order
        self.document = document
        self.printer = PRINTERS[kind]

    def title(self) -> str:
        return f"{self.order.reference} {self.order.customer_name}"

    def command(self) -> str:
        copies = 2 if self.order.is_wholesale else 1
        return f"lp -d {self.printer} -n {copies} -t \"{self.title()}\" {self.document}"


async def submit(job: PrintJob) -> str:
    process = await asyncio.create_subprocess_shell(
        job.command(),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=settings.print_timeout)
    if process.returncode != 0:
        raise RuntimeError(f"print failed for {job.order.reference}: {stderr.decode().strip()}")
    request_id = stdout.decode().strip()
    logger.info("queued %s on %s", job.order.reference, job.printer)
    return request_id


async def print_dispatch_documents(order: Order, slip: Path, gift_note: Path | None = None) -> list[str]:
    jobs = [PrintJob(order, slip, "slip")]
    if gift_note is not None:
        jobs.append(PrintJob(order, gift_note, "gift"))
    return list(await asyncio.gather(*(submit(job) for job in jobs)))
