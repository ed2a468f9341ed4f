"""Importer for absorbance exports from the plate readers.

The header block holds instrument settings as ``key: value`` lines. Values
are Python-style literals written by the reader software (numbers, quoted
strings, lists of wavelengths); the standard curve is stored as linear fit
coefficients.
"""
import ast
import csv
import io
from dataclasses import dataclass


@dataclass
class Reading:
    well: str
    od: float
    conc: float | None


def _header_value(raw: str):
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return raw


def parse_header(lines: list[str]) -> dict:
    meta = {}
    for line in lines:
        key, sep, value = line.lstrip("#").partition(":")
        if sep:
            meta[key.strip().lower()] = _header_value(value.strip())
    return meta


def import_export(raw: bytes) -> tuple[dict, list[Reading]]:
    lines = raw.decode("utf-8-sig").splitlines()
    meta = parse_header([l for l in lines if l.startswith("#")])
    body = "\n".join(l for l in lines if l and not l.startswith("#"))

    slope = meta.get("curve_slope")
    intercept = meta.get("curve_intercept", 0.0)
    has_curve = isinstance(slope, (int, float)) and isinstance(intercept, (int, float)) and slope != 0

    readings = []
    for row in csv.DictReader(io.StringIO(body)):
        od = float(row["OD"])
        conc = (od - intercept) / slope if has_curve else None
        readings.append(Reading(row["Well"], od, conc))
    return meta, readings
