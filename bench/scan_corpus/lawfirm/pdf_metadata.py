"""Post-processing for assembled PDFs: document properties and linearization.

Called by the assembly worker after LibreOffice has produced the PDF. Title
and author come from the assembly request submitted in the drafting UI.
"""
import logging
import os
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

EXIFTOOL = os.environ.get("EXIFTOOL_BIN", "exiftool")
QPDF = shutil.which("qpdf") or "qpdf"


def _metadata_command(pdf: Path, title: str, author: str) -> str:
    return (
        f'{EXIFTOOL} -overwrite_original -Title="{title}" -Author="{author}" '
        f'-Creator="Practice Assembly" "{pdf}"'
    )


def stamp_properties(pdf: Path, title: str, author: str) -> None:
    command = _metadata_command(pdf, title, author)
    proc = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        raise RuntimeError(f"exiftool failed: {proc.stderr.strip()}")


def linearize(pdf: Path) -> Path:
    out = pdf.with_name(pdf.stem + ".web.pdf")
    subprocess.run([QPDF, "--linearize", str(pdf), str(out)], check=True, timeout=120)
    return out


def finalize(pdf: Path, request: dict) -> Path:
    stamp_properties(pdf, request["title"], request["author_name"])
    web_pdf = linearize(pdf)
    log.info("finalized %s (%d bytes)", web_pdf.name, web_pdf.stat().st_size)
    return web_pdf
