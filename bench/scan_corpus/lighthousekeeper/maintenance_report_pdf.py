"""Renders maintenance job reports to PDF for the Northern Lighthouse Board returns."""
import asyncio
import logging
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from lighthousekeeper.maintenance.models import MaintenanceJob
from lighthousekeeper.settings import settings

log = logging.getLogger(__name__)

env = Environment(
    loader=FileSystemLoader(settings.REPORT_TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


def _render_html(job: MaintenanceJob, workdir: Path) -> Path:
    html = env.get_template("maintenance_report.html").render(job=job, station=job.station)
    src = workdir / f"job-{job.id}.html"
    src.write_text(html, encoding="utf-8")
    return src


async def render_pdf(job: MaintenanceJob, workdir: Path) -> Path:
    src = _render_html(job, workdir)
    dst = workdir / f"job-{job.id}.pdf"
    proc = await asyncio.create_subprocess_exec(
        settings.WKHTMLTOPDF_BIN, "--quiet", "--title", job.title, "--", str(src), str(dst),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        log.error("wkhtmltopdf failed for job %s: %s", job.id, err.decode(errors="replace")[-300:])
        raise RuntimeError(f"could not render report for job {job.id}")
    return dst


async def render_batch(jobs: list[MaintenanceJob], workdir: Path) -> list[Path]:
    workdir.mkdir(parents=True, exist_ok=True)
    return await asyncio.gather(*(render_pdf(job, workdir) for job in jobs))
