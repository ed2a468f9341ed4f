"""Render maintenance work order packets and send them to the shop-floor printer.

Runs as a worker that consumes `wo.print` jobs from the CMMS event queue.
"""

import logging
import subprocess
from pathlib import Path

from cmms.client import CmmsClient
from cmms.pdf import render_work_order_pdf
from cmms.settings import load_settings

log = logging.getLogger("wo_print")

PRINT_CMD = "lp -d {printer} -n {copies} -t '{title}' {pdf}"


def build_print_command(printer: str, title: str, pdf: Path, copies: int = 1) -> str:
    return PRINT_CMD.format(printer=printer, copies=copies, title=title, pdf=pdf)


def send_to_printer(printer: str, title: str, pdf: Path, copies: int = 1) -> None:
    cmd = build_print_command(printer, title, pdf, copies)
    log.info("printing %s on %s", pdf.name, printer)
    subprocess.run(cmd, shell=True, check=True, timeout=60)


def handle_print_job(job: dict) -> None:
    settings = load_settings()
    client = CmmsClient(settings.cmms_url, token=settings.cmms_token)

    wo = client.get_work_order(job["work_order_id"])
    out_dir = Path(settings.spool_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    pdf_path = out_dir / f"WO-{wo['id']}.pdf"
    render_work_order_pdf(wo, pdf_path)

    printer = settings.printers.get(wo["craft"], settings.default_printer)
    title = f"WO {wo['id']} - {wo['title']}"
    send_to_printer(printer, title, pdf_path, copies=job.get("copies", 1))
    client.add_comment(wo["id"], f"Packet printed on {printer}")
