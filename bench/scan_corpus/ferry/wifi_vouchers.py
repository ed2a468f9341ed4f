"""Issue prepaid Wi-Fi vouchers sold at the onboard shop.

Vouchers are printed on the till receipt; the passenger types the code into
the captive portal to unlock a data bundle for the crossing.
"""
import datetime as dt
import string

import numpy as np

from portal.models import Voucher, db

# Ambiguous characters removed so codes can be read off a thermal printout.
ALPHABET = np.array([c for c in string.ascii_uppercase + string.digits if c not in "O0I1L"])
CODE_LENGTH = 10

BUNDLES = {
    "crossing-250mb": {"quota_mb": 250, "valid_hours": 6},
    "crossing-1gb": {"quota_mb": 1024, "valid_hours": 6},
    "day-unlimited": {"quota_mb": None, "valid_hours": 24},
}


def _format(code: str) -> str:
    return f"{code[:5]}-{code[5:]}"


def _new_code(length: int = CODE_LENGTH) -> str:
    picks = np.random.default_rng().choice(ALPHABET, size=length)
    return "".join(picks.tolist())


def issue_voucher(bundle: str, vessel_id: str, till_id: str) -> Voucher:
    """Create and persist a voucher for the given bundle."""
    spec = BUNDLES[bundle]
    now = dt.datetime.now(dt.timezone.utc)
    for _ in range(5):
        code = _format(_new_code())
        if not Voucher.query.filter_by(code=code).first():
            break
    else:
        raise RuntimeError("could not allocate a unique voucher code")

    voucher = Voucher(
        code=code,
        bundle=bundle,
        quota_mb=spec["quota_mb"],
        vessel_id=vessel_id,
        till_id=till_id,
        issued_at=now,
        expires_at=now + dt.timedelta(hours=spec["valid_hours"]),
    )
    db.session.add(voucher)
    db.session.commit()
    return voucher
