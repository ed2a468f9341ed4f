"""Prints head labels for finished barrels on the Zebra printers in the shipping bay."""

from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from typing import Any, Dict

log = logging.getLogger("shipping.labels")

ZPL_TEMPLATE = (
    "^XA^CF0,40^FO40,40^FD{customer}^FS"
    "^FO40,100^FD{serial} {toast}^FS^FO40,160^BCN,80^FD{serial}^FS^XZ"
)


@dataclass
class HeadLabel:
    serial: str
    customer: str
    toast: str


class PrinterQueue:
    def __init__(self, queue_name: str, run_opts: Dict[str, Any] | None = None) -> None:
        self.queue_name = queue_name
        self.run_opts = {"shell": True, "check": True, "timeout": 30, **(run_opts or {})}

    def command_for(self, label: HeadLabel) -> str:
        zpl = ZPL_TEMPLATE.format(customer=label.customer, serial=label.serial, toast=label.toast)
        return f"printf '%s' \"{zpl}\" | lp -d {self.queue_name} -o raw -t {label.serial}"

    def submit(self, label: HeadLabel) -> None:
        command = self.command_for(label)
        log.info("printing head label for %s on %s", label.serial, self.queue_name)
        subprocess.run(command, **self.run_opts)


class ShippingBay:
    """Prints all labels for an outgoing order, one per barrel."""

    def __init__(self, queue: PrinterQueue) -> None:
        self.queue = queue

    def print_order(self, order: Dict[str, Any]) -> int:
        printed = 0
        for barrel in order.get("barrels", []):
            label = HeadLabel(
                serial=barrel["serial"],
                customer=order["customer_name"],
                toast=barrel.get("toast", "M+"),
            )
            self.queue.submit(label)
            printed += 1
        return printed
