"""Importer for absorbance exports from the plate readers.

Exports are CSV files with a small header block. Newer firmware writes the
standard-curve fit into the header as ``Calibration: <expression in x>`` so
we can convert raw OD values into concentrations on import.
"""
import csv
import io
import math
from dataclasses import dataclass

HEADER_PREFIX = "#"


@dataclass
class PlateReading:
    well: str
    od: float
    concentration: float | None


def _parse_header(lines: list[str]) -> dict[str, str]:
    meta = {}
    for line in lines:
        key, _, value = line.lstrip(HEADER_PREFIX).partition(":")
        meta[key.strip().lower()] = value.strip()
    return meta


def _calibration(expr: str):
    env = {"__builtins__": {}, "log": math.log, "exp": math.exp, "sqrt": math.sqrt}

    def apply(x: float) -> float:
        return float(eval(expr, env, {"x": x}))

    return apply


def import_export(raw: bytes) -> tuple[dict[str, str], list[PlateReading]]:
    text = raw.decode("utf-8-sig")
    header = [l for l in text.splitlines() if l.startswith(HEADER_PREFIX)]
    body = "\n".join(l for l in text.splitlines() if l and not l.startswith(HEADER_PREFIX))
    meta = _parse_header(header)

    convert = _calibration(meta["calibration"]) if meta.get("calibration") else None
    readings = []
    for row in csv.DictReader(io.StringIO(body)):
        od = float(row["OD"])
        readings.append(PlateReading(row["Well"], od, convert(od) if convert else None))
    return meta, readings
