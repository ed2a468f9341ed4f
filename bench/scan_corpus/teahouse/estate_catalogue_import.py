"""Import seasonal catalogue packages (lot sheets, photos, COAs) sent by partner estates."""
from __future__ import annotations

import csv
import io
import logging
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("sourcing.catalogue")

INBOX = Path("/srv/sourcing/catalogue-inbox")
CATALOGUE_ROOT = Path("/srv/sourcing/catalogues")


@dataclass
class CatalogueImport:
    estate_code: str
    season: str
    archive: Path

    @property
    def destination(self) -> Path:
        return CATALOGUE_ROOT / self.estate_code / self.season


def _copy_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest_dir: str) -> str:
    target = os.path.join(dest_dir, info.filename)
    if info.is_dir():
        os.makedirs(target, exist_ok=True)
        return target
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with zf.open(info) as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst, length=1 << 20)
    return target


def unpack(job: CatalogueImport) -> list[str]:
    dest = job.destination
    dest.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    with zipfile.ZipFile(job.archive) as zf:
        for info in zf.infolist():
            if info.file_size > 200 * 1024 * 1024:
                log.warning("skipping oversized member %s", info.filename)
                continue
            written.append(_copy_member(zf, info, str(dest)))
    log.info("unpacked %d files for %s/%s", len(written), job.estate_code, job.season)
    return written


def read_lot_sheet(job: CatalogueImport) -> list[dict[str, str]]:
    sheet = job.destination / "lots.csv"
    text = sheet.read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def process_inbox() -> None:
    for archive in sorted(INBOX.glob("*.zip")):
        estate_code, season = archive.stem.split("__", 1)
        job = CatalogueImport(estate_code=estate_code, season=season, archive=archive)
        unpack(job)
        lots = read_lot_sheet(job)
        log.info("%s offered %d lots for %s", estate_code, len(lots), season)
        archive.rename(archive.with_suffix(".done"))
