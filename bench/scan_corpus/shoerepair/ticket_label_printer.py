"""Prints bag tags for shoes booked in for repair on the shop's thermal label printer."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class PrinterSettings:
    lp_binary = shutil.which("lp") or "/usr/bin/lp"
    queue = "bagtag_zebra"
    media = "Custom.62x29mm"
    timeout_s = 15


@dataclass
class BagTag:
    ticket_no: str
    customer_surname: str
    work: str
    promised: str


def render_zpl(tag: BagTag) -> str:
    surname = tag.customer_surname.replace("^", "").replace("~", "")[:18]
    work = tag.work.replace("^", "").replace("~", "")[:28]
    return (
        "^XA^CF0,30"
        f"^FO20,20^FD{tag.ticket_no}^FS"
        f"^FO20,60^FD{surname}^FS"
        f"^FO20,100^FD{work}^FS"
        f"^FO20,140^FDReady {tag.promised}^FS"
        f"^FO330,20^BQN,2,4^FDQA,{tag.ticket_no}^FS^XZ"
    )


class LabelPrinter:
    def __init__(self, settings: type[PrinterSettings] = PrinterSettings) -> None:
        self.settings = settings

    def _argv(self, path: Path, copies: int, title: str) -> list[str]:
        s = self.settings
        return [s.lp_binary, "-d", s.queue, "-n", str(copies), "-o", f"media={s.media}", "-o", "raw", "-t", title, str(path)]

    def print_tag(self, tag: BagTag, copies: int = 2) -> str:
        with tempfile.NamedTemporaryFile("w", suffix=".zpl", delete=True) as fh:
            fh.write(render_zpl(tag))
            fh.flush()
            result = subprocess.run(
                self._argv(Path(fh.name), copies, f"ticket {tag.ticket_no}"),
                capture_output=True,
                text=True,
                check=True,
                timeout=self.settings.timeout_s,
            )
        return result.stdout.strip()


if __name__ == "__main__":
    print(LabelPrinter().print_tag(BagTag("LDS-08812", "O'Brien", "Full sole and heel, brown", "Thu 14 Mar")))
