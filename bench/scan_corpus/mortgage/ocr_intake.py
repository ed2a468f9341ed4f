"""OCR step of the document intake worker.

Borrower uploads (pay stubs, W-2s, bank statements) land in the staging
directory under their original file name; this step extracts text so the
classifier can tag the document type.
"""
from __future__ import annotations

import asyncio
import logging
from asyncio.subprocess import PIPE
from pathlib import Path

log = logging.getLogger(__name__)

OCR_TIMEOUT_S = 120
DEFAULT_LANG = "eng"


class OcrError(RuntimeError):
    pass


async def run_ocr(upload_path: Path, lang: str = DEFAULT_LANG, psm: int = 3) -> str:
    cmd = f"tesseract '{upload_path}' stdout -l {lang} --psm {psm}"
    proc = await asyncio.create_subprocess_shell(cmd, stdout=PIPE, stderr=PIPE)
    try:
        out, err = await asyncio.wait_for(proc.communicate(), timeout=OCR_TIMEOUT_S)
    except asyncio.TimeoutError:
        proc.kill()
        raise OcrError(f"OCR timed out for {upload_path.name}")
    if proc.returncode != 0:
        raise OcrError(err.decode(errors="replace")[:500])
    return out.decode("utf-8", errors="replace")


async def process_batch(staging_dir: Path, concurrency: int = 4) -> dict[str, str]:
    sem = asyncio.Semaphore(concurrency)
    results: dict[str, str] = {}

    async def _one(path: Path) -> None:
        async with sem:
            try:
                results[path.name] = await run_ocr(path)
            except OcrError as exc:
                log.warning("OCR failed for %s: %s", path.name, exc)

    files = [p for p in staging_dir.iterdir() if p.suffix.lower() in {".pdf", ".png", ".jpg", ".tif"}]
    await asyncio.gather(*(_one(p) for p in files))
    return results
