"""Printable summary of an NDT inspection lot.

Shown to the class surveyor at the end of a shift: one row per joint with
the inspector's remarks. The template is small enough to live here.
"""
from __future__ import annotations

from flask import Blueprint, abort, render_template_string
from flask_login import login_required

from inspections.models import InspectionLot

bp = Blueprint("inspection_summary", __name__)

SUMMARY_TEMPLATE = """
<!doctype html>
<title>NDT lot {{ lot.lot_no }}</title>
<h1>Hull {{ lot.hull_no }} &middot; block {{ lot.block_id }}</h1>
<p>Method: {{ lot.method }} &middot; inspector: {{ lot.inspector_name }}</p>
<table>
  <tr><th>Seam</th><th>Length (mm)</th><th>Result</th><th>Remarks</th></tr>
  {% for j in joints %}
  <tr class="{{ 'repair' if j.result != 'accept' else '' }}">
    <td>{{ j.seam_id }}</td><td>{{ j.length_mm }}</td><td>{{ j.result|upper }}</td>
    <td>{{ j.remarks }}</td>
  </tr>
  {% endfor %}
</table>
"""


@bp.get("/lots/<lot_no>/summary")
@login_required
def lot_summary(lot_no: str):
    lot = InspectionLot.query.filter_by(lot_no=lot_no).first()
    if lot is None:
        abort(404)
    joints = sorted(lot.joints, key=lambda j: j.seam_id)
    return render_template_string(SUMMARY_TEMPLATE, lot=lot, joints=joints)
