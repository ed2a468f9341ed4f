"""Renders allergen information panels for the web shop product pages.

Product managers enter ingredient lists in the catalogue admin; allergens
are emphasised in bold as UK labelling rules require.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

ALLERGENS = ("milk", "hazelnut", "almond", "soya", "wheat", "egg", "peanut", "sesame")
_ALLERGEN_RE = re.compile(r"\b(" + "|".join(ALLERGENS) + r")\b", re.IGNORECASE)

env = Environment(
    loader=PackageLoader("chocolatier_shop", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def emphasise_allergens(ingredients: str) -> Markup:
    escaped = str(escape(ingredients))
    return Markup(_ALLERGEN_RE.sub(lambda m: f"<strong>{m.group(1)}</strong>", escaped))


env.filters["allergens"] = emphasise_allergens


@dataclass
class ProductPanel:
    name: str
    ingredients: str
    may_contain: list[str]
    net_weight_g: int


def render_panel(panel: ProductPanel) -> str:
    template = env.get_template("allergen_panel.html")
    return template.render(
        name=panel.name,
        ingredients=panel.ingredients,
        may_contain=[a for a in panel.may_contain if a.lower() in ALLERGENS],
        net_weight_g=panel.net_weight_g,
    )
