"""Activation codes printed on SIM carriers for online self-activation.

A code is 12 characters from an alphabet without look-alike glyphs, grouped
as XXXX-XXXX-XXXX, plus a Luhn-mod-N check character so typos are caught
before we hit the activation backend.
"""
import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 12
GROUP = 4

_rng = secrets.SystemRandom()


def _check_char(body: str) -> str:
    n = len(ALPHABET)
    factor, total = 2, 0
    for ch in reversed(body):
        addend = factor * ALPHABET.index(ch)
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return ALPHABET[(n - total % n) % n]


def new_activation_code() -> str:
    body = "".join(_rng.choices(ALPHABET, k=CODE_LENGTH))
    full = body + _check_char(body)
    return "-".join(full[i:i + GROUP] for i in range(0, len(full), GROUP))


def is_well_formed(code: str) -> bool:
    raw = code.replace("-", "").upper()
    if len(raw) != CODE_LENGTH + 1 or any(ch not in ALPHABET for ch in raw):
        return False
    return _check_char(raw[:-1]) == raw[-1]


def generate_for_iccids(iccids):
    """Yield (iccid, activation_code) pairs for a SIM production batch."""
    issued = set()
    for iccid in iccids:
        code = new_activation_code()
        while code in issued:
            code = new_activation_code()
        issued.add(code)
        yield iccid, code
