"""On-screen receipt preview shown to the customer before a sale is finalised."""
from decimal import Decimal

from flask import Blueprint, abort, current_app, render_template_string, request

bp = Blueprint("receipt_preview", __name__, url_prefix="/pos")

RECEIPT_TEMPLATE = """
<div class="receipt">
  <h3>{{ store.name }}</h3>
  <p>{{ store.address }}</p>
  <table>
    {% for line in lines %}
    <tr><td>{{ line.description }}</td><td class="amt">${{ '%.2f'|format(line.amount) }}</td></tr>
    {% endfor %}
  </table>
  <p class="total">Total: ${{ '%.2f'|format(total) }}</p>
  {% if note %}<p class="note">{{ note }}</p>{% endif %}
</div>
"""


@bp.get("/sales/<int:sale_id>/receipt-preview")
def receipt_preview(sale_id: int):
    sales = current_app.extensions["sales"]
    sale = sales.get(sale_id)
    if sale is None:
        abort(404)

    lines = [{"description": l.description, "amount": l.amount} for l in sale.lines]
    total = sum((l["amount"] for l in lines), Decimal("0"))
    note = request.args.get("note", "")[:200]
    return render_template_string(RECEIPT_TEMPLATE, store=sale.store, lines=lines, total=total, note=note)
