"""Builds the per-boat brochure PDFs shown on the website.

Each boat page offers a printable brochure with the layout plan, berths
and photos. The HTML is rendered and converted with wkhtmltopdf in the
background worker.
"""
import asyncio
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from canalboat.models import Boat
from canalboat.settings import settings

env = Environment(
    loader=FileSystemLoader(settings.TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)

PDF_OPTIONS = ("--quiet", "--page-size", "A4", "--margin-top", "12mm", "--margin-bottom", "12mm")


async def build_brochure(boat: Boat) -> Path:
    out_path = Path(settings.BROCHURE_DIR) / f"{boat.slug}.pdf"
    html = env.get_template("brochure.html").render(boat=boat, photos=boat.photos)
    with tempfile.TemporaryDirectory() as workdir:
        html_path = Path(workdir) / "brochure.html"
        html_path.write_text(html, encoding="utf-8")
        proc = await asyncio.create_subprocess_exec(
            settings.WKHTMLTOPDF, *PDF_OPTIONS, str(html_path), str(out_path),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        _, stderr = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"wkhtmltopdf failed for {boat.slug}: {stderr.decode(errors='replace')}")
    return out_path


async def rebuild_all(boats: list[Boat], concurrency: int = 4) -> list[Path]:
    gate = asyncio.Semaphore(concurrency)

    async def _one(boat: Boat) -> Path:
        async with gate:
            return await build_brochure(boat)

    return await asyncio.gather(*(_one(b) for b in boats))
