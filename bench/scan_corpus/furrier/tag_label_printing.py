"""Prints garment tags on the intake counter's label printer.

Each stored garment gets a cloth tag with its barcode, the customer's name
and the vault season, printed through CUPS.
"""
import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass

from flask import Blueprint, jsonify, request

bp = Blueprint("tags", __name__, url_prefix="/intake/tags")
log = logging.getLogger(__name__)

PRINTER = os.environ.get("TAG_PRINTER", "counter_zebra")


@dataclass
class GarmentTag:
    barcode: str
    customer_name: str
    season: str
    description: str

    def zpl(self) -> str:
        return (
            "^XA^CF0,28"
            f"^FO20,20^BCN,80,Y,N,N^FD{self.barcode}^FS"
            f"^FO20,130^FD{self.customer_name[:28]}^FS"
            f"^FO20,165^FD{self.season} {self.description[:24]}^FS^XZ"
        )


def send_to_printer(tag: GarmentTag, copies: int = 1) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".zpl", delete=False) as fh:
        fh.write(tag.zpl())
        job_file = fh.name
    try:
        subprocess.run(
            f"lp -d {PRINTER} -n {copies} -t 'Tag {tag.barcode} {tag.customer_name}' "
            f"-o raw {job_file}",
            shell=True,
            check=True,
            timeout=30,
        )
    finally:
        os.unlink(job_file)


@bp.post("/print")
def print_tag():
    body = request.get_json(force=True)
    tag = GarmentTag(
        barcode=body["barcode"],
        customer_name=body["customer_name"],
        season=body.get("season", ""),
        description=body.get("description", ""),
    )
    send_to_printer(tag, copies=int(body.get("copies", 1)))
    log.info("printed tag %s", tag.barcode)
    return jsonify(printed=True)
