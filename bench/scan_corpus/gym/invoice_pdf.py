"""Render monthly membership invoices to PDF with wkhtmltopdf."""
import asyncio
import logging
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

log = logging.getLogger(__name__)

_env = Environment(
    loader=PackageLoader("billing", "templates"),
    autoescape=select_autoescape(["html"]),
)

WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"


async def render_invoice(invoice: dict, out_dir: Path) -> Path:
    html = _env.get_template("invoice.html").render(invoice=invoice)
    html_path = out_dir / f"{invoice['number']}.html"
    html_path.write_text(html, encoding="utf-8")

    title = f"{invoice['member_name']} - {invoice['period']}"
    pdf_path = out_dir / f"{invoice['number']}.pdf"
    cmd = f'{WKHTMLTOPDF} --quiet --title "{title}" {html_path} {pdf_path}'
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        log.error("wkhtmltopdf failed for %s: %s", invoice["number"], err.decode(errors="replace"))
        raise RuntimeError("invoice render failed")
    return pdf_path


async def render_batch(invoices: list[dict], out_dir: Path, concurrency: int = 4) -> list[Path]:
    sem = asyncio.Semaphore(concurrency)

    async def _one(inv):
        async with sem:
            return await render_invoice(inv, out_dir)

    return await asyncio.gather(*(_one(i) for i in invoices))
