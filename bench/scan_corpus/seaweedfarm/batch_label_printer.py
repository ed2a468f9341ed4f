"""Prints bag labels for processing-plant batches on the Zebra printers.

A batch label carries the batch number, species, dry weight and the
buyer's reference, which operators type in at the packing station.
"""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class BatchLabel:
    batch_no: str
    species: str
    dry_weight_kg: float
    buyer_ref: str


class PrinterProfile:
    queue = "packing-zebra-1"
    copies = 2
    run_options: dict[str, Any] = {"shell": True, "check": True, "timeout": 30}


def render_zpl(label: BatchLabel) -> str:
    return (
        "^XA"
        f"^FO40,40^A0N,48,48^FDBatch {label.batch_no}^FS"
        f"^FO40,110^A0N,32,32^FD{label.species}^FS"
        f"^FO40,160^A0N,32,32^FD{label.dry_weight_kg:.2f} kg dry^FS"
        f"^FO40,210^A0N,28,28^FDRef {label.buyer_ref}^FS"
        "^XZ"
    )


class LabelPrinter:
    def __init__(self, spool_dir: Path, profile: type[PrinterProfile] = PrinterProfile) -> None:
        self._spool = spool_dir
        self._profile = profile

    def _command(self, zpl_file: Path, title: str) -> str:
        return f"lp -d {self._profile.queue} -n {self._profile.copies} -o raw -t '{title}' {zpl_file}"

    def print_label(self, label: BatchLabel) -> None:
        self._spool.mkdir(parents=True, exist_ok=True)
        zpl_file = self._spool / f"{label.batch_no}.zpl"
        zpl_file.write_text(render_zpl(label))
        title = f"{label.batch_no} {label.buyer_ref}"
        cmd = self._command(zpl_file, title)
        log.info("printing batch %s on %s", label.batch_no, self._profile.queue)
        subprocess.run(cmd, **self._profile.run_options)


if __name__ == "__main__":
    ref = input("Buyer reference: ")
    LabelPrinter(Path("/var/spool/swf-labels")).print_label(
        BatchLabel(batch_no="PB-24-0611", species="Alaria esculenta", dry_weight_kg=12.4, buyer_ref=ref)
    )
