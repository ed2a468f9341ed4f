"""Worker that turns condition report HTML into PDFs.

Jobs are queued by the portal when a conservator finalises a report; the
payload carries the record id and the object title the lender entered.
"""
import json
import logging
import subprocess
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from redis import Redis

log = logging.getLogger("reports.render")

QUEUE = "reports:render"
OUTPUT_DIR = Path("/srv/gilder/reports/rendered")
WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"

templates = Environment(
    loader=FileSystemLoader("templates/reports"),
    autoescape=select_autoescape(["html"]),
)


def render_html(job: dict, workdir: Path) -> Path:
    html = templates.get_template("condition_report.html").render(**job)
    page = workdir / f"report-{job['record_id']}.html"
    page.write_text(html, encoding="utf-8")
    return page


def to_pdf(html_path: Path, title: str, record_id: int) -> Path:
    out = OUTPUT_DIR / f"condition-report-{record_id:06d}.pdf"
    cmd = (f'{WKHTMLTOPDF} --quiet --page-size A4 --title "{title}" '
           f"{html_path} {out}")
    subprocess.run(cmd, shell=True, check=True, timeout=120)
    return out


def handle(job: dict, workdir: Path) -> Path:
    html_path = render_html(job, workdir)
    pdf = to_pdf(html_path, job["object_title"], int(job["record_id"]))
    log.info("rendered report for record %s -> %s", job["record_id"], pdf.name)
    return pdf


def run_forever(redis_url: str = "redis://localhost:6379/2") -> None:
    r = Redis.from_url(redis_url)
    workdir = Path("/var/tmp/gilder-render")
    workdir.mkdir(parents=True, exist_ok=True)
    while True:
        _, raw = r.blpop(QUEUE)
        job = json.loads(raw)
        try:
            handle(job, workdir)
        except subprocess.CalledProcessError as exc:
            log.error("wkhtmltopdf failed for record %s: %s", job.get("record_id"), exc)


if __name__ == "__main__":
    run_forever()
