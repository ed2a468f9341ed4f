"""Nightly import of payer formulary and benefit files (NCPDP F&B XML).

Files arrive over SFTP from several PBMs into the inbound folder; the
prescribing UI uses the result to show tier and prior-auth flags.
"""
from __future__ import annotations

import logging
from pathlib import Path

from lxml import etree

log = logging.getLogger(__name__)

_parser = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_blank_text=True,
)


def _text(el, tag: str) -> str | None:
    child = el.find(tag)
    return child.text.strip() if child is not None and child.text else None


def parse_formulary(path: Path) -> list[dict]:
    tree = etree.parse(str(path), parser=_parser)
    rows = []
    for item in tree.iter("FormularyStatus"):
        ndc = _text(item, "NDC")
        if not ndc:
            continue
        rows.append(
            {
                "ndc": ndc,
                "tier": _text(item, "Tier"),
                "prior_auth": _text(item, "PriorAuthRequired") == "Y",
                "step_therapy": _text(item, "StepTherapy") == "Y",
                "quantity_limit": _text(item, "QuantityLimit"),
            }
        )
    return rows


def import_inbound(folder: Path, upsert) -> int:
    total = 0
    for path in sorted(folder.glob("*.xml")):
        try:
            rows = parse_formulary(path)
        except etree.XMLSyntaxError as exc:
            log.error("skipping %s: %s", path.name, exc)
            continue
        upsert(source=path.stem, rows=rows)
        total += len(rows)
        path.rename(path.with_suffix(".done"))
    log.info("imported %d formulary rows", total)
    return total
