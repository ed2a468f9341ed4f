"""Stamp ballot proofs for county sign-off.

Called from the admin API when an election official requests a proof packet
for a precinct; the stamp shows who requested the packet.
"""
import logging
import re
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

PROOFS_DIR = Path("/var/lib/ballot-proofs")
PACKETS_DIR = Path("/var/lib/ballot-packets")
_CODE = re.compile(r"^[A-Z0-9-]{1,16}$")


def _checked(code: str, kind: str) -> str:
    if not _CODE.fullmatch(code):
        raise ValueError(f"invalid {kind}: {code!r}")
    return code


def build_packet(election_id: str, precinct_code: str, requested_by: str) -> Path:
    election_id = _checked(election_id, "election id")
    precinct_code = _checked(precinct_code, "precinct code")
    src = PROOFS_DIR / election_id / f"{precinct_code}.pdf"
    if not src.exists():
        raise FileNotFoundError(f"no proof rendered for precinct {precinct_code}")
    out = PACKETS_DIR / election_id / f"packet-{precinct_code}.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    stamp = f"PROOF - requested by {requested_by}"
    subprocess.run(f'cpdf -add-text "{stamp}" -topright 20 {src} -o {out}', shell=True, check=True, timeout=120)
    log.info("built proof packet %s", out)
    return out
