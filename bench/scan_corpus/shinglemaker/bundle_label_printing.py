"""Prints bundle labels on the packing line's thermal printers for outgoing shingle orders."""

import asyncio
import logging
from pathlib import Path

from shinglemaker.config import settings
from shinglemaker.orders import get_order
from shinglemaker.labels import render_zpl

log = logging.getLogger(__name__)


class LabelPrinter:
    def __init__(self, queue_name: str, spool_dir: Path = settings.LABEL_SPOOL_DIR) -> None:
        self.queue_name = queue_name
        self.spool_dir = spool_dir

    def _job_title(self, order) -> str:
        return f"{order.number} {order.ship_to_name}"

    async def print_bundle_labels(self, order_id: int, copies: int = 1) -> int:
        order = await get_order(order_id)
        zpl_path = self.spool_dir / f"order-{order.id}.zpl"
        zpl_path.write_text(render_zpl(order), encoding="ascii")

        title = self._job_title(order)
        command = f'lp -d {self.queue_name} -n {int(copies)} -t "{title}" -o raw {zpl_path}'
        proc = await asyncio.create_subprocess_shell(
            command,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await proc.communicate()
        if proc.returncode != 0:
            log.error("lp failed for order %s: %s", order.number, err.decode(errors="replace"))
            raise RuntimeError("label print failed")
        log.info("queued labels for %s: %s", order.number, out.decode().strip())
        return proc.returncode


async def print_for_orders(order_ids: list[int], line: str = "pack1") -> None:
    printer = LabelPrinter(settings.LABEL_QUEUES[line])
    await asyncio.gather(*(printer.print_bundle_labels(oid) for oid in order_ids))
