"""Loads annual tide tables (XML from the hydrographic office) for tour scheduling.

Causeway tours to the rock lighthouse can only run within the window around
low water, so ticket slots are generated from these predictions.
"""
from datetime import datetime
from pathlib import Path

import click
from lxml import etree

from lighthousekeeper.tours.models import TidePrediction, session_scope

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse_predictions(raw: bytes, port_code: str) -> list[TidePrediction]:
    root = etree.fromstring(raw, PARSER)
    predictions = []
    for event in root.iterfind(".//event"):
        predictions.append(
            TidePrediction(
                port_code=port_code,
                kind=event.get("type", "LW"),
                at=datetime.fromisoformat(event.findtext("time")),
                height_m=float(event.findtext("height", "0")),
            )
        )
    return predictions


@click.command()
@click.argument("xml_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--port", "port_code", required=True, help="Standard port code, e.g. 0401")
@click.option("--replace/--append", default=True)
def import_tides(xml_file: Path, port_code: str, replace: bool) -> None:
    predictions = parse_predictions(xml_file.read_bytes(), port_code)
    with session_scope() as session:
        if replace:
            session.query(TidePrediction).filter_by(port_code=port_code).delete()
        session.add_all(predictions)
    click.echo(f"imported {len(predictions)} tide events for port {port_code}")


if __name__ == "__main__":
    import_tides()
