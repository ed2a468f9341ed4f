"""Import yearly tide predictions published by the hydrographic office.

The office publishes one XML file per port per year. The file is downloaded
by the ops team and uploaded through the admin; predictions feed the
minimum-depth warnings on the berth map.
"""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Iterator

from lxml import etree

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)


class TideFileError(ValueError):
    pass


def iter_predictions(xml_bytes: bytes, expected_port: str) -> Iterator[tuple[datetime, Decimal, str]]:
    try:
        root = etree.fromstring(xml_bytes, parser=_PARSER)
    except etree.XMLSyntaxError as exc:
        raise TideFileError(f"not a valid tide file: {exc}") from exc
    port = root.get("port")
    if port != expected_port:
        raise TideFileError(f"file is for port {port!r}, expected {expected_port!r}")
    for ev in root.iter("event"):
        yield (
            datetime.fromisoformat(ev.get("time")),
            Decimal(ev.get("height")),
            ev.get("type", "").upper(),
        )


def import_tide_file(conn, port_code: str, xml_bytes: bytes) -> int:
    rows = [(port_code, t, h, kind) for t, h, kind in iter_predictions(xml_bytes, port_code)]
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO tide_predictions (port, at, height_m, kind) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (port, at) DO UPDATE SET height_m = EXCLUDED.height_m, kind = EXCLUDED.kind",
            rows,
        )
    conn.commit()
    return len(rows)
