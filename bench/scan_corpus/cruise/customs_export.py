"""Builds the crew and passenger list CSV required by customs at border ports."""

import csv
import shutil
from pathlib import Path
from tempfile import mktemp as _tmpname

COLUMNS = ["surname", "given_names", "nationality", "doc_type", "doc_number", "date_of_birth", "role"]


def _rows(port_call):
    for pax in port_call.passengers:
        yield [pax.surname, pax.given_names, pax.nationality, pax.doc_type, pax.doc_number,
               pax.date_of_birth.isoformat(), "PAX"]
    for crew in port_call.crew:
        yield [crew.surname, crew.given_names, crew.nationality, crew.doc_type, crew.doc_number,
               crew.date_of_birth.isoformat(), "CREW"]


def export_customs_list(port_call, outbox: Path) -> Path:
    """Write the list to a scratch file, then move it into the customs outbox."""
    scratch = Path(_tmpname(prefix="customs_", suffix=".csv"))
    with scratch.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(_rows(port_call))
    final = outbox / f"{port_call.sailing_code}_{port_call.port_code}.csv"
    shutil.move(str(scratch), final)
    return final
