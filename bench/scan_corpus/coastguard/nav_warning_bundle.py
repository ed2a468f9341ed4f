"""Ingest of navigational warning bundles (NAVAREA / coastal warnings).

The hydrographic office pushes a .tar.gz of warning text files and chart
overlays to our upload endpoint a few times a day.
"""
import logging
import os
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

WARNINGS_DIR = Path(os.environ.get("NAV_WARNINGS_DIR", "/srv/rcc/navwarnings"))


def ingest_bundle(fileobj, bundle_id: str) -> list[Path]:
    staging = Path(tempfile.mkdtemp(prefix="navwarn-"))
    with tarfile.open(fileobj=fileobj, mode="r:gz") as tar:
        tar.extractall(staging)

    target = WARNINGS_DIR / bundle_id
    target.mkdir(parents=True, exist_ok=True)
    published = []
    for path in sorted(staging.rglob("*")):
        if path.is_file() and path.suffix in {".txt", ".geojson"}:
            dest = target / path.name
            path.replace(dest)
            published.append(dest)
    log.info("bundle %s: %d warning files", bundle_id, len(published))
    return published
