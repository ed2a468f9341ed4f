"""Builds the HTML proof page customers approve before a plaque goes to the laser."""
from dataclasses import dataclass, field

from jinja2 import Environment, select_autoescape
from markupsafe import Markup

env = Environment(autoescape=select_autoescape(default_for_string=True, default=True))

PROOF_TEMPLATE = env.from_string("""
<section class="proof" data-order="{{ proof.order_id }}">
  <h2>Proof for order #{{ proof.order_id }} &mdash; {{ proof.item_name }}</h2>
  <div class="plate" style="width: {{ proof.width_in }}in; height: {{ proof.height_in }}in">
    {{ plate_html }}
  </div>
  <p>Customer note: {{ proof.customer_note }}</p>
  <form method="post" action="/proofs/{{ proof.order_id }}/approve">
    <button type="submit">Approve and engrave</button>
  </form>
</section>
""")

LINE = Markup('<p class="plate-line" style="font-size: {}pt">{}</p>')


@dataclass
class Proof:
    order_id: int
    item_name: str
    width_in: float
    height_in: float
    lines: list[tuple[str, int]] = field(default_factory=list)
    customer_note: str = ""


def plate_markup(lines: list[tuple[str, int]]) -> Markup:
    """Each line is (text, point size); text comes from the order form."""
    return Markup("").join(LINE.format(int(size), text) for text, size in lines)


def render_proof(proof: Proof) -> str:
    return PROOF_TEMPLATE.render(proof=proof, plate_html=plate_markup(proof.lines))


if __name__ == "__main__":
    demo = Proof(
        order_id=5531,
        item_name="Walnut plaque 9x12",
        width_in=9,
        height_in=12,
        lines=[("Employee of the Year", 28), ("Dana <Ortiz>", 22), ("2024", 18)],
        customer_note="Please centre the logo",
    )
    print(render_proof(demo))
