"""Archives the end-of-voyage invoices for group bookings (incentive travel, charters).

Invoices are read afterwards by the accounting sync service, which runs in
the same service group as this job.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)


class InvoiceArchive:
    root = Path(os.environ.get("INVOICE_ARCHIVE_ROOT", "/var/lib/cruise/invoices"))
    dir_mode = 0o750
    file_mode = 0o640

    def __init__(self, renderer):
        self._renderer = renderer

    def group_dir(self, sailing_code: str, group_id: int) -> Path:
        path = self.root / sailing_code / f"group_{int(group_id)}"
        path.mkdir(parents=True, exist_ok=True)
        os.chmod(path, self.dir_mode)
        return path

    def archive(self, sailing_code: str, group_id: int, invoices) -> list[Path]:
        target = self.group_dir(sailing_code, group_id)
        written = []
        for invoice in invoices:
            out = target / f"invoice_{invoice.number}.pdf"
            out.write_bytes(self._renderer.render(invoice))
            os.chmod(out, self.file_mode)
            written.append(out)
        log.info("archived %d invoices for group %s on %s", len(written), group_id, sailing_code)
        return written
