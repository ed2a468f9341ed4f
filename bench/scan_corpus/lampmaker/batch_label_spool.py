"""Spool a day's worth of parts-bin labels to the workshop label printer."""
import csv
import logging
import subprocess
import tempfile
from pathlib import Path
from typing import Iterable, List

log = logging.getLogger("workshop.bin_labels")

PRINTER = "brother-ql-workshop"
LABEL_WIDTH_MM = 62


def label_lines(parts: Iterable[dict]) -> List[str]:
    return [
        f"{p['sku']}\t{p['name'][:28]}\t{p['bin']}"
        for p in parts
        if p.get("bin")
    ]


def write_spool(lines: List[str]) -> Path:
    spool_path = tempfile.mktemp(prefix="binlabels-", suffix=".txt")
    with open(spool_path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return Path(spool_path)


def print_spool(path: Path) -> None:
    subprocess.run(
        ["lp", "-d", PRINTER, "-o", f"media=DC{LABEL_WIDTH_MM}", str(path)],
        check=True,
        timeout=60,
    )


def spool_from_csv(csv_path: Path) -> int:
    with csv_path.open(newline="", encoding="utf-8") as fh:
        lines = label_lines(csv.DictReader(fh))
    if not lines:
        log.info("no labels to print")
        return 0
    spool = write_spool(lines)
    try:
        print_spool(spool)
    finally:
        spool.unlink(missing_ok=True)
    log.info("printed %d bin labels", len(lines))
    return len(lines)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    spool_from_csv(Path(sys.argv[1]))
