"""PDF housekeeping for Loan Estimate / Closing Disclosure packages.

Wraps qpdf and ghostscript, which are installed in the worker image.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

QPDF = shutil.which("qpdf") or "/usr/bin/qpdf"
GS = shutil.which("gs") or "/usr/bin/gs"
TOOL_TIMEOUT_S = 90


def _run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, check=True, capture_output=True, timeout=TOOL_TIMEOUT_S)


def merge(parts: list[Path], output: Path) -> Path:
    """Concatenate disclosure parts in order (LE pages, then addenda)."""
    args = [QPDF, "--empty", "--pages", *[str(p) for p in parts], "--", str(output)]
    _run(args)
    return output


def linearize(src: Path, dest: Path) -> Path:
    _run([QPDF, "--linearize", "--", str(src), str(dest)])
    return dest


def flatten_for_archive(src: Path, dest: Path, pdfa_level: int = 2) -> Path:
    """Produce a PDF/A copy for the permanent loan file."""
    _run([
        GS,
        "-dBATCH",
        "-dNOPAUSE",
        "-dSAFER",
        f"-dPDFA={int(pdfa_level)}",
        "-sDEVICE=pdfwrite",
        "-dPDFACompatibilityPolicy=1",
        f"-sOutputFile={dest}",
        str(src),
    ])
    return dest


def page_count(src: Path) -> int:
    out = _run([QPDF, "--show-npages", "--", str(src)]).stdout
    return int(out.decode().strip())
