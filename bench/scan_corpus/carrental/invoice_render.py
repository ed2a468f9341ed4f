"""Final invoice generation at vehicle return.

Combines the rental charge, one-way fee, fuel top-up and any captured
portion of the deposit hold into a PDF emailed to the customer.
"""
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from weasyprint import HTML


@contextmanager
def _scratch_pdf():
    fd, name = tempfile.mkstemp(suffix=".pdf", prefix="invoice-")
    os.close(fd)
    try:
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def render_invoice(invoice) -> bytes:
    html = render_to_string("billing/invoice.html", {"invoice": invoice, "lines": invoice.lines.all()})
    with _scratch_pdf() as pdf_path:
        HTML(string=html, base_url=str(settings.STATIC_ROOT)).write_pdf(str(pdf_path))
        return pdf_path.read_bytes()


def email_invoice(invoice) -> None:
    pdf = render_invoice(invoice)
    message = EmailMessage(
        subject=f"Your invoice for reservation {invoice.reservation.confirmation_code}",
        body=render_to_string("billing/invoice_email.txt", {"invoice": invoice}),
        from_email=settings.BILLING_FROM_EMAIL,
        to=[invoice.reservation.customer.email],
    )
    message.attach(f"invoice-{invoice.number}.pdf", pdf, "application/pdf")
    message.send(fail_silently=False)
