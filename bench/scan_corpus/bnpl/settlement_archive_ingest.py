"""Ingests the nightly settlement archive the acquirer drops into our SFTP inbox.

The archive is a .tar.gz holding one CSV per merchant plus a manifest. Rows are
loaded into settlement_lines and the archive is moved to processed/.
"""
import csv
import logging
import shutil
import tempfile
from decimal import Decimal
from pathlib import Path

from bnpl.db import session_scope
from bnpl.settlements.models import SettlementLine

log = logging.getLogger(__name__)

INBOX = Path("/srv/sftp/acquirer/inbox")
PROCESSED = Path("/srv/sftp/acquirer/processed")


def _load_csv(path: Path, batch_id: str) -> list[SettlementLine]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [
            SettlementLine(
                batch_id=batch_id,
                merchant_ref=row["merchant_ref"],
                order_ref=row["order_ref"],
                gross=Decimal(row["gross"]),
                fee=Decimal(row["fee"]),
                currency=row["currency"],
            )
            for row in csv.DictReader(fh)
        ]


def ingest(archive: Path) -> int:
    batch_id = archive.name.split(".")[0]
    with tempfile.TemporaryDirectory(prefix="settle-") as workdir:
        shutil.unpack_archive(str(archive), workdir, format="gztar")
        csv_files = sorted(Path(workdir).glob("merchants/*.csv"))
        lines = [line for f in csv_files for line in _load_csv(f, batch_id)]

    with session_scope() as session:
        session.add_all(lines)
    shutil.move(str(archive), PROCESSED / archive.name)
    log.info("settlement batch %s: %d files, %d lines", batch_id, len(csv_files), len(lines))
    return len(lines)


def run() -> None:
    for archive in sorted(INBOX.glob("*.tar.gz")):
        try:
            ingest(archive)
        except Exception:
            log.exception("failed to ingest %s", archive.name)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
