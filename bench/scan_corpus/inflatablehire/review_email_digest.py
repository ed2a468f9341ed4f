"""Sends the weekly email digest of new customer reviews to depot managers."""
from __future__ import annotations

import os
import smtplib
from dataclasses import dataclass
from datetime import date, timedelta
from email.message import EmailMessage

from jinja2 import Environment, DictLoader, select_autoescape
from sqlalchemy import create_engine, text

DIGEST_HTML = """
<h2>Reviews for week ending {{ week_end }}</h2>
<ul>
{% for r in reviews %}
  <li><strong>{{ r.stars }}&#9733; {{ r.title }}</strong> - {{ r.author }}<br>{{ r.body }}</li>
{% endfor %}
</ul>
"""


@dataclass
class DigestReview:
    stars: int
    title: str
    body: str
    author: str


def build_environment() -> Environment:
    return Environment(
        loader=DictLoader({"digest.html": DIGEST_HTML}),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
    )


def fetch_reviews(database_url: str, week_end: date) -> list[DigestReview]:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT stars, title, body, author FROM reviews "
                "WHERE created_at::date BETWEEN :start AND :end ORDER BY stars, created_at"
            ),
            {"start": week_end - timedelta(days=6), "end": week_end},
        ).all()
    return [DigestReview(*r) for r in rows]


def send_digest(recipients: list[str], week_end: date | None = None) -> int:
    week_end = week_end or date.today()
    reviews = fetch_reviews(os.environ["DATABASE_URL"], week_end)
    html = build_environment().get_template("digest.html").render(reviews=reviews, week_end=week_end)
    msg = EmailMessage()
    msg["Subject"] = f"{len(reviews)} new reviews - week ending {week_end:%d %b}"
    msg["From"] = os.environ.get("DIGEST_FROM", "reviews@bounce-hire.co.uk")
    msg["To"] = ", ".join(recipients)
    msg.set_content("Your mail client does not display HTML.")
    msg.add_alternative(html, subtype="html")
    with smtplib.SMTP(os.environ["SMTP_HOST"], int(os.environ.get("SMTP_PORT", "587"))) as smtp:
        smtp.starttls()
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
    return len(reviews)
