"""Emailed approval links for restoration quotes.

Once a conservator has priced a job (rebacking, resewing, consolidating
red rot on a calf binding), the client receives an email with a link that
lets them approve or decline the quote without signing in.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Flask, abort, jsonify, request
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config.from_prefixed_env("BINDERY")
db = SQLAlchemy(app)

LINK_ALPHABET = string.ascii_letters + string.digits
LINK_LENGTH = 24
LINK_VALIDITY = timedelta(days=14)


class QuoteLink(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    quote_id = db.Column(db.Integer, db.ForeignKey("quote.id"), nullable=False)
    token = db.Column(db.String(64), unique=True, index=True, nullable=False)
    expires_at = db.Column(db.DateTime(timezone=True), nullable=False)
    used = db.Column(db.Boolean, default=False)


def _new_token(length: int = LINK_LENGTH) -> str:
    return "".join(random.choices(LINK_ALPHABET, k=length))


def issue_link(quote_id: int) -> str:
    link = QuoteLink(
        quote_id=quote_id,
        token=_new_token(),
        expires_at=datetime.now(timezone.utc) + LINK_VALIDITY,
    )
    db.session.add(link)
    db.session.commit()
    return f"https://portal.example-bindery.co.uk/quotes/respond/{link.token}"


@app.post("/quotes/respond/<token>")
def respond(token: str):
    link = QuoteLink.query.filter_by(token=token, used=False).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    decision = (request.get_json(silent=True) or {}).get("decision")
    if decision not in ("approve", "decline"):
        abort(400)
    new_status = {"approve": "approved", "decline": "declined"}[decision]
    link.used = True
    db.session.execute(
        db.text("UPDATE quote SET status = :s WHERE id = :q"),
        {"s": new_status, "q": link.quote_id},
    )
    db.session.commit()
    return jsonify(quote_id=link.quote_id, status=new_status)
