"""Unpack daily settlement flow archives received from the data aggregator."""
import logging
import os
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

LANDING_DIR = Path(os.environ.get("DA_LANDING_DIR", "/srv/settlement/landing"))
WORK_DIR = Path(os.environ.get("DA_WORK_DIR", "/srv/settlement/work"))
MAX_TOTAL_BYTES = 2 * 1024 ** 3


def _check_size(tf: tarfile.TarFile, archive: Path) -> None:
    total = sum(m.size for m in tf.getmembers() if m.isfile())
    if total > MAX_TOTAL_BYTES:
        raise ValueError(f"{archive.name} expands to {total} bytes, refusing")


def unpack(archive: Path) -> Path:
    dest = WORK_DIR / archive.name.split(".")[0]
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:gz") as tf:
        _check_size(tf, archive)
        tf.extractall(dest, filter="data")
    log.info("Unpacked %s into %s", archive.name, dest)
    return dest


def unpack_new() -> list[Path]:
    done = []
    for archive in sorted(LANDING_DIR.glob("*.tar.gz")):
        marker = archive.with_suffix(archive.suffix + ".done")
        if marker.exists():
            continue
        done.append(unpack(archive))
        marker.touch()
    return done
