"""Load consignment bundles sent back by auction partners.

A bundle is a gzipped tar with a manifest.csv and a photos/ folder. Bundles
arrive through the partner upload endpoint and are unpacked into a scratch
directory before the manifest is applied.
"""
import csv
import tarfile
import tempfile
from pathlib import Path

MAX_BUNDLE_BYTES = 200 * 1024 * 1024


class BundleError(Exception):
    pass


def unpack(bundle_path: Path, scratch_root: Path) -> Path:
    if bundle_path.stat().st_size > MAX_BUNDLE_BYTES:
        raise BundleError(f"{bundle_path.name} is larger than the 200 MB limit")

    dest = Path(tempfile.mkdtemp(prefix="bundle-", dir=scratch_root))
    with tarfile.open(bundle_path, "r:gz") as tar:
        tar.extractall(path=dest, filter="data")
    if not (dest / "manifest.csv").is_file():
        raise BundleError("bundle has no manifest.csv")
    return dest


def manifest_rows(folder: Path) -> list[dict]:
    with open(folder / "manifest.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row["hammer_price"] = row.get("hammer_price") or "0"
    return rows
