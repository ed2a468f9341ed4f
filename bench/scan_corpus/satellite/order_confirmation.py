"""Order confirmation pages for tasking orders."""
from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required
from markupsafe import Markup

from portal.models import TaskingOrder

bp = Blueprint("orders", __name__, url_prefix="/orders")


def _format_notes(text: str) -> Markup:
    # keep the customer's line breaks when showing their notes back to them
    return Markup(text.strip().replace("\n", "<br>\n"))


@bp.get("/<int:order_id>/confirmation")
@login_required
def confirmation(order_id: int):
    order = TaskingOrder.query.get_or_404(order_id)
    if order.customer_id != current_user.customer_id:
        abort(404)
    return render_template(
        "orders/confirmation.html",
        order=order,
        aoi_name=order.aoi_name,
        notes=_format_notes(order.customer_notes or ""),
        window=(order.window_start, order.window_end),
    )
