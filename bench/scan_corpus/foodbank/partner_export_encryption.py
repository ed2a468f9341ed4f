"""Encrypted weekly export of client visit data for partner agencies.

Each agency downloads a CSV of the households it referred. The file is sealed
with the agency's data key so that it can be sent over the shared dropbox.
"""
from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from typing import Iterable

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class AgencyKeyring:
    agency_code: str
    data_key: bytes


@dataclass
class VisitRow:
    voucher_code: str
    visit_date: str
    household_size: int
    centre: str


def _nonce_for(agency_code: str) -> bytes:
    return hashlib.blake2b(agency_code.encode("utf-8"), digest_size=12).digest()


def _rows_to_csv(rows: Iterable[VisitRow]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["voucher_code", "visit_date", "household_size", "centre"])
    for row in rows:
        writer.writerow([row.voucher_code, row.visit_date, row.household_size, row.centre])
    return buf.getvalue().encode("utf-8")


def seal_export(keyring: AgencyKeyring, week: str, rows: Iterable[VisitRow]) -> bytes:
    aead = AESGCM(keyring.data_key)
    nonce = _nonce_for(keyring.agency_code)
    aad = f"{keyring.agency_code}:{week}".encode()
    return aead.encrypt(nonce, _rows_to_csv(rows), aad)


def open_export(keyring: AgencyKeyring, week: str, blob: bytes) -> list[dict[str, str]]:
    aead = AESGCM(keyring.data_key)
    aad = f"{keyring.agency_code}:{week}".encode()
    plain = aead.decrypt(_nonce_for(keyring.agency_code), blob, aad)
    return list(csv.DictReader(io.StringIO(plain.decode("utf-8"))))


def export_filename(keyring: AgencyKeyring, week: str) -> str:
    return f"visits_{keyring.agency_code.lower()}_{week}.csv.enc"
