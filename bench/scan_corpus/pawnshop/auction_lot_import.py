"""Import result bundles from partner auction houses.

Forfeited items that go to an outside auction come back as a results bundle
(a .tar.gz with results.csv plus lot photos) dropped into the SFTP inbox by
the auction house.
"""
import csv
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

INBOX = Path("/srv/sftp/auction-inbox")
WORK_ROOT = Path("/var/lib/pawnops/auction-import")


def unpack_bundle(bundle: Path) -> Path:
    dest = WORK_ROOT / bundle.name.removesuffix(".tar.gz")
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    with tarfile.open(bundle, "r:gz") as tar:
        tar.extractall(path=dest)
    return dest


def read_results(folder: Path) -> list[dict]:
    with open(folder / "results.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def process_inbox(apply_result) -> int:
    """Apply every waiting bundle; ``apply_result`` updates the forfeited item."""
    processed = 0
    for bundle in sorted(INBOX.glob("*.tar.gz")):
        folder = unpack_bundle(bundle)
        for row in read_results(folder):
            apply_result(
                lot_number=row["lot"],
                ticket_no=row["consignor_ref"],
                hammer_price=row["hammer_price"],
                photo_dir=folder / "photos",
            )
        bundle.rename(bundle.with_name(bundle.name + ".done"))
        log.info("imported auction bundle %s", bundle.name)
        processed += 1
    return processed
