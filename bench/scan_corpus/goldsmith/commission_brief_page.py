"""Back-office page showing a commission brief to the bench goldsmith.

The brief combines the details taken at consultation with the customer's
own description, which they enter on the enquiry form on the website.
"""
from flask import Blueprint, abort, render_template_string
from markupsafe import Markup

from atelier.models import Commission

bp = Blueprint("briefs", __name__, url_prefix="/workshop/briefs")

BRIEF_TEMPLATE = """
<article class="brief">
  <h1>Commission {{ c.ref }} &mdash; {{ c.piece_type }}</h1>
  <dl>
    <dt>Customer</dt><dd>{{ c.customer_name }}</dd>
    <dt>Metal</dt><dd>{{ c.metal }} {{ c.fineness }}</dd>
    <dt>Finger size</dt><dd>{{ c.ring_size or "n/a" }}</dd>
    <dt>Deadline</dt><dd>{{ c.deadline.strftime("%d %b %Y") if c.deadline else "none" }}</dd>
  </dl>
  <section class="customer-words">
    <h2>In the customer's words</h2>
    {{ description }}
  </section>
  <ul class="stones">
  {% for s in c.stones %}<li>{{ s.kind }} {{ s.carat }}ct {{ s.cut }}</li>{% endfor %}
  </ul>
</article>
"""


def _paragraphs(text: str) -> Markup:
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paras))


@bp.get("/<ref>")
def show_brief(ref: str):
    commission = Commission.query.filter_by(ref=ref).first()
    if commission is None:
        abort(404)
    description = _paragraphs(commission.customer_description or "")
    return render_template_string(BRIEF_TEMPLATE, c=commission, description=description)
