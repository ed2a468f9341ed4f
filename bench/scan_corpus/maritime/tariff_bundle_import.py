"""Imports the port authority's published tariff bundle (dues, pilotage, towage tables).

The authority publishes a tar.gz on its website each quarter; the URL is in config.
"""
import csv
import logging
import tarfile
import tempfile
from pathlib import Path

import requests

log = logging.getLogger(__name__)

EXPECTED_TABLES = ("port_dues.csv", "pilotage.csv", "towage.csv")


def download_bundle(url: str, dest: Path) -> Path:
    target = dest / "tariffs.tar.gz"
    with requests.get(url, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with target.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 16):
                fh.write(chunk)
    return target


def read_tables(folder: Path) -> dict[str, list[dict]]:
    tables = {}
    for name in EXPECTED_TABLES:
        with (folder / name).open(newline="", encoding="utf-8") as fh:
            tables[name.removesuffix(".csv")] = list(csv.DictReader(fh))
    return tables


def import_tariffs(bundle_url: str, store) -> int:
    with tempfile.TemporaryDirectory(prefix="tariffs-") as tmp:
        workdir = Path(tmp)
        bundle = download_bundle(bundle_url, workdir)
        with tarfile.open(bundle, "r:gz") as tar:
            tar.extractall(path=workdir / "unpacked")
        tables = read_tables(workdir / "unpacked")
    rows = 0
    for table, records in tables.items():
        store.replace_table(table, records)
        rows += len(records)
    log.info("imported %d tariff rows from %s", rows, bundle_url)
    return rows
