"""Back-office board listing open damage reports for the depot manager.

Reports are raised by customers on the returns page or by yard staff at
check-in; each has a free-text description and a claimed repair cost.
"""
from __future__ import annotations

from decimal import Decimal

from flask import Blueprint, abort, g
from jinja2 import Environment, select_autoescape

bp = Blueprint("damage_board", __name__, url_prefix="/backoffice/damage")

_env = Environment(
    autoescape=select_autoescape(
        enabled_extensions=("html", "xml"), default_for_string=False, default=False
    ),
    trim_blocks=True,
    lstrip_blocks=True,
)

BOARD_TEMPLATE = """
<table class="damage-board">
  <tr><th>Booking</th><th>Asset</th><th>Reported by</th><th>Description</th><th>Cost</th></tr>
  {% for r in reports %}
  <tr class="status-{{ r.status }}">
    <td>{{ r.booking_ref }}</td>
    <td>{{ r.asset_no }}</td>
    <td>{{ r.reporter_name }}</td>
    <td>{{ r.description }}</td>
    <td>&pound;{{ '%.2f' % r.cost }}</td>
  </tr>
  {% endfor %}
</table>
<p>Total claimed: &pound;{{ '%.2f' % total }}</p>
"""

_board = _env.from_string(BOARD_TEMPLATE)


def _open_reports(depot_code: str):
    return g.db.execute(
        "SELECT booking_ref, asset_no, reporter_name, description, cost, status "
        "FROM damage_reports WHERE depot_code = ? AND status != 'closed' "
        "ORDER BY reported_at DESC",
        (depot_code,),
    ).fetchall()


@bp.route("/<depot_code>")
def board(depot_code: str):
    if depot_code not in g.user.depots:
        abort(403)
    reports = _open_reports(depot_code)
    total = sum((Decimal(str(r["cost"])) for r in reports), Decimal("0"))
    return _board.render(reports=reports, total=total)
