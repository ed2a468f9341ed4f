"""PDF helpers for the sales progression team.

Memoranda of sale are generated from Word templates, converted with
LibreOffice, then tagged with the property address so conveyancers can
find them in their document systems.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
EXIFTOOL = shutil.which("exiftool") or "/usr/bin/exiftool"


class ConversionError(RuntimeError):
    pass


def docx_to_pdf(source: Path, out_dir: Path) -> Path:
    result = subprocess.run(
        [SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(out_dir), str(source)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0:
        raise ConversionError(result.stderr.strip() or "soffice failed")
    return out_dir / f"{source.stem}.pdf"


def tag_pdf(pdf_path: Path, title: str, subject: str) -> None:
    subprocess.run(
        [EXIFTOOL, "-overwrite_original", f"-Title={title}", f"-Subject={subject}", "--", str(pdf_path)],
        check=True,
        capture_output=True,
        timeout=30,
    )


def memorandum_pdf(docx_bytes: bytes, address: str, sale_ref: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="mos-") as tmp:
        workdir = Path(tmp)
        source = workdir / "memorandum.docx"
        source.write_bytes(docx_bytes)
        pdf_path = docx_to_pdf(source, workdir)
        tag_pdf(pdf_path, title=f"Memorandum of sale - {address}", subject=sale_ref)
        return pdf_path.read_bytes()
