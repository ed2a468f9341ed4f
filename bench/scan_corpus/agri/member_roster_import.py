"""Annual member roster import for the grain cooperative.

The co-op office exports the roster from the accounting system as CSV.
New members get a portal account with the one-time password the office
printed on their welcome letter; they must change it on first sign-in.
"""
import csv
import hashlib
import io

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.models import Member

BCRYPT_ROUNDS = 12


def row_fingerprint(row: dict) -> str:
    """Stable key used to skip rows that did not change since last import."""
    canonical = "|".join(row.get(k, "").strip().lower() for k in ("member_no", "name", "email", "district"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def hash_initial_password(password: str) -> str:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=BCRYPT_ROUNDS)).decode()


def import_roster(db: Session, csv_bytes: bytes) -> dict[str, int]:
    stats = {"created": 0, "updated": 0, "unchanged": 0}
    reader = csv.DictReader(io.StringIO(csv_bytes.decode("utf-8-sig")))
    for row in reader:
        fp = row_fingerprint(row)
        member = db.execute(select(Member).where(Member.member_no == row["member_no"])).scalar_one_or_none()
        if member is None:
            member = Member(member_no=row["member_no"], must_change_password=True)
            member.password_hash = hash_initial_password(row["initial_password"])
            db.add(member)
            stats["created"] += 1
        elif member.roster_fingerprint == fp:
            stats["unchanged"] += 1
            continue
        else:
            stats["updated"] += 1
        member.name = row["name"].strip()
        member.email = row["email"].strip().lower()
        member.district = row["district"].strip()
        member.roster_fingerprint = fp
    db.commit()
    return stats
