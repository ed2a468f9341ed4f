"""Rasterise PDFs and OCR them page by page for searchable text."""
import asyncio
import logging
import os
import re
from pathlib import Path

log = logging.getLogger("ocr.pdf")

PDFTOPPM = os.environ.get("PDFTOPPM_BIN", "pdftoppm")
TESSERACT = os.environ.get("TESSERACT_BIN", "tesseract")
LANG_PATTERN = re.compile(r"^[a-z]{3}(_[a-z]+)?(\+[a-z]{3}(_[a-z]+)?)*$")
DPI = 300


class OcrError(RuntimeError):
    pass


async def _run(*argv: str) -> None:
    proc = await asyncio.create_subprocess_exec(
        *argv, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise OcrError(f"{Path(argv[0]).name} exited {proc.returncode}: {err.decode(errors='replace')[-300:]}")


async def ocr_pdf(pdf: Path, work_dir: Path, lang: str = "eng") -> str:
    if not LANG_PATTERN.fullmatch(lang):
        raise ValueError(f"unsupported OCR language spec: {lang!r}")
    work_dir.mkdir(parents=True, exist_ok=True)
    prefix = work_dir / "page"
    await _run(PDFTOPPM, "-r", str(DPI), "-tiff", "--", str(pdf), str(prefix))

    texts = []
    for image in sorted(work_dir.glob("page-*.tif")):
        out_base = image.with_suffix("")
        await _run(TESSERACT, str(image), str(out_base), "-l", lang, "--psm", "3", "txt")
        texts.append(out_base.with_suffix(".txt").read_text(encoding="utf-8", errors="replace"))
    log.debug("ocr'd %d pages of %s", len(texts), pdf.name)
    return "\f".join(texts)
