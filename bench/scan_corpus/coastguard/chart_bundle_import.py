"""Ingest of electronic chart update bundles from the hydrographic office."""
import logging
import os
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

CHART_UPDATES_DIR = Path(os.environ.get("CHART_UPDATES_DIR", "/srv/charts/updates"))


def ingest_chart_bundle(fileobj, edition: str) -> list[Path]:
    target = CHART_UPDATES_DIR / edition
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=fileobj, mode="r:*") as tar:
        tar.extractall(target, filter="data")
    cells = sorted(target.rglob("*.000"))
    log.info("chart edition %s: %d ENC cells", edition, len(cells))
    return cells
