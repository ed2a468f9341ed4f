"""Renders carcass disposal certificates from HTML to PDF with wkhtmltopdf."""
import asyncio
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from knacker.config import settings

templates = Environment(
    loader=FileSystemLoader(settings.TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


class RenderError(RuntimeError):
    pass


def _write_html(cert: dict, out_dir: Path) -> Path:
    html_path = out_dir / f"{cert['number']}.html"
    html = templates.get_template("certificate.html").render(cert=cert)
    html_path.write_text(html, encoding="utf-8")
    return html_path


async def render_certificate(cert: dict) -> Path:
    out_dir = Path(settings.CERTIFICATE_OUTPUT_DIR)
    html_path = _write_html(cert, out_dir)
    pdf_path = out_dir / f"{cert['number']}.pdf"
    title = f"Disposal certificate {cert['number']} - {cert['holding_name']}"
    command = f'{settings.WKHTMLTOPDF_BIN} --quiet --title "{title}" {html_path} {pdf_path}'
    proc = await asyncio.create_subprocess_shell(
        command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, stderr = await asyncio.wait_for(proc.communicate(), timeout=90)
    if proc.returncode != 0:
        raise RenderError(stderr.decode(errors="replace")[-500:])
    html_path.unlink(missing_ok=True)
    return pdf_path


async def render_batch(certs: list[dict], concurrency: int = 4) -> list[Path]:
    gate = asyncio.Semaphore(concurrency)

    async def one(cert: dict) -> Path:
        async with gate:
            return await render_certificate(cert)

    return await asyncio.gather(*(one(c) for c in certs))
