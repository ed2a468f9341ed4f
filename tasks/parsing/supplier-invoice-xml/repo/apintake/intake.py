"""Entry point for portal uploads: pick the parser from the file name."""

from pathlib import PurePosixPath

from .csv_invoices import parse_csv_invoice
from .models import Invoice, InvoiceError

PARSERS = {
    ".csv": parse_csv_invoice,
}


def ingest(filename: str, data: bytes) -> Invoice:
    suffix = PurePosixPath(filename).suffix.lower()
    parser = PARSERS.get(suffix)
    if parser is None:
        raise InvoiceError(f"unsupported invoice format: {suffix or filename}")
    return parser(data)
