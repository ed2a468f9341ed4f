"""Merges per-farm payment statements into one print batch per depot.

Members without e-mail get a printed statement; the print room
receives a single merged PDF per depot each month.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter


@dataclass
class PrintBatch:
    depot: str
    period: str
    statements: list[Path]

    @property
    def output_name(self) -> str:
        return f"statements-{self.depot}-{self.period}.pdf"


class BatchMerger:
    def __init__(self, outbox: Path) -> None:
        self.outbox = outbox

    def _merge_into(self, handle, sources: list[Path]) -> int:
        writer = PdfWriter()
        pages = 0
        for source in sources:
            for page in PdfReader(source).pages:
                writer.add_page(page)
                pages += 1
        writer.write(handle)
        return pages

    def build(self, batch: PrintBatch) -> tuple[Path, int]:
        self.outbox.mkdir(parents=True, exist_ok=True)
        fd, scratch = tempfile.mkstemp(prefix=f"{batch.depot}-", suffix=".pdf", dir=self.outbox)
        try:
            with os.fdopen(fd, "wb") as handle:
                pages = self._merge_into(handle, batch.statements)
            final = self.outbox / batch.output_name
            shutil.move(scratch, final)
        except BaseException:
            Path(scratch).unlink(missing_ok=True)
            raise
        return final, pages


def batches_for(root: Path, period: str) -> list[PrintBatch]:
    out = []
    for depot_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        files = sorted(depot_dir.glob(f"*-{period}.pdf"))
        if files:
            out.append(PrintBatch(depot_dir.name, period, files))
    return out
