"""Import Orton-style cone charts published by clay suppliers as XML.

Suppliers send charts by email; staff upload them to refresh the cone
temperature table used by the firing planner.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from lxml import etree

CHART_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)


def _heating_rates(root: etree._Element) -> list[str]:
    return [el.get("per_hour") for el in root.iterfind("rates/rate") if el.get("per_hour")]


def load_cone_chart(path: Path) -> dict[str, dict[str, Decimal]]:
    """Return {cone: {rate: temperature_c}} from a supplier chart."""
    tree = etree.parse(str(path), CHART_PARSER)
    root = tree.getroot()
    rates = _heating_rates(root)
    chart: dict[str, dict[str, Decimal]] = {}
    for cone in root.iterfind("cones/cone"):
        name = cone.get("name", "").strip()
        if not name:
            continue
        temps = [Decimal(t.text.strip()) for t in cone.iterfind("temp") if t.text]
        chart[name] = dict(zip(rates, temps))
    return chart


def diff_against(current: dict[str, dict[str, Decimal]],
                 incoming: dict[str, dict[str, Decimal]]) -> list[str]:
    changes = []
    for cone, temps in sorted(incoming.items()):
        for rate, temp in temps.items():
            old = current.get(cone, {}).get(rate)
            if old != temp:
                changes.append(f"cone {cone} @ {rate}/h: {old} -> {temp}")
    return changes


if __name__ == "__main__":
    import sys

    for line in diff_against({}, load_cone_chart(Path(sys.argv[1]))):
        print(line)
