"""Unpack result archives delivered by the reference lab.

Each nightly delivery is a .tar.gz with the XML result batches plus a
SHA256SUMS file; after the checksum matches we unpack it into a work
folder for the XML importer.
"""
import hashlib
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def expected_digest(sums_file: Path, archive_name: str) -> str | None:
    for line in sums_file.read_text().splitlines():
        digest, _, name = line.partition("  ")
        if name.strip() == archive_name:
            return digest.strip()
    return None


def unpack_delivery(archive: Path, sums_file: Path, workdir: Path) -> Path:
    expected = expected_digest(sums_file, archive.name)
    if expected is None or sha256_of(archive) != expected:
        raise ValueError(f"checksum mismatch for {archive.name}")

    target = workdir / archive.name.removesuffix(".tar.gz")
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)

    with tarfile.open(archive, mode="r:gz") as tar:
        tar.extractall(path=target)
    log.info("unpacked %s into %s", archive.name, target)
    return target
