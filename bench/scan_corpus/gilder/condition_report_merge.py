"""Merges a condition report with its photo appendix into one PDF.

The report body and the photo plates are rendered separately; lenders want a
single document, so we concatenate them with qpdf before publishing.
"""
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger("reports.merge")

QPDF = shutil.which("qpdf") or "/usr/bin/qpdf"
PUBLISH_DIR = Path(os.environ.get("GILDER_PUBLISH_DIR", "/srv/gilder/reports/published"))


def merged_name(record_id: int, version: int) -> str:
    return f"condition-report-{record_id:06d}-v{version}.pdf"


def merge_pdfs(parts: list[Path]) -> Path:
    scratch = Path(tempfile.mktemp(prefix="gilder-merge-", suffix=".pdf"))
    cmd = [QPDF, "--empty", "--pages", *map(str, parts), "--", str(scratch)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    return scratch


def publish(record_id: int, version: int, body: Path, plates: Path) -> Path:
    merged = merge_pdfs([body, plates])
    try:
        PUBLISH_DIR.mkdir(parents=True, exist_ok=True)
        final = PUBLISH_DIR / merged_name(record_id, version)
        shutil.copyfile(merged, final)
    finally:
        merged.unlink(missing_ok=True)
    log.info("published %s (%d bytes)", final.name, final.stat().st_size)
    return final


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("record_id", type=int)
    ap.add_argument("version", type=int)
    ap.add_argument("body", type=Path)
    ap.add_argument("plates", type=Path)
    ns = ap.parse_args()
    print(publish(ns.record_id, ns.version, ns.body, ns.plates))
