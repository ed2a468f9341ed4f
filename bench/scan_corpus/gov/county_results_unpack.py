"""Unpack unofficial results packages uploaded by county election offices.

Each package is a gzipped tarball with one results XML per contest and a
``summary.json``. Packages arrive through the results-upload portal.
"""
import json
import logging
import tarfile
from pathlib import Path

log = logging.getLogger("results.unpack")

MAX_PACKAGE_BYTES = 200 * 1024 * 1024


class PackageRejected(Exception):
    pass


def unpack_results(package: Path, work_dir: Path) -> Path:
    if package.stat().st_size > MAX_PACKAGE_BYTES:
        raise PackageRejected(f"{package.name} exceeds size limit")
    dest = work_dir / package.name.split(".")[0]
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(package, mode="r:gz") as tar:
        tar.extractall(path=dest, filter="data")
    return dest


def read_summary(dest: Path) -> dict:
    summary_path = dest / "summary.json"
    if not summary_path.is_file():
        raise PackageRejected("summary.json missing")
    summary = json.loads(summary_path.read_text(encoding="utf-8"))
    contests = sorted(p.name for p in dest.glob("contest-*.xml"))
    if len(contests) != summary.get("contest_count"):
        raise PackageRejected(
            f"summary lists {summary.get('contest_count')} contests, package has {len(contests)}"
        )
    log.info("county %s: %d contests unpacked", summary.get("county"), len(contests))
    return summary
