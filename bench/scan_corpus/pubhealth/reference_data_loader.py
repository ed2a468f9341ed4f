"""Loads the quarterly reference-data tarball (LOINC/SNOMED subsets)."""
import tarfile
import tempfile
from pathlib import Path
from typing import Callable


def load_bundle(tar_path: Path, loader: Callable[[Path], int]) -> int:
    total = 0
    with tempfile.TemporaryDirectory(prefix="refdata-") as tmp:
        dest = Path(tmp)
        with tarfile.open(tar_path, mode="r:gz") as tf:
            tf.extractall(dest, filter="data")
        for table in sorted(dest.rglob("*.tsv")):
            total += loader(table)
    return total
