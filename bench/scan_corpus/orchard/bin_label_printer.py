"""Prints bin labels on the field-station thermal printers.

When a tablet closes a bin it asks this service for a label; the label is
rendered to ZPL and sent to the station printer through CUPS.
"""
import logging
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, jsonify, request

log = logging.getLogger("labels")
app = Flask(__name__)

PRINTERS = {"north": "zebra-north", "south": "zebra-south", "press": "zebra-press"}

ZPL_TEMPLATE = """^XA
^CF0,40
^FO30,30^FD{variety}^FS
^FO30,90^FDBlock {block}  Crew {crew}^FS
^FO30,150^BCN,90,Y,N,N^FD{bin_tag}^FS
^XZ
"""


@dataclass
class BinLabel:
    bin_tag: str
    variety: str
    block: str
    crew: str

    def render(self) -> str:
        return ZPL_TEMPLATE.format(
            variety=self.variety[:24], block=self.block[:8], crew=self.crew[:8], bin_tag=self.bin_tag
        )


def _lp_command(queue: str, title: str, path: Path) -> str:
    return f'lp -d {queue} -o raw -t "{title}" {path}'


def send_to_printer(label: BinLabel, station: str) -> None:
    queue = PRINTERS[station]
    with tempfile.NamedTemporaryFile("w", suffix=".zpl", delete=False) as fh:
        fh.write(label.render())
        path = Path(fh.name)
    try:
        title = f"bin {label.bin_tag} {label.variety}"
        subprocess.run(_lp_command(queue, title, path), shell=True, check=True, timeout=20)
    finally:
        path.unlink(missing_ok=True)


@app.post("/labels/bin")
def print_bin_label():
    data = request.get_json(force=True)
    station = data.get("station")
    if station not in PRINTERS:
        abort(400)
    try:
        label = BinLabel(
            bin_tag=str(data["bin_tag"]),
            variety=str(data["variety"]),
            block=str(data["block"]),
            crew=str(data["crew"]),
        )
    except KeyError:
        abort(400)
    try:
        send_to_printer(label, station)
    except subprocess.SubprocessError as exc:
        log.error("label print failed for %s: %s", label.bin_tag, exc)
        return jsonify(printed=False), 502
    return jsonify(printed=True, bin_tag=label.bin_tag)
