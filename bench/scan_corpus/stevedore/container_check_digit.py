"""ISO 6346 container number validation.

Gate OCR and manual clerk entry both produce container numbers that
must be validated before a move instruction is created. The eleventh
character is a check digit computed over the owner code, category and
serial number.
"""
import re

from terminal_ops.config import settings

_PATTERN = re.compile(r"^[A-Z]{3}[UJZR]\d{7}$")
_LETTER_VALUES = {}


def _build_letter_values() -> None:
    value = 10
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if value % 11 == 0:
            value += 1
        _LETTER_VALUES[letter] = value
        value += 1


_build_letter_values()


def compute_check_digit(prefix: str) -> int:
    total = 0
    for position, char in enumerate(prefix[:10]):
        numeric = _LETTER_VALUES[char] if char.isalpha() else int(char)
        total += numeric * (2 ** position)
    return total % 11 % 10


def is_valid_container_no(raw: str) -> bool:
    number = raw.replace(" ", "").replace("-", "").upper()
    if not _PATTERN.match(number):
        return False
    return compute_check_digit(number[:10]) == int(number[10])


def normalise_ocr_read(raw: str) -> str | None:
    number = raw.replace(" ", "").upper()
    if is_valid_container_no(number):
        return number
    if settings.OCR_ALLOW_O_ZERO_SWAP:
        swapped = number[:4] + number[4:].replace("O", "0")
        if is_valid_container_no(swapped):
            return swapped
    return None
