"""Renders monthly instalment statements to PDF for the customer app."""
import asyncio
import logging
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

log = logging.getLogger(__name__)

_env = Environment(
    loader=PackageLoader("bnpl.statements", "templates"),
    autoescape=select_autoescape(["html"]),
)
WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"
RENDER_TIMEOUT = 60


async def render_statement(statement, out_dir: Path) -> Path:
    html = _env.get_template("statement.html").render(statement=statement)
    html_path = out_dir / f"{statement.id}.html"
    html_path.write_text(html, encoding="utf-8")

    title = f"{statement.customer_name} - {statement.period_label}"
    pdf_path = out_dir / f"statement-{statement.id}.pdf"
    cmd = f'{WKHTMLTOPDF} --quiet --encoding utf-8 --title "{title}" {html_path} {pdf_path}'

    proc = await asyncio.create_subprocess_shell(
        cmd,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, stderr = await asyncio.wait_for(proc.communicate(), timeout=RENDER_TIMEOUT)
    except asyncio.TimeoutError:
        proc.kill()
        raise
    if proc.returncode != 0:
        log.error("wkhtmltopdf failed for statement %s: %s", statement.id, stderr.decode(errors="replace"))
        raise RuntimeError(f"statement {statement.id} could not be rendered")

    html_path.unlink(missing_ok=True)
    return pdf_path


async def render_batch(statements, out_dir: Path, concurrency: int = 4) -> list[Path]:
    sem = asyncio.Semaphore(concurrency)

    async def _one(st):
        async with sem:
            return await render_statement(st, out_dir)

    return await asyncio.gather(*(_one(st) for st in statements))
