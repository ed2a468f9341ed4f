"""Generates PDF previews of client source files for the PM dashboard.

The upload handler stores each file inside the job folder under the
name the client gave it, so previews keep a recognisable name.
"""
import asyncio
import logging
from pathlib import Path

log = logging.getLogger(__name__)

SOFFICE = "/usr/bin/soffice"
PREVIEW_TIMEOUT = 120


class PreviewError(RuntimeError):
    pass


async def render_preview(stored_file: Path, out_dir: Path) -> Path:
    """Convert an uploaded document (docx, pptx, odt...) to PDF with LibreOffice."""
    out_dir.mkdir(parents=True, exist_ok=True)
    command = f'{SOFFICE} --headless --convert-to pdf --outdir "{out_dir}" "{stored_file}"'
    proc = await asyncio.create_subprocess_shell(
        command,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, stderr = await asyncio.wait_for(proc.communicate(), PREVIEW_TIMEOUT)
    except asyncio.TimeoutError:
        proc.kill()
        raise PreviewError(f"conversion of {stored_file.name} timed out")
    if proc.returncode != 0:
        log.error("soffice failed for %s: %s", stored_file.name,
                  stderr.decode(errors="replace"))
        raise PreviewError(f"conversion of {stored_file.name} failed")
    return out_dir / (stored_file.stem + ".pdf")


async def render_all(stored_files: list[Path], out_dir: Path, concurrency: int = 3) -> list[Path]:
    sem = asyncio.Semaphore(concurrency)

    async def _one(path: Path) -> Path:
        async with sem:
            return await render_preview(path, out_dir)

    return await asyncio.gather(*(_one(p) for p in stored_files))
