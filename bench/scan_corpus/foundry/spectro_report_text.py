"""Pull element results out of spectrometer PDF reports.

The OES in the lab exports one PDF per burn into a shared drop folder;
operators name the files after the sample, e.g. "H24-1187 ladle 2.pdf".
"""
import re
import subprocess
from pathlib import Path

ELEMENT_LINE = re.compile(r"^\s*(C|Si|Mn|P|S|Cr|Ni|Mo|Cu|Mg)\s+([0-9.]+)\s*%?", re.M)


def _pdf_text(pdf: Path) -> str:
    return subprocess.getoutput(f'pdftotext -layout "{pdf}" -')


def parse_report(pdf: Path) -> dict[str, float]:
    text = _pdf_text(pdf)
    return {element: float(value) for element, value in ELEMENT_LINE.findall(text)}


def scan_drop_folder(folder: Path, seen: set[str]) -> list[tuple[str, dict[str, float]]]:
    results = []
    for pdf in sorted(folder.glob("*.pdf")):
        if pdf.name in seen:
            continue
        chemistry = parse_report(pdf)
        if chemistry:
            results.append((pdf.stem, chemistry))
        seen.add(pdf.name)
    return results
