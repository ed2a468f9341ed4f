"""Customer-specific product notes shown on the wholesale portal.

Customers can keep free-text notes per product ("slice 12mm", "no sesame on
Fridays"); the notes are shown under the product on their order form.
"""
from flask import Blueprint, abort, render_template, request, redirect, url_for
from flask_login import current_user, login_required
from markupsafe import Markup, escape

from .models import ProductNote, db

bp = Blueprint("product_notes", __name__, url_prefix="/products")


def nl2br(text: str) -> Markup:
    return Markup("<br>\n").join(escape(line) for line in text.splitlines())


@bp.get("/<sku>/notes")
@login_required
def show_notes(sku: str):
    note = ProductNote.query.filter_by(customer_id=current_user.customer_id, sku=sku).first()
    if note is None:
        abort(404)
    return render_template("products/notes.html", sku=sku, note_html=nl2br(note.text))


@bp.post("/<sku>/notes")
@login_required
def save_notes(sku: str):
    text = request.form.get("text", "")[:2000]
    note = ProductNote.query.filter_by(customer_id=current_user.customer_id, sku=sku).first()
    if note is None:
        note = ProductNote(customer_id=current_user.customer_id, sku=sku)
        db.session.add(note)
    note.text = text
    db.session.commit()
    return redirect(url_for("product_notes.show_notes", sku=sku))
