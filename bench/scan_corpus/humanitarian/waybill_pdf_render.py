"""Render warehouse waybills to PDF with wkhtmltopdf.

The waybill HTML is produced by the dispatch view; this module writes it to a
scratch directory and converts it so it can be printed at the gate.
"""
import asyncio
import tempfile
from pathlib import Path

WKHTMLTOPDF = "/usr/bin/wkhtmltopdf"
PAGE_ARGS = ["--page-size", "A4", "--margin-top", "10mm", "--margin-bottom", "10mm", "--quiet"]


class RenderError(RuntimeError):
    pass


async def render_waybill(waybill_no: str, html: str, footer_text: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="waybill-") as tmp:
        src = Path(tmp) / "waybill.html"
        out = Path(tmp) / "waybill.pdf"
        src.write_text(html, encoding="utf-8")
        argv = [
            WKHTMLTOPDF,
            *PAGE_ARGS,
            "--title", f"Waybill {waybill_no}",
            "--footer-center", footer_text,
            str(src),
            str(out),
        ]
        proc = await asyncio.create_subprocess_exec(
            *argv, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
        )
        _, err = await asyncio.wait_for(proc.communicate(), timeout=60)
        if proc.returncode != 0:
            raise RenderError(err.decode(errors="replace")[-500:])
        return out.read_bytes()
