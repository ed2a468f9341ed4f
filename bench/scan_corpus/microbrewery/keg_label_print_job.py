"""Prints keg collar labels (beer, batch, best-before) on the cellar's label printer."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

LABEL_PRINTER = os.environ.get("KEG_LABEL_PRINTER", "cellar-zebra")
LP_BINARY = shutil.which("lp") or "/usr/bin/lp"


@dataclass
class KegLabel:
    beer_name: str
    batch_code: str
    keg_serial: str
    abv: float
    filled_on: date
    shelf_life_days: int = 90

    @property
    def best_before(self) -> date:
        return self.filled_on + timedelta(days=self.shelf_life_days)

    def to_zpl(self) -> str:
        safe_name = self.beer_name.replace("^", "").replace("~", "")[:28]
        return (
            "^XA"
            f"^FO30,30^A0N,50,50^FD{safe_name}^FS"
            f"^FO30,100^A0N,30,30^FDBatch {self.batch_code}  {self.abv:.1f}% ABV^FS"
            f"^FO30,150^A0N,30,30^FDKeg {self.keg_serial}^FS"
            f"^FO30,200^A0N,30,30^FDBest before {self.best_before:%d/%m/%Y}^FS"
            "^XZ"
        )


def print_labels(labels: list[KegLabel], copies: int = 1, printer: str = LABEL_PRINTER) -> None:
    with tempfile.TemporaryDirectory(prefix="keglabels-") as tmp:
        job = Path(tmp) / "labels.zpl"
        job.write_text("".join(l.to_zpl() for l in labels), encoding="ascii", errors="replace")
        title = f"kegs {labels[0].batch_code}" if labels else "kegs"
        subprocess.run(
            [LP_BINARY, "-d", printer, "-n", str(copies), "-t", title, "-o", "raw", str(job)],
            check=True,
            timeout=60,
        )


if __name__ == "__main__":
    import sys

    batch, beer = sys.argv[1], sys.argv[2]
    serials = sys.argv[3:]
    print_labels([KegLabel(beer, batch, s, 4.2, date.today()) for s in serials])
