"""Unpacks damage-report photo bundles uploaded by staff when rental gear comes back."""
from __future__ import annotations

import io
import os
import shutil
import zipfile
from dataclasses import dataclass, field
from typing import List


@dataclass
class DamageReport:
    rental_id: str
    item_code: str
    photos: List[str] = field(default_factory=list)


class PhotoBundleUnpacker:
    allowed_suffixes = (".jpg", ".jpeg", ".png", ".heic")

    def __init__(self, media_root: str) -> None:
        self.media_root = media_root

    def _target_dir(self, rental_id: str) -> str:
        path = os.path.join(self.media_root, "damage", rental_id)
        os.makedirs(path, exist_ok=True)
        return path

    def _write_member(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest: str) -> str:
        out_path = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
        with zf.open(info) as src, open(out_path, "wb") as dst:
            shutil.copyfileobj(src, dst)
        return out_path

    def unpack(self, rental_id: str, item_code: str, bundle: bytes) -> DamageReport:
        report = DamageReport(rental_id=rental_id, item_code=item_code)
        dest = self._target_dir(rental_id)
        with zipfile.ZipFile(io.BytesIO(bundle)) as zf:
            for info in zf.infolist():
                if info.is_dir() or not info.filename.lower().endswith(self.allowed_suffixes):
                    continue
                report.photos.append(self._write_member(zf, info, dest))
        return report
