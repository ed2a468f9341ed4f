"""Print-ready pattern packs for the studio's print partner.

Printed pattern packs (pricking on card, diagram, thread list) are written to
a spool folder that the print partner's sync agent collects from every night.
"""
import json
import os
import shutil
from datetime import date
from pathlib import Path

SPOOL_ROOT = Path(os.environ.get("PRINT_SPOOL_ROOT", "/srv/lacemaker/print-spool"))
SPOOL_MODE = 0o777


def spool_dir_for(day: date) -> Path:
    folder = SPOOL_ROOT / day.isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, SPOOL_MODE)
    return folder


def write_pack(order_ref: str, pattern_pdf: Path, copies: int, card_colour: str,
               day: date | None = None) -> Path:
    folder = spool_dir_for(day or date.today())
    target = folder / f"{order_ref}.pdf"
    shutil.copyfile(pattern_pdf, target)
    ticket = {
        "order": order_ref,
        "file": target.name,
        "copies": copies,
        "stock": f"pricking-card-{card_colour}",
        "finishing": "trim-a4",
    }
    (folder / f"{order_ref}.json").write_text(json.dumps(ticket, indent=2))
    return target


def close_day(day: date) -> int:
    folder = SPOOL_ROOT / day.isoformat()
    manifest = sorted(p.name for p in folder.glob("*.pdf"))
    (folder / "MANIFEST.txt").write_text("\n".join(manifest) + "\n")
    return len(manifest)
