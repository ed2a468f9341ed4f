"""Unpacks log bundles that controllers upload after a firing.

A bundle is a zip with a CSV trace per thermocouple and a JSON summary. The
service account unpacks it into the firing's working folder for parsing.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import zipfile

log = logging.getLogger(__name__)

MAX_ENTRIES = 64
MAX_UNPACKED = 200 * 1024 * 1024


class BundleRejected(ValueError):
    pass


def _safe_target(dest_root: str, member_name: str) -> str:
    target = os.path.realpath(os.path.join(dest_root, member_name))
    if os.path.commonpath([dest_root, target]) != dest_root:
        raise BundleRejected(f"entry escapes bundle folder: {member_name!r}")
    return target


def extract_bundle(bundle_path: str, dest_dir: str) -> list[str]:
    dest_root = os.path.realpath(dest_dir)
    os.makedirs(dest_root, exist_ok=True)
    extracted: list[str] = []
    with zipfile.ZipFile(bundle_path) as archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise BundleRejected("too many entries")
        if sum(e.file_size for e in entries) > MAX_UNPACKED:
            raise BundleRejected("bundle too large when unpacked")
        for entry in entries:
            if entry.is_dir():
                continue
            target = _safe_target(dest_root, entry.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with archive.open(entry) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            extracted.append(target)
    return extracted


def load_summary(files: list[str]) -> dict:
    for path in files:
        if os.path.basename(path) == "summary.json":
            with open(path, encoding="utf-8") as fh:
                return json.load(fh)
    raise BundleRejected("bundle has no summary.json")


def process_upload(firing_id: int, bundle_path: str, work_root: str) -> dict:
    dest = os.path.join(work_root, f"firing-{firing_id}")
    files = extract_bundle(bundle_path, dest)
    summary = load_summary(files)
    log.info("firing %s: unpacked %d files, peak %s", firing_id, len(files), summary.get("peak_c"))
    return summary
