"""Assemble sample-ballot PDFs for the voter information guide."""
import logging
import re
import shlex
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

QPDF = "qpdf"
_PRECINCT = re.compile(r"^[A-Z0-9-]{1,16}$")


def assemble(pages: list[Path], out: Path) -> Path:
    if not pages:
        raise ValueError("no pages to assemble")
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [QPDF, "--empty", "--pages", *map(str, pages), "--", str(out)]
    log.debug("running %s", shlex.join(cmd))
    subprocess.run(cmd, check=True, timeout=120, capture_output=True)
    return out


def linearize(src: Path) -> Path:
    dst = src.with_name(src.stem + "-web.pdf")
    subprocess.run([QPDF, "--linearize", str(src), str(dst)], check=True, timeout=60)
    return dst


def build_guide(precinct_code: str, style_pages: dict[str, list[Path]], out_dir: Path) -> Path:
    if not _PRECINCT.fullmatch(precinct_code):
        raise ValueError(f"invalid precinct code {precinct_code!r}")
    pages = [p for style in sorted(style_pages) for p in style_pages[style]]
    merged = assemble(pages, out_dir / f"sample-ballot-{precinct_code}.pdf")
    return linearize(merged)
