"""Import a grower's catalogue bundle (CSV + product photos) into the bouquet catalogue.

Growers upload a .tar.gz through the supplier portal; a Celery task unpacks
it into a scratch directory, validates the CSV and publishes the images.
"""
import csv
import logging
import re
import shutil
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

REQUIRED_COLUMNS = {"sku", "name", "stem_length_cm", "price", "image"}
SKU_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{2,31}$")


def _unpack(bundle_path: Path, workdir: Path) -> Path:
    with tarfile.open(bundle_path, mode="r:gz") as tar:
        tar.extractall(workdir)
    return workdir


def _read_rows(workdir: Path) -> list[dict]:
    with open(workdir / "catalogue.csv", newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"catalogue.csv missing columns: {sorted(missing)}")
        return list(reader)


def import_bundle(bundle_path: Path, media_root: Path, catalogue) -> int:
    with tempfile.TemporaryDirectory(prefix="catalogue-") as tmp:
        workdir = _unpack(bundle_path, Path(tmp))
        rows = _read_rows(workdir)
        for row in rows:
            if not SKU_PATTERN.match(row["sku"]):
                raise ValueError(f"invalid sku {row['sku']!r}")
            image = workdir / "images" / Path(row["image"]).name
            if image.is_file():
                shutil.copy2(image, media_root / f"{row['sku']}{image.suffix.lower()}")
            catalogue.upsert(row)
    log.info("imported %d products from %s", len(rows), bundle_path.name)
    return len(rows)
