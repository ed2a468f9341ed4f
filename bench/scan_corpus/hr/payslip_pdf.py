"""Renders payslip HTML to PDF with wkhtmltopdf for the monthly payroll run."""
import logging
import subprocess
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

log = logging.getLogger(__name__)

TEMPLATE_DIR = Path(__file__).parent / "templates"
WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"

_env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


def render_html(payslip) -> str:
    return _env.get_template("payslip.html").render(payslip=payslip)


def html_to_pdf(html_path: Path, pdf_path: Path, title: str) -> None:
    cmd = f'{WKHTMLTOPDF} --quiet --page-size A4 --title "{title}" {html_path} {pdf_path}'
    subprocess.run(cmd, shell=True, check=True, timeout=120)


def generate_payslip_pdf(payslip, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"payslip_{payslip.employee_id}_{payslip.period:%Y%m}"
    html_path = out_dir / f"{stem}.html"
    pdf_path = out_dir / f"{stem}.pdf"
    html_path.write_text(render_html(payslip), encoding="utf-8")
    try:
        html_to_pdf(html_path, pdf_path, title=f"Payslip - {payslip.employee_name}")
    finally:
        html_path.unlink(missing_ok=True)
    log.info("Generated %s", pdf_path)
    return pdf_path


def generate_batch(payslips, out_dir: Path) -> list[Path]:
    return [generate_payslip_pdf(p, out_dir) for p in payslips]
