"""Unpacks diagnostic log bundles uploaded by excavator telematics gateways.

After a fault code (overheating, hydraulic pressure drop) the gateway zips its
ring buffer and posts it; workshop engineers browse the extracted files.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import zipfile
from pathlib import Path
from typing import Dict, List

BUNDLE_ROOT = Path(os.environ.get("TH_TELEMATICS_BUNDLES", "/srv/telematics/bundles"))
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 500


class BundleRejected(Exception):
    pass


def _bundle_dir(unit_serial: str, fault_id: str) -> Path:
    safe_serial = "".join(c for c in unit_serial if c.isalnum())
    safe_fault = "".join(c for c in fault_id if c.isalnum() or c == "-")
    target = BUNDLE_ROOT / safe_serial / safe_fault
    target.mkdir(parents=True, exist_ok=True)
    return target


def _copy_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, dest: str) -> str:
    out_path = os.path.join(dest, info.filename)
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    digest = hashlib.sha256()
    with archive.open(info) as src, open(out_path, "wb") as dst:
        while chunk := src.read(65536):
            digest.update(chunk)
            dst.write(chunk)
    return digest.hexdigest()


def unpack_bundle(unit_serial: str, fault_id: str, zip_path: Path) -> Dict[str, str]:
    dest = _bundle_dir(unit_serial, fault_id)
    manifest: Dict[str, str] = {}
    with zipfile.ZipFile(zip_path) as archive:
        members: List[zipfile.ZipInfo] = [i for i in archive.infolist() if not i.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise BundleRejected(f"too many files: {len(members)}")
        for info in members:
            if info.file_size > MAX_MEMBER_BYTES:
                raise BundleRejected(f"{info.filename} too large")
            manifest[info.filename] = _copy_member(archive, info, str(dest))
    return manifest


def discard_bundle(unit_serial: str, fault_id: str) -> None:
    shutil.rmtree(_bundle_dir(unit_serial, fault_id), ignore_errors=True)
