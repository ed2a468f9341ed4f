"""Bundle a donor's PDF receipts for the tax year into a single zip.

The zip is built in a temporary file first and only moved into the
download area once complete, so a half-written archive is never served.
"""

import os
import tempfile
import zipfile
from pathlib import Path

from receipts.storage import receipt_paths_for


def build_receipt_bundle(donor_id: int, tax_year: str, download_dir: Path) -> Path:
    paths = receipt_paths_for(donor_id, tax_year)
    if not paths:
        raise LookupError(f"no receipts for donor {donor_id} in {tax_year}")

    fd, tmp_name = tempfile.mkstemp(suffix=".zip", prefix="receipts-", dir=download_dir)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in paths:
                zf.write(path, arcname=path.name)
        target = download_dir / f"receipts-{donor_id}-{tax_year}.zip"
        os.replace(tmp_name, target)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise
    return target


def build_summary_csv(rows: list[dict]) -> str:
    """Write a one-off CSV summary; the caller deletes it after emailing."""
    with tempfile.NamedTemporaryFile(
        "w", suffix=".csv", prefix="giving-summary-", delete=False, newline=""
    ) as fh:
        fh.write("date,amount,gift_aid\n")
        for row in rows:
            fh.write(f"{row['date']},{row['amount']},{row['gift_aid']}\n")
        return fh.name
