"""Import restaurant menus delivered as XML feeds by POS vendors."""
from dataclasses import dataclass, field
from decimal import Decimal

from lxml import etree


@dataclass
class MenuItem:
    sku: str
    name: str
    price: Decimal
    allergens: list[str] = field(default_factory=list)


@dataclass
class Menu:
    restaurant_ref: str
    items: list[MenuItem] = field(default_factory=list)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


def parse_menu_feed(payload: bytes) -> Menu:
    """Parse an uploaded menu feed into domain objects."""
    root = etree.fromstring(payload, parser=_parser())
    menu = Menu(restaurant_ref=root.get("restaurant", ""))
    for node in root.iterfind("item"):
        menu.items.append(
            MenuItem(
                sku=node.findtext("sku", "").strip(),
                name=node.findtext("name", "").strip(),
                price=Decimal(node.findtext("price", "0")),
                allergens=[a.text for a in node.iterfind("allergens/allergen") if a.text],
            )
        )
    return menu
