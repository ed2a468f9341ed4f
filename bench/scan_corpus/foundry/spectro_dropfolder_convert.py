"""Convert spectrometer PDF reports from the lab drop folder to text.

Filenames are whatever the operator typed on the OES, spaces and all, so
the converter is invoked with an argument list rather than a command line.
"""
import logging
import re
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

PDFTOTEXT = "pdftotext"
ELEMENT_LINE = re.compile(r"^\s*(C|Si|Mn|P|S|Cr|Ni|Mo|Cu|Mg)\s+([0-9.]+)", re.M)


def pdf_to_text(pdf: Path, timeout: int = 30) -> str:
    proc = subprocess.run(
        [PDFTOTEXT, "-layout", str(pdf.resolve()), "-"],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        log.warning("pdftotext failed for %s: %s", pdf.name, proc.stderr.strip())
        return ""
    return proc.stdout


def chemistry_from_pdf(pdf: Path) -> dict[str, float]:
    return {el: float(v) for el, v in ELEMENT_LINE.findall(pdf_to_text(pdf))}


def process_folder(folder: Path, done: set[str]) -> dict[str, dict[str, float]]:
    out = {}
    for pdf in sorted(folder.glob("*.pdf")):
        if pdf.name not in done:
            out[pdf.stem] = chemistry_from_pdf(pdf)
            done.add(pdf.name)
    return out
