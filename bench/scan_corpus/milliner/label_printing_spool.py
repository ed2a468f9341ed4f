"""Prints hat-box and hatband size labels on the workshop Zebra printer."""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass


@dataclass
class BoxLabel:
    order_ref: str
    customer: str
    style: str
    head_size_cm: float
    colour: str


class ZplRenderer:
    template = (
        "^XA^CF0,40^FO40,40^FD{order_ref}^FS"
        "^CF0,30^FO40,100^FD{customer}^FS"
        "^FO40,150^FD{style} / {colour}^FS"
        "^FO40,200^FDSize {head_size_cm:.1f} cm^FS^XZ"
    )

    @classmethod
    def render(cls, label: BoxLabel) -> str:
        return cls.template.format(**label.__dict__)


class LabelSpooler:
    printer = os.environ.get("LABEL_PRINTER", "workshop-zebra")
    spool_opts = {"suffix": ".zpl", "prefix": "boxlabel-", "delete": False, "mode": "w"}

    def spool(self, labels: list[BoxLabel]) -> str:
        with tempfile.NamedTemporaryFile(**self.spool_opts) as fh:
            for label in labels:
                fh.write(ZplRenderer.render(label))
            return fh.name

    def print_batch(self, labels: list[BoxLabel]) -> None:
        path = self.spool(labels)
        try:
            subprocess.run(["lp", "-d", self.printer, "-o", "raw", path], check=True, timeout=30)
        finally:
            os.unlink(path)
