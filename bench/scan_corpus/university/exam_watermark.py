"""Stamp each student's copy of a take-home exam with their name and ID.

Uses qpdf to overlay a per-student watermark page produced by reportlab.
"""
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

QPDF = "qpdf"


def _watermark_pdf(path: Path, text: str) -> None:
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica", 9)
    c.setFillGray(0.6)
    c.drawString(36, 20, text)
    c.save()


def stamp(exam_pdf: Path, out_dir: Path, student_name: str, student_id: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{exam_pdf.stem}-{student_id}.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        mark = Path(tmp) / "mark.pdf"
        _watermark_pdf(mark, f"{student_name} ({student_id}) - not for redistribution")
        subprocess.run(
            [QPDF, str(exam_pdf), "--overlay", str(mark), "--repeat=1", "--", str(out)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    return out


def stamp_for_roster(exam_pdf: Path, out_dir: Path, roster) -> list[Path]:
    return [stamp(exam_pdf, out_dir, s.display_name, s.student_id) for s in roster]
