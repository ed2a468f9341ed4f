"""Renders the HTML quotation a customer sees for a new cart or carriage commission."""
from dataclasses import dataclass, field
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("harrowspoke", "templates"),
    autoescape=select_autoescape(["html"]),
)


@dataclass
class QuoteLine:
    item: str
    hours: Decimal
    materials: Decimal


@dataclass
class Quote:
    ref: str
    customer_name: str
    vehicle: str
    customer_brief: str
    lines: list[QuoteLine] = field(default_factory=list)
    labour_rate: Decimal = Decimal("38.00")

    @property
    def total(self) -> Decimal:
        return sum(
            (l.hours * self.labour_rate + l.materials for l in self.lines), Decimal("0")
        )


def _brief_html(text: str) -> Markup:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


def render_quote(quote: Quote) -> str:
    template = env.get_template("quote.html")
    return template.render(
        ref=quote.ref,
        customer=quote.customer_name,
        vehicle=quote.vehicle,
        brief=_brief_html(quote.customer_brief),
        lines=quote.lines,
        labour_rate=quote.labour_rate,
        total=quote.total.quantize(Decimal("0.01")),
    )


def quote_from_enquiry(enquiry, estimator) -> Quote:
    quote = Quote(
        ref=f"Q-{enquiry.id:05d}",
        customer_name=enquiry.name,
        vehicle=enquiry.vehicle_type,
        customer_brief=enquiry.message,
    )
    for item, hours, materials in estimator.breakdown(enquiry.vehicle_type):
        quote.lines.append(QuoteLine(item, Decimal(hours), Decimal(materials)))
    return quote
