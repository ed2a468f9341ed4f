"""Renders and sends dunning emails when a subscription payment fails."""
import smtplib
from email.message import EmailMessage

from jinja2 import Environment, FileSystemLoader

from billing.settings import settings

TEMPLATE_DIR = settings.BASE_DIR / "templates" / "email"

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=False,
    trim_blocks=True,
    lstrip_blocks=True,
)

SUBJECTS = {
    1: "Payment failed for your {plan} subscription",
    2: "Reminder: update your payment method",
    3: "Final notice before your {plan} subscription is paused",
}


def render(stage: int, customer, invoice) -> EmailMessage:
    tpl = env.get_template(f"dunning_stage_{stage}.html")
    msg = EmailMessage()
    msg["Subject"] = SUBJECTS[stage].format(plan=invoice.plan_name)
    msg["From"] = settings.BILLING_FROM_EMAIL
    msg["To"] = customer.email
    msg.set_content(f"Your payment for invoice {invoice.number} failed.")
    msg.add_alternative(
        tpl.render(customer_name=customer.display_name, invoice=invoice, portal_url=settings.PORTAL_URL),
        subtype="html",
    )
    return msg


def send(stage: int, customer, invoice) -> None:
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT) as smtp:
        smtp.starttls()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(render(stage, customer, invoice))
