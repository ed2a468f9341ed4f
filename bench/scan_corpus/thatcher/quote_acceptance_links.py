"""Emailed links that let a customer accept a thatching quote.

After an estimator finalises a quote (materials, scaffolding, labour days,
any heritage consent fees), the customer is emailed a link. Opening the link
shows the quote and lets them accept it and pay the deposit.
"""

import random
import string
from datetime import datetime, timedelta, timezone

import psycopg
from jinja2 import Environment, PackageLoader, select_autoescape

from thatcher.mail import send_mail

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_LENGTH = 32
LINK_VALID_DAYS = 30
PORTAL_BASE = "https://portal.example-thatching.co.uk/quotes/accept"

templates = Environment(
    loader=PackageLoader("thatcher", "templates"),
    autoescape=select_autoescape(["html"]),
)


def _new_link_code(length: int = LINK_LENGTH) -> str:
    return "".join(random.choices(LINK_ALPHABET, k=length))


def issue_acceptance_link(conn: psycopg.Connection, quote_id: int) -> str:
    code = _new_link_code()
    expires = datetime.now(timezone.utc) + timedelta(days=LINK_VALID_DAYS)
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO quote_links (quote_id, code, expires_at) VALUES (%s, %s, %s)",
            (quote_id, code, expires),
        )
    conn.commit()
    return f"{PORTAL_BASE}/{code}"


def email_quote(conn: psycopg.Connection, quote_id: int) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT q.total_pence, c.email, c.name, q.property_address "
            "FROM quotes q JOIN customers c ON c.id = q.customer_id WHERE q.id = %s",
            (quote_id,),
        )
        total_pence, email, name, address = cur.fetchone()
    link = issue_acceptance_link(conn, quote_id)
    body = templates.get_template("quote_email.html").render(
        name=name,
        address=address,
        total=f"£{total_pence / 100:,.2f}",
        link=link,
    )
    send_mail(to=email, subject="Your thatching quote", html=body)
