"""Imports certificate bundles from training providers.

After a refresher course the training provider sends a zip with each
candidate's IRATA/SPRAT certificate PDF and a CSV index. Admin staff upload
the zip and the certificates are filed against technician records.
"""
from __future__ import annotations

import csv
import io
import shutil
import zipfile
from pathlib import Path


class BundleRejected(Exception):
    pass


def _safe_target(root: Path, member_name: str) -> Path:
    target = (root / member_name).resolve()
    if not target.is_relative_to(root.resolve()):
        raise BundleRejected(f"member {member_name!r} escapes the import folder")
    return target


def extract_bundle(bundle: Path, import_root: Path) -> list[Path]:
    import_root.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(bundle) as archive:
        for member in archive.infolist():
            if member.is_dir():
                continue
            target = _safe_target(import_root, member.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(target)
    return written


def read_index(import_root: Path) -> list[dict]:
    index = import_root / "index.csv"
    if not index.exists():
        raise BundleRejected("bundle has no index.csv")
    rows = list(csv.DictReader(io.StringIO(index.read_text(encoding="utf-8-sig"))))
    for row in rows:
        for key in ("card_number", "scheme", "level", "expires_on", "file"):
            if not row.get(key):
                raise BundleRejected(f"index row missing {key}")
    return rows


def file_certificates(bundle: Path, import_root: Path, repo) -> int:
    extract_bundle(bundle, import_root)
    count = 0
    for row in read_index(import_root):
        pdf = _safe_target(import_root, row["file"])
        repo.attach_certificate(row["card_number"], row["scheme"], int(row["level"]),
                                row["expires_on"], pdf)
        count += 1
    return count
