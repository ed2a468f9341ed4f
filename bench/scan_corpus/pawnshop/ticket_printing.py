"""Send rendered loan tickets and receipts to the counter printer via CUPS."""
import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

LP = shutil.which("lp") or "/usr/bin/lp"


class PrintError(RuntimeError):
    pass


def print_ticket(pdf_path: Path, printer: str, customer_name: str, copies: int = 2) -> str:
    """Print a ticket (store copy + customer copy) and return the CUPS job id."""
    if not pdf_path.is_file():
        raise PrintError(f"{pdf_path} does not exist")

    args = [
        LP,
        "-d", printer,
        "-n", str(copies),
        "-t", f"Loan ticket {pdf_path.stem} - {customer_name}",
        "-o", "media=Letter",
        "--",
        str(pdf_path),
    ]
    result = subprocess.run(args, capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        raise PrintError(result.stderr.strip() or "lp failed")

    job_id = result.stdout.strip().split(" ")[3] if result.stdout else ""
    log.info("sent %s to %s as %s", pdf_path.name, printer, job_id)
    return job_id
