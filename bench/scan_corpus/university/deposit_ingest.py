"""Ingest step for the research data repository.

Depositors upload a .tar.gz bundle through the web form; the worker unpacks
it into a staging area, computes fixity and hands it to the curation queue.
"""
import hashlib
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger("repository.ingest")

ALLOWED_SUFFIXES = {".csv", ".tsv", ".json", ".txt", ".pdf", ".nc", ".h5", ".parquet", ".md"}


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _data_members(tar: tarfile.TarFile) -> list[tarfile.TarInfo]:
    keep = []
    for member in tar.getmembers():
        if member.isdir():
            keep.append(member)
        elif Path(member.name).suffix.lower() in ALLOWED_SUFFIXES:
            keep.append(member)
        else:
            log.warning("skipping %s: unsupported file type", member.name)
    return keep


def unpack_deposit(bundle: Path, staging_root: Path, deposit_id: str) -> dict[str, str]:
    target = staging_root / deposit_id
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)

    with tarfile.open(bundle, "r:gz") as tar:
        tar.extractall(path=target, members=_data_members(tar))

    manifest = {}
    for path in sorted(target.rglob("*")):
        if path.is_file():
            manifest[str(path.relative_to(target))] = _sha256(path)
    log.info("deposit %s unpacked: %d files", deposit_id, len(manifest))
    return manifest
