"""Verification of downloaded third-party lab certificates.

Independent food labs publish certificates of analysis for our salt lots on
their portal together with a SHA-256 checksum. The quality office downloads
both and checks the PDF arrived intact before attaching it to the lot.
"""
import hashlib
from pathlib import Path

import httpx

from saltboiler.config import settings
from saltboiler.lab.lots import attach_certificate

DOWNLOAD_DIR = Path(settings.LAB_DOWNLOAD_DIR)


class ChecksumMismatch(Exception):
    pass


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def fetch_certificate(client: httpx.AsyncClient, lot_number: str) -> tuple[bytes, str]:
    base = f"{settings.LAB_PORTAL_URL}/public/certificates/{lot_number}"
    pdf = await client.get(f"{base}.pdf", timeout=30)
    pdf.raise_for_status()
    listing = await client.get(f"{base}.sha256", timeout=10)
    listing.raise_for_status()
    published = listing.text.split()[0].strip().lower()
    return pdf.content, published


async def import_certificate(lot_number: str) -> Path:
    async with httpx.AsyncClient() as client:
        content, published = await fetch_certificate(client, lot_number)
    if sha256_of(content) == published:
        target = DOWNLOAD_DIR / f"{lot_number}.pdf"
        target.write_bytes(content)
        attach_certificate(lot_number, target)
        return target
    raise ChecksumMismatch(f"certificate for lot {lot_number} failed checksum")
