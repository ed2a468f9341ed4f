"""Print return labels at the returns desk.

Desk staff scan the RMA barcode; the label PDF is fetched from the carrier
integration and sent to the desk's thermal printer through CUPS.
"""
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

LP_BINARY = shutil.which("lp") or "/usr/bin/lp"
MEDIA = "w288h432"  # 4x6in thermal stock


class PrintError(RuntimeError):
    pass


def print_label(pdf_bytes: bytes, printer: str, rma: str, copies: int = 1) -> str:
    with tempfile.NamedTemporaryFile(prefix="label_", suffix=".pdf", delete=False) as tmp:
        tmp.write(pdf_bytes)
        label_path = Path(tmp.name)
    cmd = [
        LP_BINARY,
        "-d", printer,
        "-n", str(int(copies)),
        "-o", f"media={MEDIA}",
        "-t", f"RMA {rma}",
        "--",
        str(label_path),
    ]
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False)
    finally:
        label_path.unlink(missing_ok=True)
    if result.returncode != 0:
        raise PrintError(result.stderr.strip() or f"lp exited with {result.returncode}")
    job = result.stdout.strip()
    log.info("queued label for %s on %s: %s", rma, printer, job)
    return job
