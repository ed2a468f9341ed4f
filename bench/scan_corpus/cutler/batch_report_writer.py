"""Queue worker that renders forge batch certificates and writes them to the shared drive."""
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from weasyprint import HTML

log = logging.getLogger("forge.reports")

REPORT_ROOT = Path(os.environ.get("FORGE_REPORT_ROOT", "/mnt/shared/forge-reports"))

env = Environment(loader=PackageLoader("forge", "templates"), autoescape=select_autoescape(["html"]))


@dataclass
class ReportJob:
    batch_no: str
    steel_grade: str
    report_name: str
    readings: list


def parse_job(body: bytes) -> ReportJob:
    data = json.loads(body)
    return ReportJob(
        batch_no=data["batch_no"],
        steel_grade=data["steel_grade"],
        report_name=data.get("report_name") or f"{data['batch_no']}.pdf",
        readings=data.get("readings", []),
    )


def render_pdf(job: ReportJob) -> bytes:
    html = env.get_template("batch_certificate.html").render(job=job)
    return HTML(string=html).write_pdf()


def write_report(job: ReportJob) -> Path:
    target = REPORT_ROOT / job.steel_grade.lower() / job.report_name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(render_pdf(job))
    return target


def handle_message(channel, method, properties, body) -> None:
    """pika on_message callback for the forge.reports queue."""
    try:
        job = parse_job(body)
        path = write_report(job)
        log.info("wrote certificate for batch %s to %s", job.batch_no, path)
        channel.basic_ack(delivery_tag=method.delivery_tag)
    except (KeyError, ValueError) as exc:
        log.error("rejecting malformed report job: %s", exc)
        channel.basic_nack(delivery_tag=method.delivery_tag, requeue=False)
