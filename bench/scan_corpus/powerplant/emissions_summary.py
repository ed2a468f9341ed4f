"""Daily emissions summary card rendered inside the compliance portal."""

from flask import Blueprint, render_template_string, request

from emissions.auth import login_required
from emissions.models import DailyReport

bp = Blueprint("emissions_summary", __name__, url_prefix="/emissions")

SUMMARY_CARD = """
<section class="summary">
  <h3>Unit {{ report.unit }} &mdash; {{ report.day }}</h3>
  <table>
    <tr><th>NOx (lb/MMBtu)</th><td>{{ '%.3f'|format(report.nox_rate) }}</td></tr>
    <tr><th>SO2 (lb)</th><td>{{ '%.1f'|format(report.so2_mass) }}</td></tr>
    <tr><th>CO2 (tons)</th><td>{{ '%.1f'|format(report.co2_mass) }}</td></tr>
  </table>
  {% if highlight %}<p class="highlight">Filtered for: {{ highlight }}</p>{% endif %}
</section>
"""


@bp.get("/reports/<int:report_id>/summary")
@login_required
def summary_card(report_id: int):
    report = DailyReport.query.get_or_404(report_id)
    highlight = request.args.get("q", "")[:80]
    return render_template_string(SUMMARY_CARD, report=report, highlight=highlight)
