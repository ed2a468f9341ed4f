"""Generate confirmation letters for school bookings and convert them to PDF."""

import shutil
import subprocess
from pathlib import Path

from docxtpl import DocxTemplate

TEMPLATE = Path(__file__).parent / "templates" / "booking_letter.docx"


class ConversionError(RuntimeError):
    pass


def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise ConversionError("LibreOffice is not installed on this host")
    return exe


def write_letter(booking: dict, workdir: Path) -> Path:
    doc = DocxTemplate(TEMPLATE)
    doc.render({
        "school": booking["school_name"],
        "teacher": booking["lead_teacher"],
        "visit_date": booking["visit_date"],
        "sessions": booking["sessions"],
        "pupils": booking["pupil_count"],
    })
    out = workdir / f"booking_{int(booking['id'])}.docx"
    doc.save(out)
    return out


def to_pdf(docx_path: Path, outdir: Path) -> Path:
    cmd = [_soffice(), "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise ConversionError(proc.stderr.strip() or "conversion failed")
    return outdir / (docx_path.stem + ".pdf")


def build_letter_pdf(booking: dict, workdir: Path) -> Path:
    workdir.mkdir(parents=True, exist_ok=True)
    return to_pdf(write_letter(booking, workdir), workdir)
