"""Unpacks title commitment bundles delivered by title agencies.

Bundles arrive as tar.gz over the partner SFTP drop and are expanded into the
loan's title folder for the closer to review.
"""
from __future__ import annotations

import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 500 * 1024 * 1024


def unpack_title_bundle(bundle: Path, loan_title_dir: Path) -> list[str]:
    loan_title_dir.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, mode="r:gz") as tf:
        members = tf.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"{bundle.name}: too many entries ({len(members)})")
        if sum(m.size for m in members) > MAX_TOTAL_BYTES:
            raise ValueError(f"{bundle.name}: bundle too large when expanded")
        tf.extractall(path=loan_title_dir, filter="data")
    names = sorted(m.name for m in members if m.isfile())
    log.info("unpacked %d title documents from %s", len(names), bundle.name)
    return names


def process_drop(drop_dir: Path, title_root: Path) -> None:
    for bundle in sorted(drop_dir.glob("*.tar.gz")):
        loan_number = bundle.name.split("_", 1)[0]
        if not loan_number.isalnum():
            log.warning("skipping bundle with unexpected name %s", bundle.name)
            continue
        unpack_title_bundle(bundle, title_root / loan_number / "title")
        bundle.rename(bundle.with_suffix(bundle.suffix + ".done"))
