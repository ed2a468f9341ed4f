"""Render claim decision letters (HTML email body) for policyholders."""
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("pawprotect.letters", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _money(cents: int, currency: str = "GBP") -> str:
    return f"{currency} {Decimal(cents) / 100:,.2f}"


def _with_line_breaks(text: str) -> Markup:
    return Markup(text.replace("\n", "<br>\n"))


def render_decision_letter(claim, policyholder) -> str:
    template = env.get_template("decision_letter.html")
    return template.render(
        first_name=policyholder.first_name,
        pet_name=claim.pet.name,
        claim_ref=claim.reference,
        decision=claim.decision,
        paid=_money(claim.paid_cents, claim.currency),
        excess=_money(claim.excess_cents, claim.currency),
        # echo back what the customer told us when they submitted the claim
        customer_description=_with_line_breaks(claim.customer_description or ""),
    )
