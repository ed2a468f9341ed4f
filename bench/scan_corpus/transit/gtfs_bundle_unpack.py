"""Unpacks timetable bundles received from the regional rail operator.

Bundles arrive as ``.tar.gz`` in the partner bucket. Extraction uses the
``data`` filter, which refuses absolute paths, ``..`` components, links that
point outside the destination and special files.
"""
import io
import logging
import tarfile
from pathlib import Path

log = logging.getLogger("feeds.rail")

REQUIRED = {"agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt"}
MAX_BUNDLE_BYTES = 200 * 1024 * 1024


def unpack(payload: bytes, dest: Path) -> set[str]:
    if len(payload) > MAX_BUNDLE_BYTES:
        raise ValueError("bundle too large")
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(payload), mode="r:gz") as tar:
        tar.extractall(path=dest, filter="data")
    names = {p.name for p in dest.rglob("*.txt")}
    missing = REQUIRED - names
    if missing:
        raise ValueError(f"bundle missing {sorted(missing)}")
    log.info("unpacked rail bundle into %s (%d files)", dest, len(names))
    return names
