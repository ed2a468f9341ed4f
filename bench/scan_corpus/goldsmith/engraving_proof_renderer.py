"""Renders engraving proofs so customers can approve lettering before we cut.

Proofs are produced with ImageMagick using the workshop's engraving fonts
and emailed to the customer as PNG.
"""
import logging
import os
import subprocess
from dataclasses import dataclass

log = logging.getLogger(__name__)

PROOF_DIR = os.environ.get("ENGRAVING_PROOF_DIR", "/srv/atelier/proofs")
FONTS = {
    "script": "/usr/share/fonts/atelier/EdwardianScript.ttf",
    "roman": "/usr/share/fonts/atelier/TrajanPro.ttf",
    "block": "/usr/share/fonts/atelier/Futura.ttf",
}


@dataclass
class EngravingRequest:
    order_no: str
    text: str
    font: str = "script"
    point_size: int = 48


def _proof_path(order_no: str) -> str:
    digits = "".join(ch for ch in order_no if ch.isalnum())
    return os.path.join(PROOF_DIR, f"proof-{digits}.png")


def build_command(req: EngravingRequest) -> str:
    font = FONTS.get(req.font, FONTS["script"])
    size = max(12, min(int(req.point_size), 120))
    return (
        f"convert -background white -fill '#8a6d1e' -font {font} -pointsize {size} "
        f"label:\"{req.text}\" {_proof_path(req.order_no)}"
    )


def render_proof(req: EngravingRequest) -> str:
    cmd = build_command(req)
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        log.error("proof for %s failed: %s", req.order_no, result.stderr.strip())
        raise RuntimeError("could not render engraving proof")
    return _proof_path(req.order_no)


def handle_form(form: dict) -> str:
    """Called from the shop's engraving form view."""
    req = EngravingRequest(
        order_no=form["order_no"],
        text=form["engraving_text"][:60],
        font=form.get("font", "script"),
        point_size=int(form.get("size", 48)),
    )
    return render_proof(req)
