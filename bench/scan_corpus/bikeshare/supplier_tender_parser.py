"""Reads XML tender responses from bike and dock suppliers for the procurement team."""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import click
from lxml import etree

PARSER_OPTIONS = {
    "resolve_entities": False,
    "load_dtd": False,
    "no_network": True,
    "remove_blank_text": True,
    "huge_tree": False,
}
NS = {"t": "urn:eu:procurement:tender-response:2"}


@dataclass
class LineItem:
    sku: str
    description: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class TenderResponse:
    supplier: str
    lot: str
    currency: str
    items: list[LineItem]

    @property
    def total(self) -> Decimal:
        return sum((i.total for i in self.items), Decimal("0"))


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_response(data: bytes) -> TenderResponse:
    root = etree.fromstring(data, parser=_parser())
    items = []
    for el in root.iterfind("t:items/t:item", NS):
        items.append(LineItem(
            sku=el.findtext("t:sku", namespaces=NS, default="").strip(),
            description=el.findtext("t:description", namespaces=NS, default="").strip(),
            quantity=int(el.findtext("t:quantity", namespaces=NS, default="0")),
            unit_price=Decimal(el.findtext("t:unitPrice", namespaces=NS, default="0")),
        ))
    return TenderResponse(
        supplier=root.findtext("t:supplier/t:name", namespaces=NS, default="").strip(),
        lot=root.findtext("t:lot", namespaces=NS, default="").strip(),
        currency=root.findtext("t:currency", namespaces=NS, default="EUR").strip(),
        items=items,
    )


@click.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
def main(files):
    """Print a price comparison for the given supplier response files."""
    responses = [parse_response(Path(f).read_bytes()) for f in files]
    for resp in sorted(responses, key=lambda r: r.total):
        click.echo(f"{resp.supplier:<40} lot {resp.lot:<6} {resp.total:>12} {resp.currency}")


if __name__ == "__main__":
    main()
