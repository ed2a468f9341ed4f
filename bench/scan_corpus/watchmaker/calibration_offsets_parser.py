"""Parse regulation offsets exported by the bench calibration software.

The export writes one line per movement, for example:
    WM7750-004512 | {"DU": 1.5, "DD": 2.0, "CU": -0.5} | (290, 265)
where the last field is the (dial-up, crown-down) amplitude pair.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, Tuple


@dataclass
class OffsetRecord:
    movement_serial: str
    rate_offsets: Dict[str, float]
    amplitudes: Tuple[int, int]


class ExportFormatError(ValueError):
    pass


def _literal(fragment: str, expected: type) -> object:
    value = ast.literal_eval(fragment.strip())
    if not isinstance(value, expected):
        raise ExportFormatError(f"expected {expected.__name__}, got {type(value).__name__}")
    return value


def parse_line(line: str) -> OffsetRecord:
    try:
        serial, offsets, amplitudes = (part.strip() for part in line.split("|"))
    except ValueError as exc:
        raise ExportFormatError(f"malformed line: {line!r}") from exc
    rates = _literal(offsets, dict)
    amps = _literal(amplitudes, tuple)
    return OffsetRecord(
        movement_serial=serial,
        rate_offsets={str(k): float(v) for k, v in rates.items()},
        amplitudes=(int(amps[0]), int(amps[1])),
    )


def read_export(path: Path) -> Iterator[OffsetRecord]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            try:
                yield parse_line(line)
            except (ExportFormatError, SyntaxError, ValueError) as exc:
                raise ExportFormatError(f"{path.name}:{number}: {exc}") from exc
