"""HTML emails sent when an invoice is raised after a call-out."""

import os
from email.message import EmailMessage

import jinja2 as j2

from billing.mailer import send_message

TEMPLATE_DIR = os.path.join(os.path.dirname(__file__), "templates", "email")

_env = j2.Environment(loader=j2.FileSystemLoader(TEMPLATE_DIR), autoescape=False, trim_blocks=True)


def _money(pence: int) -> str:
    return f"\u00a3{pence / 100:,.2f}"


_env.filters["money"] = _money


def build_invoice_email(invoice, customer) -> EmailMessage:
    context = {
        "customer_name": customer.full_name,
        "invoice_number": invoice.number,
        "lines": invoice.lines,
        "total_pence": invoice.total_pence,
        "engineer_notes": invoice.job.engineer_notes,
        "customer_notes": invoice.job.customer_notes,
        "pay_url": f"{os.environ['PORTAL_BASE_URL']}/invoices/{invoice.number}/pay",
    }
    msg = EmailMessage()
    msg["Subject"] = f"Invoice {invoice.number} from Pipeline Heating"
    msg["From"] = os.environ.get("BILLING_FROM_ADDRESS", "accounts@example-heating.co.uk")
    msg["To"] = customer.email
    msg.set_content(_env.get_template("invoice.txt").render(**context))
    msg.add_alternative(_env.get_template("invoice.html").render(**context), subtype="html")
    return msg


def send_invoice_email(invoice, customer) -> None:
    send_message(build_invoice_email(invoice, customer))
