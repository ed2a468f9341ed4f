"""Import of bulk return-label bundles sent by retail partners.

Partners upload a .tar.gz with one PDF per return plus an index.csv; the
bundle is unpacked into a scratch directory and each label is registered.
"""
from __future__ import annotations

import csv
import logging
import tarfile
import tempfile
from pathlib import Path

from courier.returns import register_return_label

log = logging.getLogger(__name__)


def import_bundle(archive_path: Path, partner_id: int) -> int:
    with tempfile.TemporaryDirectory(prefix="returns-") as tmp:
        workdir = Path(tmp)
        with tarfile.open(archive_path, mode="r:gz") as tar:
            tar.extractall(workdir, filter="data")

        index = workdir / "index.csv"
        if not index.is_file():
            raise ValueError("bundle has no index.csv")

        count = 0
        with index.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                pdf = (workdir / row["file"]).resolve()
                if not pdf.is_relative_to(workdir.resolve()) or not pdf.is_file():
                    log.warning("partner %s: skipping missing label %s", partner_id, row["file"])
                    continue
                register_return_label(
                    partner_id=partner_id,
                    rma=row["rma"],
                    tracking_number=row["tracking_number"],
                    pdf_bytes=pdf.read_bytes(),
                )
                count += 1
    log.info("partner %s: imported %d return labels from %s", partner_id, count, archive_path.name)
    return count
