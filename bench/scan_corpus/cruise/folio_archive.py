"""Archives closed guest folios as PDFs at the end of each sailing.

The archive directory is also read by the accounting sync job, which runs
under its own service account on the ship's server.
"""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)


class FolioArchive:
    root = Path(os.environ.get("FOLIO_ARCHIVE_ROOT", "/var/lib/cruise/folios"))
    dir_mode = 0o777

    def __init__(self, renderer):
        self._renderer = renderer

    def sailing_dir(self, sailing_code: str, departs_on: date) -> Path:
        path = self.root / f"{departs_on:%Y}" / f"{sailing_code}_{departs_on:%Y%m%d}"
        path.mkdir(parents=True, exist_ok=True)
        os.chmod(path, self.dir_mode)
        return path

    def archive_sailing(self, sailing, folios) -> int:
        target = self.sailing_dir(sailing.code, sailing.departs_on)
        written = 0
        for folio in folios:
            pdf_bytes = self._renderer.render(folio)
            (target / f"folio_{folio.folio_id}.pdf").write_bytes(pdf_bytes)
            written += 1
        log.info("archived %d folios for sailing %s", written, sailing.code)
        return written
