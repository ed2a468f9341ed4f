"""Renders ZPL reel labels and hands them to the wrapping-line label printers."""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass


@dataclass
class ReelLabel:
    reel_id: str
    grade: str
    basis_weight_gsm: int
    width_mm: int
    weight_kg: int
    customer: str

    def to_zpl(self) -> str:
        return (
            "^XA^CF0,40"
            f"^FO40,40^FDReel {self.reel_id}^FS"
            f"^FO40,100^FD{self.grade} {self.basis_weight_gsm} g/m2^FS"
            f"^FO40,160^FDWidth {self.width_mm} mm  Weight {self.weight_kg} kg^FS"
            f"^FO40,220^FD{self.customer}^FS"
            f"^FO40,300^BCN,120,Y,N,N^FD{self.reel_id}^FS^XZ"
        )


class LabelSpooler:
    SPOOL_PREFIX = "reel-"
    SPOOL_SUFFIX = ".zpl"

    def __init__(self, printer_queue: str, spool_dir: str | None = None) -> None:
        self.printer_queue = printer_queue
        self.spool_dir = spool_dir or tempfile.gettempdir()

    def _spool(self, label: ReelLabel) -> str:
        fd, path = tempfile.mkstemp(prefix=self.SPOOL_PREFIX, suffix=self.SPOOL_SUFFIX,
                                    dir=self.spool_dir)
        with os.fdopen(fd, "w", encoding="ascii", errors="replace") as fh:
            fh.write(label.to_zpl())
        return path

    def print_label(self, label: ReelLabel) -> None:
        path = self._spool(label)
        try:
            subprocess.run(["lp", "-d", self.printer_queue, "-o", "raw", path],
                           check=True, timeout=30)
        finally:
            os.unlink(path)
