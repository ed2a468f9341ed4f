"""Generate PDF finisher certificates and email them to runners."""
import os
import tempfile

from jinja2 import Environment, PackageLoader, select_autoescape
from weasyprint import HTML

from results.db import get_result
from notifications.mail import send_with_attachment

env = Environment(
    loader=PackageLoader("certificates", "templates"),
    autoescape=select_autoescape(["html"]),
)


def render_certificate_html(result: dict) -> str:
    template = env.get_template("certificate.html")
    return template.render(
        name=result["display_name"],
        chip_time=result["chip_time"],
        position=result["overall_position"],
        category=result["age_category"],
        year=result["year"],
    )


def build_certificate(result: dict) -> str:
    pdf_path = tempfile.mktemp(prefix=f"cert-{result['bib']}-", suffix=".pdf")
    HTML(string=render_certificate_html(result)).write_pdf(pdf_path)
    return pdf_path


def email_certificate(year: int, bib: int) -> None:
    result = get_result(year, bib)
    if result is None or result.get("status") != "finished":
        return
    path = build_certificate(result)
    try:
        send_with_attachment(
            to=result["email"],
            subject=f"Your {year} finisher certificate",
            attachment_path=path,
            attachment_name=f"finisher-{year}-{bib}.pdf",
        )
    finally:
        os.remove(path)
