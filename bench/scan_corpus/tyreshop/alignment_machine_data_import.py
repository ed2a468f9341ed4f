"""Imports measurement bundles exported by the wheel alignment machines.

Once a week each shop uploads the alignment machine's export (a ZIP with
one CSV per job plus reference images) through the back-office form. The
bundle is unpacked into the shop's staging area and the CSVs are loaded.
"""
from __future__ import annotations

import csv
import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

STAGING_ROOT = Path(os.environ.get("ALIGNMENT_STAGING", "/srv/alignment/staging"))


@dataclass
class Measurement:
    job_id: str
    axle: str
    camber_left: float
    camber_right: float
    toe_total: float


def _write_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, dest: str) -> str:
    target = os.path.join(dest, info.filename)
    if info.is_dir():
        os.makedirs(target, exist_ok=True)
        return target
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with archive.open(info) as src, open(target, "wb") as out:
        out.write(src.read())
    return target


def unpack_bundle(upload: bytes, shop_code: str, batch_id: str) -> list[str]:
    dest = str(STAGING_ROOT / shop_code / batch_id)
    os.makedirs(dest, exist_ok=True)
    written = []
    with zipfile.ZipFile(io.BytesIO(upload)) as archive:
        for info in archive.infolist():
            written.append(_write_member(archive, info, dest))
    return written


def load_measurements(paths: list[str]) -> list[Measurement]:
    rows: list[Measurement] = []
    for path in paths:
        if not path.endswith(".csv"):
            continue
        with open(path, newline="", encoding="utf-8") as fh:
            for rec in csv.DictReader(fh, delimiter=";"):
                rows.append(
                    Measurement(
                        job_id=rec["JobNo"],
                        axle=rec["Axle"],
                        camber_left=float(rec["CamberL"].replace(",", ".")),
                        camber_right=float(rec["CamberR"].replace(",", ".")),
                        toe_total=float(rec["ToeTotal"].replace(",", ".")),
                    )
                )
    return rows


def import_upload(upload: bytes, shop_code: str, batch_id: str) -> int:
    return len(load_measurements(unpack_bundle(upload, shop_code, batch_id)))
