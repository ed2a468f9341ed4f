"""Renders defect notices to PDF before they are sent to the train operator."""
import asyncio
import logging
from pathlib import Path

from wheeltapper.config import settings
from wheeltapper.notices import DefectNotice, render_notice_html

log = logging.getLogger(__name__)

WKHTMLTOPDF = settings.WKHTMLTOPDF_BIN
OUTPUT_DIR = Path(settings.NOTICE_OUTPUT_DIR)
RENDER_TIMEOUT = 45


def _title(notice: DefectNotice) -> str:
    return f"Defect notice {notice.notice_id} - {notice.vehicle_number} ({notice.location_text})"


async def _run(cmd: str) -> None:
    proc = await asyncio.create_subprocess_shell(
        cmd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, stderr = await asyncio.wait_for(proc.communicate(), RENDER_TIMEOUT)
    except asyncio.TimeoutError:
        proc.kill()
        raise
    if proc.returncode != 0:
        raise RuntimeError(stderr.decode(errors="replace")[-500:])


async def render_pdf(notice: DefectNotice) -> Path:
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    html_path = OUTPUT_DIR / f"notice_{notice.notice_id}.html"
    pdf_path = OUTPUT_DIR / f"notice_{notice.notice_id}.pdf"
    html_path.write_text(render_notice_html(notice), encoding="utf-8")
    cmd = f"{WKHTMLTOPDF} --quiet --page-size A4 --title \"{_title(notice)}\" {html_path} {pdf_path}"
    await _run(cmd)
    html_path.unlink(missing_ok=True)
    log.info("rendered notice %s", notice.notice_id)
    return pdf_path


async def render_batch(notices: list[DefectNotice]) -> list[Path]:
    return list(await asyncio.gather(*(render_pdf(n) for n in notices)))
