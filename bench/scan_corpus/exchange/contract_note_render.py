"""Celery task rendering contract notes (trade confirmations) to PDF.

HTML is rendered from the Jinja template, converted with wkhtmltopdf and
the resulting PDF is stored alongside the client's other documents.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

import psycopg
from celery import Celery
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Celery("contract_notes", broker=os.environ["CELERY_BROKER_URL"])
log = logging.getLogger(__name__)

TEMPLATE_DIR = Path(__file__).with_name("templates")
DOCUMENT_ROOT = Path(os.environ.get("DOCUMENT_ROOT", "/srv/documents"))
WKHTMLTOPDF = shutil.which("wkhtmltopdf") or "/usr/local/bin/wkhtmltopdf"

_env = Environment(loader=FileSystemLoader(TEMPLATE_DIR), autoescape=select_autoescape(["html"]))


def _load_execution(conn, exec_id: str) -> dict:
    row = conn.execute(
        "SELECT e.exec_id, e.account_id, a.display_name, e.symbol, e.side, e.quantity, "
        "e.price, e.commission, e.trade_date, e.settle_date, e.venue "
        "FROM executions e JOIN accounts a ON a.id = e.account_id WHERE e.exec_id = %s",
        (exec_id,),
    ).fetchone()
    if row is None:
        raise LookupError(exec_id)
    keys = ("exec_id", "account_id", "client_name", "symbol", "side", "quantity",
            "price", "commission", "trade_date", "settle_date", "venue")
    note = dict(zip(keys, row))
    note["gross"] = Decimal(note["quantity"]) * Decimal(note["price"])
    note["net"] = note["gross"] + Decimal(note["commission"]) * (1 if note["side"] == "BUY" else -1)
    return note


def _html_to_pdf(html: str) -> Path:
    pdf_path = tempfile.mktemp(suffix=".pdf", prefix="cnote-")
    subprocess.run(
        [WKHTMLTOPDF, "--quiet", "--page-size", "A4", "-", pdf_path],
        input=html.encode("utf-8"),
        check=True,
        timeout=120,
    )
    return Path(pdf_path)


@app.task(bind=True, max_retries=3, default_retry_delay=60)
def render_contract_note(self, exec_id: str) -> str:
    with psycopg.connect(os.environ["BACKOFFICE_DSN"]) as conn:
        note = _load_execution(conn, exec_id)
    html = _env.get_template("contract_note.html").render(note=note)
    try:
        pdf = _html_to_pdf(html)
    except subprocess.SubprocessError as exc:
        raise self.retry(exc=exc)
    dest_dir = DOCUMENT_ROOT / note["account_id"]
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / f"CNF_{note['trade_date']:%Y%m%d}_{exec_id}.pdf"
    shutil.move(str(pdf), dest)
    log.info("contract note %s written for account %s", exec_id, note["account_id"])
    return str(dest)
