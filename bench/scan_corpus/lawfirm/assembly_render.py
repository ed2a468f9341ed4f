"""Render assembled .docx files to PDF and set document properties.

Runs inside the assembly worker. Title and author are supplied by the
drafting UI, so they are passed to external tools as argv entries.
"""
import logging
import os
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

SOFFICE = os.environ.get("SOFFICE_BIN", "soffice")
EXIFTOOL = os.environ.get("EXIFTOOL_BIN", "exiftool")


class RenderError(RuntimeError):
    pass


def _run(argv: list[str], timeout: int) -> None:
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RenderError(f"{argv[0]} exited {proc.returncode}: {proc.stderr.strip()[:500]}")


def docx_to_pdf(docx: Path, outdir: Path) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        _run(
            [
                SOFFICE,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(outdir),
                str(docx),
            ],
            timeout=180,
        )
    return outdir / f"{docx.stem}.pdf"


def stamp_properties(pdf: Path, title: str, author: str) -> None:
    _run(
        [
            EXIFTOOL,
            "-overwrite_original",
            f"-Title={title}",
            f"-Author={author}",
            "-Creator=Practice Assembly",
            "--",
            str(pdf),
        ],
        timeout=60,
    )


def render(docx: Path, outdir: Path, title: str, author: str) -> Path:
    pdf = docx_to_pdf(docx, outdir)
    stamp_properties(pdf, title, author)
    log.info("rendered %s", pdf.name)
    return pdf
