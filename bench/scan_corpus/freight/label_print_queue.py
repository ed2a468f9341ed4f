"""Background worker that prints cargo labels on the warehouse Zebra printers."""

import logging
import subprocess
import tempfile
from pathlib import Path

from freight.config import settings
from freight.labels import render_label_pdf
from freight.queue import consume

log = logging.getLogger("labels.worker")


def print_pdf(printer: str, copies: int, pdf: Path) -> None:
    if printer not in settings.WAREHOUSE_PRINTERS:
        raise ValueError(f"unknown printer {printer!r}")
    cmd = ["lp", "-d", printer, "-n", str(int(copies)), "-o", "media=4x6", "--", str(pdf)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        log.error("lp exited %s: %s", result.returncode, result.stderr.strip())
        raise RuntimeError("printing failed")


def handle_job(job: dict) -> None:
    copies = max(1, min(int(job.get("copies", 1)), 500))
    with tempfile.TemporaryDirectory(prefix="labels-") as tmp:
        pdf = Path(tmp) / "label.pdf"
        pdf.write_bytes(render_label_pdf(job["shipment_id"]))
        print_pdf(job["printer"], copies, pdf)
    log.info("printed %d labels for shipment %s", copies, job["shipment_id"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    consume("label-print", handle_job)
