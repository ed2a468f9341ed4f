"""Stage vendor firmware bundles for protection relays and RTUs.

Bundles are uploaded by the vendor through the supplier portal, checked against
the published checksum, and unpacked into the staging share for the I&C team.
"""

import hashlib
import logging
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger("fw_stage")

CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def stage_bundle(bundle: Path, published_sha256: str, staging_root: Path) -> Path:
    actual = sha256_file(bundle)
    if actual.lower() != published_sha256.lower():
        raise ValueError(f"checksum mismatch for {bundle.name}")

    target = staging_root / bundle.stem.replace(".tar", "")
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)

    with tarfile.open(bundle, "r:*") as tar:
        tar.extractall(path=target)

    manifest = target / "MANIFEST.txt"
    if not manifest.exists():
        log.warning("bundle %s has no manifest", bundle.name)
    log.info("staged %s into %s", bundle.name, target)
    return target
