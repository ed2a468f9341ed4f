"""Builds payslip PDFs from HTML templates using WeasyPrint."""
from decimal import Decimal
from pathlib import Path

from jinja2 import Environment, PackageLoader
from weasyprint import HTML

_env = Environment(
    loader=PackageLoader("payroll", "templates/payslips"),
    autoescape=False,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["money"] = lambda v: f"{Decimal(v):,.2f}"


def payslip_context(payslip, employee) -> dict:
    return {
        "employee_name": employee.preferred_name or employee.legal_name,
        "employee_number": employee.employee_number,
        "address_lines": employee.mailing_address.splitlines(),
        "period": payslip.period,
        "earnings": payslip.earnings,
        "deductions": payslip.deductions,
        "net_pay": payslip.net_pay,
        "memo": payslip.memo,
    }


def render_payslip(payslip, employee, out_path: Path, static_root: Path) -> Path:
    template = _env.get_template("standard.html")
    html = template.render(**payslip_context(payslip, employee))
    HTML(string=html, base_url=str(static_root)).write_pdf(out_path)
    return out_path
