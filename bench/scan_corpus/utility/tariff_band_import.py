"""Import consumption bands from the legacy rating engine's export files.

The old engine wrote band tables as Python literals, one tariff per line:

    E7-FIX-24|[(0, 2900, '27.41'), (2900, None, '25.02')]
"""
import ast
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class Band:
    lower_kwh: int
    upper_kwh: int | None
    unit_rate_p: Decimal


class BandImportError(ValueError):
    pass


def parse_bands(raw: str) -> list[Band]:
    try:
        value = ast.literal_eval(raw.strip())
    except (ValueError, SyntaxError) as exc:
        raise BandImportError(f"unreadable band table: {raw[:40]!r}") from exc
    if not isinstance(value, list):
        raise BandImportError("band table must be a list")
    bands = []
    for item in value:
        if not (isinstance(item, tuple) and len(item) == 3):
            raise BandImportError(f"malformed band entry: {item!r}")
        lower, upper, rate = item
        bands.append(Band(int(lower), None if upper is None else int(upper), Decimal(str(rate))))
    return sorted(bands, key=lambda b: b.lower_kwh)


def load_export(path: Path) -> dict[str, list[Band]]:
    tariffs: dict[str, list[Band]] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        code, _, table = line.partition("|")
        try:
            tariffs[code.strip()] = parse_bands(table)
        except BandImportError as exc:
            raise BandImportError(f"{path.name}:{lineno}: {exc}") from exc
    return tariffs
