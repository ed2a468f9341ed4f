"""Imports publisher sheet-music bundles (zip of PDFs + metadata.json) into the library."""
import json
import logging
import os
import zipfile
from dataclasses import dataclass
from typing import List

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".pdf", ".json", ".png"}


class UnsafeBundleError(ValueError):
    pass


@dataclass
class ImportedSheet:
    title: str
    arranger: str
    file: str


def _safe_destination(dest_root: str, member_name: str) -> str:
    target = os.path.realpath(os.path.join(dest_root, member_name))
    if os.path.commonpath([dest_root, target]) != dest_root:
        raise UnsafeBundleError(f"member escapes library folder: {member_name!r}")
    return target


def import_bundle(bundle_path: str, library_dir: str, publisher_id: int) -> List[ImportedSheet]:
    dest_root = os.path.realpath(os.path.join(library_dir, f"publisher-{publisher_id}"))
    os.makedirs(dest_root, exist_ok=True)
    written = []
    with zipfile.ZipFile(bundle_path) as zf:
        for member in zf.infolist():
            if member.is_dir():
                continue
            if os.path.splitext(member.filename)[1].lower() not in ALLOWED_SUFFIXES:
                log.info("skipping %s", member.filename)
                continue
            target = _safe_destination(dest_root, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                while chunk := src.read(1 << 20):
                    out.write(chunk)
            written.append(target)

    metadata_path = os.path.join(dest_root, "metadata.json")
    if not os.path.exists(metadata_path):
        raise ValueError("bundle has no metadata.json")
    with open(metadata_path, encoding="utf-8") as fh:
        metadata = json.load(fh)
    sheets = []
    for item in metadata.get("sheets", []):
        pdf = _safe_destination(dest_root, item["file"])
        if pdf in written:
            sheets.append(ImportedSheet(item["title"], item.get("arranger", ""), pdf))
    log.info("imported %d sheets for publisher %s", len(sheets), publisher_id)
    return sheets
