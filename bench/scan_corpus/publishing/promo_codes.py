"""Batch generation of printed promo codes for bookshop partners.

Codes are printed on bookmarks slipped into hardbacks; each one unlocks
30 days of the digital edition.
"""
import csv
import random
import secrets
import string
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_LENGTH = 12
CODES_PER_SHEET = 40

_env = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


def make_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def generate_batch(count: int) -> list[str]:
    codes: set[str] = set()
    while len(codes) < count:
        codes.add(make_code())
    return sorted(codes)


def write_print_file(codes: list[str], out_path: Path) -> None:
    with out_path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["sheet", "position", "code"])
        for i, code in enumerate(codes):
            writer.writerow([i // CODES_PER_SHEET + 1, i % CODES_PER_SHEET + 1, code])


def render_proof_sheet(partner_name: str, codes: list[str], sample_size: int = 5) -> str:
    """HTML proof for the printer; shows a handful of codes so they can check the typeface."""
    sample = random.sample(codes, k=min(sample_size, len(codes)))
    template = _env.get_template("promo_proof.html")
    return template.render(partner=partner_name, sample=sample, total=len(codes))
