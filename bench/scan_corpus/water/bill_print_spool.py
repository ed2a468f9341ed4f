"""Stage rendered bill PDFs for the print vendor's pickup agent.

The vendor agent runs under its own service account on the same host and
sweeps the spool directory every 15 minutes.
"""
import os
import shutil
from datetime import date
from pathlib import Path

SPOOL_ROOT = Path(os.environ.get("BILL_SPOOL_ROOT", "/var/spool/bills"))
SPOOL_MODE = 0o777
MANIFEST_NAME = "manifest.txt"


class PrintSpool:
    def __init__(self, cycle: date, root: Path = SPOOL_ROOT):
        self.cycle_dir = root / cycle.strftime("%Y%m%d")
        self._count = 0

    def prepare(self) -> Path:
        self.cycle_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.cycle_dir, SPOOL_MODE)
        return self.cycle_dir

    def add(self, pdf_path: Path, account_number: int) -> Path:
        target = self.cycle_dir / f"{int(account_number):010d}.pdf"
        shutil.copyfile(pdf_path, target)
        self._count += 1
        return target

    def close(self) -> Path:
        manifest = self.cycle_dir / MANIFEST_NAME
        manifest.write_text(f"cycle={self.cycle_dir.name}\ncount={self._count}\n")
        return manifest
