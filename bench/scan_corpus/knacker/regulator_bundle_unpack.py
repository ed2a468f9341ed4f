"""Unpacks the reference data bundle published by the regulator.

The bundle holds the current list of approved rendering plants, species
codes and the TSE testing age thresholds, shipped as a gzipped tarball.
"""
import json
import tarfile
import tempfile
from pathlib import Path

import requests

from knacker.config import settings
from knacker.reference.store import replace_reference_tables

EXPECTED_FILES = ("plants.json", "species.json", "tse_ages.json")


def download_bundle(version: str, workdir: Path) -> Path:
    target = workdir / "bundle.tar.gz"
    with requests.get(
        f"{settings.REGULATOR_REFERENCE_URL}/bundles/{version}.tar.gz", stream=True, timeout=60
    ) as resp:
        resp.raise_for_status()
        with target.open("wb") as fh:
            for chunk in resp.iter_content(chunk_size=65536):
                fh.write(chunk)
    return target


def unpack(bundle: Path, dest: Path) -> dict:
    with tarfile.open(bundle, mode="r:gz") as tar:
        tar.extractall(dest, filter="data")
    tables = {}
    for name in EXPECTED_FILES:
        path = dest / name
        if not path.is_file():
            raise FileNotFoundError(f"bundle is missing {name}")
        tables[name.removesuffix(".json")] = json.loads(path.read_text(encoding="utf-8"))
    return tables


def refresh_reference_data(version: str) -> None:
    with tempfile.TemporaryDirectory(prefix="regref-") as tmp:
        workdir = Path(tmp)
        tables = unpack(download_bundle(version, workdir), workdir / "extract")
        replace_reference_tables(version, tables)
