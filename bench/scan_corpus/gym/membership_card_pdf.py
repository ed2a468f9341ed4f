"""Render printable membership cards (front and back) to PDF."""
import asyncio
import logging
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

log = logging.getLogger(__name__)

_env = Environment(
    loader=PackageLoader("members", "templates"),
    autoescape=select_autoescape(["html"]),
)

WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"
CARD_ARGS = ["--page-width", "85.6mm", "--page-height", "54mm", "--quiet"]


async def render_card(member: dict, out_dir: Path) -> Path:
    html_path = out_dir / f"card-{member['id']}.html"
    html_path.write_text(_env.get_template("card.html").render(member=member), encoding="utf-8")
    pdf_path = out_dir / f"card-{member['id']}.pdf"

    title = f"{member['first_name']} {member['last_name']}"
    proc = await asyncio.create_subprocess_exec(
        WKHTMLTOPDF, *CARD_ARGS, "--title", title, str(html_path), str(pdf_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        log.error("card render failed for member %s: %s", member["id"], err.decode(errors="replace"))
        raise RuntimeError("card render failed")
    return pdf_path
