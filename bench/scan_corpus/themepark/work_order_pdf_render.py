"""Render printable work-order packets for the overnight maintenance crews."""
import logging
import os
import subprocess
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).parent / "templates"
WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf")
PAGE_OPTS = ["--page-size", "Letter", "--margin-top", "12mm", "--margin-bottom", "12mm"]

_env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


def render_packet(work_order: dict, out_dir: Path) -> Path:
    html = _env.get_template("work_order_packet.html").render(wo=work_order)
    title = f"WO-{work_order['number']} {work_order['ride_name']}"
    out_pdf = out_dir / f"WO-{int(work_order['number']):06d}.pdf"
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as fh:
        fh.write(html)
        html_path = fh.name
    try:
        cmd = [WKHTMLTOPDF, "--quiet", "--title", title, *PAGE_OPTS, html_path, str(out_pdf)]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log.error("wkhtmltopdf failed for %s: %s", title, result.stderr.strip())
            raise RuntimeError("pdf render failed")
    finally:
        os.unlink(html_path)
    return out_pdf
