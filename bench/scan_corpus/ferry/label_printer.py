"""Print vehicle hang tags on the check-in booth label printers via CUPS."""
import subprocess
import tempfile
from pathlib import Path

from checkin.config import BOOTH_PRINTERS
from checkin.tags import render_hang_tag_pdf


class PrintError(RuntimeError):
    pass


def print_hang_tag(booth_id: str, booking_ref: str, registration: str, lane: str) -> str:
    printer = BOOTH_PRINTERS.get(booth_id)
    if printer is None:
        raise PrintError(f"no label printer configured for booth {booth_id}")

    pdf_bytes = render_hang_tag_pdf(booking_ref=booking_ref, registration=registration, lane=lane)
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as fh:
        fh.write(pdf_bytes)
        pdf_path = Path(fh.name)

    try:
        result = subprocess.run(
            ["lp", "-d", printer, "-t", f"{booking_ref} {registration}", "-o", "media=Custom.100x150mm",
             str(pdf_path)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    finally:
        pdf_path.unlink(missing_ok=True)

    if result.returncode != 0:
        raise PrintError(result.stderr.strip() or "lp failed")
    return result.stdout.strip()
