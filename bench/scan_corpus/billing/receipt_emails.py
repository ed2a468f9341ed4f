"""Payment receipt emails."""
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("billing", "templates/email"),
    autoescape=select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
)

# static footer shared by all receipts
FOOTER = Markup('<p style="color:#888">Questions? Reply to this email or visit your billing portal.</p>')


def render_receipt(customer, payment) -> str:
    return env.get_template("receipt.html").render(
        customer_name=customer.display_name,
        amount=payment.amount_display,
        card_last4=payment.card_last4,
        footer=FOOTER,
    )
