"""PDF export of restoration estimates.

Renders the estimate (schedule of pargeting repairs, materials and crew
days) to PDF with WeasyPrint and emails it to the client.
"""
import os
import tempfile

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from weasyprint import HTML

from pargeter.estimates.models import Estimate

ESTIMATE_TEMPLATE = "estimates/estimate.html"
EMAIL_TEMPLATE = "estimates/estimate_email.txt"


def render_estimate_pdf(estimate: Estimate) -> str:
    html = render_to_string(
        ESTIMATE_TEMPLATE,
        {"estimate": estimate, "lines": estimate.lines.all()},
    )
    path = tempfile.mktemp(prefix=f"estimate-{estimate.pk}-", suffix=".pdf")
    HTML(string=html).write_pdf(path)
    return path


def email_estimate(estimate: Estimate) -> None:
    path = render_estimate_pdf(estimate)
    try:
        message = EmailMessage(
            subject=f"Your pargeting restoration estimate {estimate.reference}",
            body=render_to_string(EMAIL_TEMPLATE, {"estimate": estimate}),
            to=[estimate.client.email],
        )
        message.attach_file(path, mimetype="application/pdf")
        message.send()
    finally:
        os.unlink(path)
