"""ETL step: unpack the partner's weekly catalogue bundle and stage the CSVs.

The bundle is a .tar.gz fetched from the partner's bucket by the previous step.
"""
import logging
import tarfile
from pathlib import Path

import pandas as pd

log = logging.getLogger("etl.archive_ingest")

EXPECTED = ("products.csv", "categories.csv", "availability.csv")


def unpack_bundle(bundle: Path, workdir: Path) -> Path:
    target = workdir / bundle.name.removesuffix(".tar.gz")
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, mode="r:gz") as tar:
        tar.extractall(path=target, filter="data")
    return target


def stage(bundle: Path, workdir: Path) -> dict[str, pd.DataFrame]:
    folder = unpack_bundle(bundle, workdir)
    frames: dict[str, pd.DataFrame] = {}
    for name in EXPECTED:
        path = folder / name
        if not path.is_file():
            raise FileNotFoundError(f"{name} missing from {bundle.name}")
        frames[name.removesuffix(".csv")] = pd.read_csv(path, dtype=str)
        log.info("staged %s: %d rows", name, len(frames[name.removesuffix('.csv')]))
    return frames
