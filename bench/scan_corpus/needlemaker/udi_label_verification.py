"""Verification of UDI barcodes printed on needle cartons.

The label printer's vision camera reads each GS1 DataMatrix; this module
checks the GTIN check digit and that the lot and expiry match the batch
record before the carton is allowed onto the pallet.
"""
import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from needlemaker.lots import get_batch_record

AI_PATTERN = re.compile(r"\(01\)(?P<gtin>\d{14})\(17\)(?P<expiry>\d{6})\(10\)(?P<lot>[\w-]{1,20})")


@dataclass
class ScanResult:
    gtin: str
    expiry: date
    lot: str


def gtin_check_digit(body: str) -> int:
    total = 0
    for index, char in enumerate(reversed(body)):
        weight = 3 if index % 2 == 0 else 1
        total += int(char) * weight
    return (10 - total % 10) % 10


def parse_scan(raw: str) -> Optional[ScanResult]:
    match = AI_PATTERN.fullmatch(raw.strip())
    if not match:
        return None
    yymmdd = match.group("expiry")
    expiry = date(2000 + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6]))
    return ScanResult(match.group("gtin"), expiry, match.group("lot"))


def verify_carton(raw: str, batch_id: str) -> list:
    problems = []
    scan = parse_scan(raw)
    if scan is None:
        return ["unreadable"]
    if gtin_check_digit(scan.gtin[:-1]) != int(scan.gtin[-1]):
        problems.append("gtin_check_digit")
    record = get_batch_record(batch_id)
    if scan.gtin != record.gtin:
        problems.append("gtin_mismatch")
    if scan.lot != record.lot_number:
        problems.append("lot_mismatch")
    if scan.expiry != record.expiry_date:
        problems.append("expiry_mismatch")
    return problems
