"""Imports zipped kiln chart recorder exports uploaded by the kiln operators."""

import os
import shutil
import zipfile
from datetime import datetime
from pathlib import Path

from shinglemaker.config import settings
from shinglemaker.kilns import register_chart_file

CHART_SUFFIXES = (".csv", ".txt", ".png")


def _batch_dir(kiln: int) -> str:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = os.path.join(settings.KILN_CHART_DIR, f"kiln{kiln:02d}", stamp)
    os.makedirs(path, exist_ok=True)
    return path


def extract_charts(archive_path: str, kiln: int) -> list[str]:
    dest = _batch_dir(kiln)
    written = []
    with zipfile.ZipFile(archive_path) as zf:
        for info in zf.infolist():
            if info.is_dir() or not info.filename.lower().endswith(CHART_SUFFIXES):
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    return written


def import_upload(upload_path: Path, kiln: int, operator: str) -> int:
    files = extract_charts(str(upload_path), kiln)
    for path in files:
        register_chart_file(kiln=kiln, path=path, uploaded_by=operator)
    upload_path.unlink(missing_ok=True)
    return len(files)
