"""Prints bag labels for new substrate batches on the thermal printer in the prep room."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import date


@dataclass
class SubstrateBatch:
    code: str
    strain: str
    recipe: str
    inoculated_on: date
    bags: int


class PrinterSettings:
    queue = os.environ.get("PREP_ROOM_PRINTER", "zebra_prep")
    template = "/opt/farm/labels/substrate.zpl.tmpl"
    copies_flag = "-n"


def _label_title(batch: SubstrateBatch) -> str:
    return f"{batch.strain} / {batch.recipe} / {batch.inoculated_on:%d %b}"


def _print_command(batch: SubstrateBatch, settings: type[PrinterSettings]) -> str:
    return (
        f"sed -e 's|@CODE@|{batch.code}|' -e 's|@TITLE@|{_label_title(batch)}|' "
        f"{settings.template} | lp -d {settings.queue} {settings.copies_flag} {batch.bags}"
    )


class LabelPrinter:
    def __init__(self, settings: type[PrinterSettings] = PrinterSettings) -> None:
        self.settings = settings

    def print_batch(self, batch: SubstrateBatch) -> int:
        command = _print_command(batch, self.settings)
        result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=30)
        if result.returncode != 0:
            raise RuntimeError(f"lp failed for {batch.code}: {result.stderr.strip()}")
        return batch.bags


def handle_batch_created(payload: dict) -> int:
    batch = SubstrateBatch(
        code=payload["code"],
        strain=payload["strain"],
        recipe=payload["recipe"],
        inoculated_on=date.fromisoformat(payload["inoculated_on"]),
        bags=int(payload["bags"]),
    )
    return LabelPrinter().print_batch(batch)
