"""HTML receipt e-mailed to customers after a tasking order is accepted."""
from markupsafe import Markup, escape

from notifications.mail import send_html_mail
from portal.templating import env

LINE_BREAK = Markup("<br>\n")


def notes_html(notes: str) -> Markup:
    """Show the customer's notes with their line breaks preserved."""
    return LINE_BREAK.join(escape(line) for line in notes.strip().splitlines())


def aoi_label(order) -> Markup:
    return Markup("<strong>{}</strong> ({:.1f} km&sup2;)").format(order.aoi_name, order.area_km2)


def send_receipt(order) -> None:
    template = env.get_template("mail/order_receipt.html")
    html = template.render(
        order=order,
        aoi=aoi_label(order),
        notes=notes_html(order.customer_notes or ""),
    )
    send_html_mail(
        to=order.contact_email,
        subject=f"Tasking order {order.reference} accepted",
        html=html,
    )
