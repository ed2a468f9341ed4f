"""Writes and retrieves monthly customer toll statements in the PDF archive."""
from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from werkzeug.utils import secure_filename

ARCHIVE_ROOT = Path(os.environ.get("STATEMENT_ARCHIVE", "/srv/statements"))
ACCOUNT_RE = re.compile(r"\d{10}")


class StatementArchive:
    def __init__(self, root: Path = ARCHIVE_ROOT) -> None:
        self.root = root

    def _account_dir(self, account_no: str) -> Path:
        if not ACCOUNT_RE.fullmatch(account_no):
            raise ValueError("account number must be 10 digits")
        return self.root / account_no[:3] / account_no

    def path_for(self, account_no: str, period: date, label: str = "") -> Path:
        suffix = f"-{secure_filename(label)}" if label else ""
        name = f"statement-{period:%Y-%m}{suffix}.pdf"
        return self._account_dir(account_no) / name

    def store(self, account_no: str, period: date, pdf: bytes, label: str = "") -> Path:
        dest = self.path_for(account_no, period, label)
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_suffix(".pdf.tmp")
        tmp.write_bytes(pdf)
        tmp.replace(dest)
        return dest

    def fetch(self, account_no: str, year: int, month: int) -> bytes:
        return self.path_for(account_no, date(year, month, 1)).read_bytes()

    def periods(self, account_no: str) -> list[str]:
        folder = self._account_dir(account_no)
        if not folder.is_dir():
            return []
        return sorted(p.stem.removeprefix("statement-") for p in folder.glob("statement-*.pdf"))
