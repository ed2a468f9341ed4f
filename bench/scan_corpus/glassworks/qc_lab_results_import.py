"""Import zipped result sets from the QC lab instruments.

The lab exports spectrophotometer, stress-polariscope and chemical analysis
results as a zip of CSV files per sample batch; technicians upload the zip
from the lab PC and it is unpacked into the batch folder.
"""
from __future__ import annotations

import logging
import os
import stat
import zipfile
from pathlib import Path

log = logging.getLogger("glassworks.qc.import")

RESULTS_ROOT = Path(os.environ.get("QC_RESULTS_ROOT", "/srv/glassworks/qc-results")).resolve()
MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def import_results(batch_no: str, upload: Path) -> list[Path]:
    if not batch_no.replace("-", "").isalnum():
        raise ValueError("invalid batch number")
    dest = (RESULTS_ROOT / batch_no).resolve()
    if not dest.is_relative_to(RESULTS_ROOT):
        raise ValueError("invalid batch number")
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(upload) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise ValueError("too many files in archive")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise ValueError("archive expands too large")
        for info in members:
            if info.is_dir() or _is_symlink(info):
                continue
            target = (dest / info.filename).resolve()
            if not target.is_relative_to(dest):
                raise ValueError(f"member escapes batch folder: {info.filename}")
            if target.suffix.lower() not in {".csv", ".txt", ".pdf"}:
                continue
            archive.extract(info, path=dest)
            written.append(target)
    log.info("imported %d lab files for batch %s", len(written), batch_no)
    return written
