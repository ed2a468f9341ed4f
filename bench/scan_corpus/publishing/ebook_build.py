"""Converts accepted manuscripts (DOCX) to EPUB/AZW3 with Calibre's ebook-convert."""
import logging
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

SUPPORTED_FORMATS = {"epub", "azw3", "pdf"}


def convert(manuscript: Path, out_dir: Path, title: str, author: str, fmt: str = "epub") -> Path:
    if fmt not in SUPPORTED_FORMATS:
        raise ValueError(f"unsupported output format: {fmt}")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{manuscript.stem}.{fmt}"
    cmd = f'ebook-convert "{manuscript}" "{target}" --title "{title}" --authors "{author}"'
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        log.error("ebook-convert failed for %s: %s", manuscript.name, result.stderr[-2000:])
        raise RuntimeError(f"conversion of {manuscript.name} failed")
    log.info("built %s", target)
    return target


def build_all_formats(submission) -> list[Path]:
    """Called by the production worker once a submission reaches 'typeset'."""
    out_dir = Path(submission.production_dir) / "ebook"
    return [
        convert(Path(submission.final_docx), out_dir, submission.title, submission.author_name, fmt)
        for fmt in ("epub", "azw3")
    ]
